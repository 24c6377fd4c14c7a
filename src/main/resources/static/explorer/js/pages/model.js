// The advisory model as a diagram (who advises, reports to, is part of whom) and, per body, the figures
// evaluators ask for; a table compares all bodies at once.
import { gql } from '../api.js';
import { append, EVIDENCE, anyLink, evidence, formatDate, h, href, link, list, onLeave, percent, shortName, tag, whenAttached, replace } from '../dom.js';
import { replaceParams } from '../route.js';
import { bodyRelation } from '../vocabulary.js';
import { bodyCharts } from './charts.js';

const MODEL = `{ advisoryModel {
  bodies { id name aliases kind model
    memberships { id }
    profile { meetingCount attendanceRate agendaItemsByType { name count } membersBySector { name count } } }
  relations { kind from { id name aliases } to { __typename ... on Body { id name aliases } ... on Organisation { id name } } ${EVIDENCE} }
  changeEvents { id kind date
    originals { __typename ... on Organisation { id name } ... on Body { id name } ... on Initiative { id name } }
    results { __typename ... on Organisation { id name } ... on Body { id name } ... on Initiative { id name } } ${EVIDENCE} }
} }`;

export async function modelPage(main, route) {
  const model = (await gql(MODEL)).advisoryModel;
  const canvas = h('div', { class: 'graph short', id: 'model-graph', role: 'img',
    'aria-label': 'Rådsmodellen som diagram. Samme relasjoner står i listen under.' });
  const details = h('div', { class: 'card panel', id: 'model-details', 'aria-live': 'polite' },
    h('p', { class: 'muted' }, 'Klikk et organ for tallene, eller en pil for kilden.'));
  const charts = h('div', { id: 'body-charts' });
  const selectBody = (bodyId) => {
    const body = model.bodies.find((b) => b.id === bodyId);
    if (!body) return;
    replaceParams({ body: body.id });
    replace(details, h('h2', {}, link('Body', body, body.name)), tag(body.kind), tag(body.model),
      h('p', {}, body.memberships.length + ' medlemskap, ' + body.profile.meetingCount + ' møter, oppmøte ' +
        percent(body.profile.attendanceRate) + '.'));
    replace(charts, h('h2', {}, 'Figurer for ' + body.name), h('div', {}));
    bodyCharts(charts.lastChild, body.id);
  };
  const relations = [...model.relations].sort((a, b) => a.kind.localeCompare(b.kind) || a.from.name.localeCompare(b.from.name, 'nb'));
  append(main, 
    h('h1', {}, 'Rådsmodellen'),
    h('p', {}, 'Organene i grafen og relasjonene mellom dem slik dokumentene beskriver dem. Pil fra organet som ' +
      'gir råd, rapporterer eller er en del av, til organet det gjelder.'),
    h('p', { class: 'edge-legend' }, [...new Set(relations.map((r) => r.kind))].map((kind) =>
      [h('i', { style: { background: bodyRelation(kind)[1] } }), bodyRelation(kind)[0]])),
    h('div', { class: 'split' }, canvas, details),
    charts,
    h('h2', {}, 'Organene sammenlignet'),
    comparison(model.bodies, selectBody),
    h('h2', {}, 'Relasjoner (' + relations.length + ')'),
    list(relations, (r) => [link('Body', r.from), ' ', bodyRelation(r.kind)[0], ' ', anyLink(r.to), evidence(r.evidence)]),
    h('h2', {}, 'Endringer'),
    list(model.changeEvents, (event) => [tag(event.kind), event.date ? formatDate(event.date) + ': ' : '',
      event.originals.map(anyLink).flatMap((x, i) => (i ? [', ', x] : [x])), ' → ',
      event.results.map(anyLink).flatMap((x, i) => (i ? [', ', x] : [x])), evidence(event.evidence)]));
  draw(canvas, details, model, selectBody);
  if (route.params.get('body')) selectBody(route.params.get('body'));
  return 'Rådsmodellen';
}

function comparison(bodies, selectBody) {
  const rows = [...bodies].sort((a, b) => b.memberships.length - a.memberships.length || a.name.localeCompare(b.name, 'nb'));
  return h('table', { class: 'data', id: 'body-comparison' },
    h('thead', {}, h('tr', {}, ['Organ', 'Type', 'Medlemskap', 'Møter', 'Oppmøte', 'Sektorer', 'Sakstyper'].map((t) => h('th', {}, t)))),
    h('tbody', {}, rows.map((body) => h('tr', {},
      h('td', {}, h('a', { href: href('Body', body.id) }, body.name), ' ',
        h('button', { type: 'button', class: 'secondary', onclick: () => selectBody(body.id), 'aria-label': 'Vis figurer for ' + body.name }, 'figurer')),
      h('td', {}, body.kind || ''), h('td', {}, body.memberships.length), h('td', {}, body.profile.meetingCount),
      h('td', {}, percent(body.profile.attendanceRate)),
      h('td', {}, body.profile.membersBySector.map((s) => s.name + ' ' + s.count).join(', ')),
      h('td', {}, body.profile.agendaItemsByType.map((s) => s.name + ' ' + s.count).join(', '))))));
}

async function draw(container, details, model, selectBody) {
  await whenAttached(container);
  const related = new Set(model.relations.flatMap((r) => [r.from.id, r.to.id]));
  const elements = [];
  for (const body of model.bodies) {
    if (related.has(body.id)) elements.push({ data: { id: body.id, label: shortName(body), kind: 'Body', ...boxSize(shortName(body)) } });
  }
  const organisations = new Map();
  model.relations.filter((r) => r.to.__typename === 'Organisation').forEach((r) => organisations.set(r.to.id, r.to));
  for (const organisation of organisations.values()) {
    elements.push({ data: { id: organisation.id, label: organisation.name, kind: 'Organisation', ...boxSize(organisation.name) } });
  }
  model.relations.forEach((r, index) => elements.push({ data: { id: 'r' + index, source: r.from.id, target: r.to.id,
    label: bodyRelation(r.kind)[0], colour: bodyRelation(r.kind)[1], index } }));
  const graph = cytoscape({
    container, elements,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'background-color': '#1f5fa8', shape: 'round-rectangle',
        width: 'data(width)', height: 'data(height)', color: '#fff', 'font-size': 12, 'text-valign': 'center',
        'text-halign': 'center', 'text-wrap': 'wrap', 'text-max-width': 150 } },
      { selector: 'node[kind = "Organisation"]', style: { 'background-color': '#eef1f6', color: '#1d2433',
        'border-width': 1, 'border-color': '#9aa3b2', shape: 'rectangle' } },
      { selector: 'edge', style: { width: 1.6, 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 9,
        'text-rotation': 'autorotate', color: '#5b6578', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
    ],
    layout: { name: 'preset', positions: layered(elements), fit: true, padding: 24 },
  });
  graph.on('tap', 'node[kind = "Body"]', (event) => selectBody(event.target.id()));
  graph.on('tap', 'node[kind = "Organisation"]', (event) => { location.hash = href('Organisation', event.target.id()); });
  graph.on('tap', 'edge', (event) => {
    const r = model.relations[event.target.data('index')];
    replace(details, h('h2', {}, link('Body', r.from)), h('p', {}, bodyRelation(r.kind)[0], ' ', anyLink(r.to)),
      evidence(r.evidence, { open: true }) || h('p', { class: 'muted' }, 'Ingen kilde registrert.'));
  });
  window.styringskart = { ...(window.styringskart || {}), modelGraph: graph };
  onLeave(() => graph.destroy());
}

/** Room for a label of up to 150 px a line, at about 6.5 px a character. */
function boxSize(label) {
  const lines = Math.ceil(label.length * 7 / 150);
  return { width: Math.min(166, 18 + label.length * 7), height: 16 + lines * 15 };
}

/**
 * Positions in rows: what others point to (advised, reported to, part of) on top, each node one row below the
 * lowest row it points to; within a row, nodes sit under the mean position of what they point to.
 */
function layered(elements) {
  const nodes = elements.filter((e) => !e.data.source).map((e) => e.data);
  const edges = elements.filter((e) => e.data.source).map((e) => e.data);
  const targets = new Map(nodes.map((n) => [n.id, edges.filter((e) => e.source === n.id && e.target !== n.id).map((e) => e.target)]));
  const rows = new Map();
  const rowOf = (id, visiting = new Set()) => {
    if (rows.has(id)) return rows.get(id);
    if (visiting.has(id)) return 0; // a cycle: break it here
    visiting.add(id);
    const row = Math.max(-1, ...targets.get(id).map((t) => rowOf(t, visiting))) + 1;
    rows.set(id, row);
    return row;
  };
  nodes.forEach((n) => rowOf(n.id));
  const positions = {};
  const depth = Math.max(0, ...rows.values());
  for (let row = 0; row <= depth; row++) {
    const inRow = nodes.filter((n) => rows.get(n.id) === row).map((n) => {
      const above = targets.get(n.id).map((t) => positions[t]).filter(Boolean);
      return { n, key: above.length ? above.reduce((sum, p) => sum + p.x, 0) / above.length : Infinity };
    }).sort((a, b) => a.key - b.key);
    let x = 0;
    for (const { n } of inRow) {
      positions[n.id] = { x: x + n.width / 2, y: row * 110 };
      x += n.width + 24;
    }
    for (const { n } of inRow) positions[n.id].x -= x / 2; // centre the row
  }
  return positions;
}
