// Dependency graph centred on one initiative or standard: what depends on it and what it depends on, to a
// chosen depth; every edge is a stated dependency whose evidence opens on click.
import { gql } from '../api.js';
import { append, EVIDENCE, evidence, h, href, onLeave, tag, whenAttached, replace } from '../dom.js';
import { replaceParams } from '../route.js';
import { dependencyKind } from '../vocabulary.js';

const NODE = `fragment Item on DependencyNode {
  __typename
  ... on Initiative { id name kind dependsOn { kind note dependency { __typename ... on Initiative { id } ... on Standard { id } } ${EVIDENCE} } }
  ... on Standard { id name kind }
}`;

const GRAPH = `query($id: ID!, $depth: Int!) {
  dependents(of: $id, depth: $depth) { root { ...Item } depth reached { distance node { ...Item } chains { steps { dependent { ...Ref } dependency { ...Ref } } } } }
  dependencies(of: $id, depth: $depth) { reached { distance node { ...Item } chains { steps { dependent { ...Ref } dependency { ...Ref } } } } }
  initiatives(first: 100, orderBy: { field: DEPENDENT_COUNT, direction: DESC }) { edges { node { id name } } }
}
fragment Ref on DependencyNode { ... on Initiative { id name } ... on Standard { id name } }
${NODE}`;

const DIRECTIONS = { dependents: 'Avhengige', dependencies: 'Avhenger av', both: 'Begge' };

export async function dependencyPage(main, route) {
  const id = route.id || 'tag';
  const depth = clamp(Number(route.params.get('depth')) || 3, 1, 6);
  const direction = DIRECTIONS[route.params.get('direction')] ? route.params.get('direction') : 'dependents';
  const data = await gql(GRAPH, { id, depth });
  const root = data.dependents.root;
  const sides = { dependents: data.dependents.reached, dependencies: data.dependencies.reached };
  const reached = direction === 'both' ? [...sides.dependents.map((r) => ({ ...r, side: 'dependents' })),
    ...sides.dependencies.map((r) => ({ ...r, side: 'dependencies' }))]
    : sides[direction].map((r) => ({ ...r, side: direction }));

  const { nodes, edges } = graphOf(root, reached);
  const canvas = h('div', { class: 'graph', id: 'dependency-graph', role: 'img',
    'aria-label': 'Avhengighetsgraf for ' + root.name + ': ' + nodes.length + ' noder, ' + edges.length + ' avhengigheter. Samme innhold står i tabellen under.' });
  const details = h('div', { class: 'card panel', id: 'dependency-details', 'aria-live': 'polite' },
    h('p', { class: 'muted' }, 'Klikk en pil for å lese kilden, eller en node for å gå dit.'));

  const go = (params) => { location.hash = '#/dependencies/' + encodeURIComponent(params.id ?? id) + '?' +
    new URLSearchParams({ depth: params.depth ?? depth, direction: params.direction ?? direction }); };
  const choices = data.initiatives.edges.map((edge) => edge.node);
  if (!choices.some((choice) => choice.id === root.id)) choices.unshift(root);

  append(main, 
    h('p', { class: 'kicker' }, 'Avhengigheter'),
    h('h1', {}, h('a', { href: href(root.__typename, root.id) }, root.name)),
    h('div', { class: 'controls' },
      h('label', {}, 'Sentrum ', h('select', { id: 'dependency-root', onchange: (e) => go({ id: e.target.value }) },
        choices.map((choice) => h('option', { value: choice.id, selected: choice.id === root.id }, choice.name)))),
      h('label', {}, 'Dybde ', h('select', { id: 'dependency-depth', onchange: (e) => go({ depth: e.target.value }) },
        [1, 2, 3, 4, 5, 6].map((d) => h('option', { value: d, selected: d === depth }, d)))),
      h('fieldset', {}, h('legend', {}, 'Retning'), Object.entries(DIRECTIONS).map(([value, text]) =>
        h('button', { type: 'button', 'aria-pressed': String(value === direction), onclick: () => go({ direction: value }) }, text)))),
    h('p', { class: 'edge-legend' }, 'Pil fra det som avhenger til det det avhenger av.',
      [...new Set(edges.map((e) => e.kind))].map((kind) => [h('i', { style: { background: dependencyKind(kind)[1] } }), dependencyKind(kind)[0]])),
    h('div', { class: 'split' }, canvas, details),
    h('h2', {}, 'Nådd (' + reached.length + ')'),
    reachedTable(reached, root));
  replaceParams({ depth, direction });
  draw(canvas, details, root, nodes, edges);
  return 'Avhengigheter: ' + root.name;
}

function clamp(value, low, high) {
  return Math.max(low, Math.min(high, value));
}

/** Nodes reached, and every stated dependency between two of them (not only those on shortest chains). */
function graphOf(root, reached) {
  const nodes = new Map([[root.id, { item: root, distance: 0, side: 'root' }]]);
  for (const r of reached) if (!nodes.has(r.node.id)) nodes.set(r.node.id, { item: r.node, distance: r.distance, side: r.side });
  const edges = [];
  for (const { item } of nodes.values()) {
    for (const dependency of item.dependsOn || []) {
      if (nodes.has(dependency.dependency.id)) edges.push({ ...dependency, from: item, to: nodes.get(dependency.dependency.id).item });
    }
  }
  return { nodes: [...nodes.values()], edges };
}

const SIDE_COLOURS = { root: '#1d2433', dependents: '#c26a12', dependencies: '#2d8a6b' };

async function draw(container, details, root, nodes, edges) {
  await whenAttached(container);
  const graph = cytoscape({
    container,
    elements: [
      ...nodes.map(({ item, distance, side }) => ({ data: { id: item.id, label: item.name, type: item.__typename,
        distance, colour: SIDE_COLOURS[side], shape: item.__typename === 'Standard' ? 'round-rectangle' : 'ellipse' } })),
      ...edges.map((edge, index) => ({ data: { id: 'e' + index, source: edge.from.id, target: edge.to.id,
        label: dependencyKind(edge.kind)[0], colour: dependencyKind(edge.kind)[1], index } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', 'background-color': 'data(colour)', shape: 'data(shape)',
        width: 18, height: 18, 'font-size': 11, 'text-wrap': 'wrap', 'text-max-width': 140, 'text-valign': 'bottom',
        'text-margin-y': 3, color: '#1d2433' } },
      { selector: `node[id = "${CSS.escape(root.id)}"]`, style: { width: 30, height: 30, 'font-weight': 'bold', 'font-size': 13 } },
      { selector: 'edge', style: { width: 1.6, 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 9,
        color: '#5b6578', 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
      // Many edges: kinds show as colours, and an edge's label appears when it is pointed at or chosen.
      { selector: 'edge.quiet', style: { label: '' } },
      { selector: 'edge.quiet.hover, edge.quiet:selected', style: { label: 'data(label)', width: 3 } },
      { selector: ':selected', style: { 'overlay-color': '#f2a900', 'overlay-opacity': 0.35 } },
    ],
    // Rings by distance from the centre.
    layout: { name: 'breadthfirst', roots: [root.id], circle: true, spacingFactor: 1.15, animate: false },
  });
  if (edges.length > 20) graph.edges().addClass('quiet');
  graph.on('mouseover', 'edge', (event) => event.target.addClass('hover'));
  graph.on('mouseout', 'edge', (event) => event.target.removeClass('hover'));
  graph.on('tap', 'edge', (event) => showEdge(details, edges[event.target.data('index')]));
  graph.on('tap', 'node', (event) => {
    const node = event.target;
    location.hash = '#/dependencies/' + encodeURIComponent(node.id()) + '?' + new URLSearchParams(location.hash.split('?')[1] || '');
  });
  window.styringskart = { ...(window.styringskart || {}), dependencyGraph: graph };
  onLeave(() => graph.destroy());
}

function showEdge(details, edge) {
  replace(details, 
    h('h2', {}, edge.from.name), h('p', {}, tag(dependencyKind(edge.kind)[0]), ' ', h('strong', {}, edge.to.name)),
    edge.note ? h('p', { class: 'muted' }, edge.note) : null,
    evidence(edge.evidence, { open: true }) || h('p', { class: 'muted' }, 'Ingen kilde registrert.'),
    h('p', {}, h('a', { href: href(edge.from.__typename, edge.from.id) }, 'Til ' + edge.from.name), ' · ',
      h('a', { href: href(edge.to.__typename, edge.to.id) }, 'Til ' + edge.to.name)));
}

function reachedTable(reached, root) {
  if (!reached.length) return h('p', { class: 'muted' }, 'Ingen avhengigheter innen valgt dybde.');
  const sorted = [...reached].sort((a, b) => a.side.localeCompare(b.side) || a.distance - b.distance ||
    a.node.name.localeCompare(b.node.name, 'nb'));
  return h('table', { class: 'data', id: 'reached' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Tiltak eller standard'), h('th', {}, 'Retning'), h('th', {}, 'Steg'),
      h('th', {}, 'Korteste kjede'))),
    h('tbody', {}, sorted.map((r) => h('tr', {},
      h('td', {}, h('a', { href: href(r.node.__typename, r.node.id) }, r.node.name), ' ', tag(r.node.kind)),
      h('td', {}, r.side === 'dependents' ? 'avhenger av sentrum' : 'sentrum avhenger av'),
      h('td', {}, r.distance),
      h('td', {}, chainText(r.chains[0]))))));
}

function chainText(chain) {
  if (!chain) return '';
  const names = [chain.steps[0].dependent.name, ...chain.steps.map((step) => step.dependency.name)];
  return names.join(' → ');
}
