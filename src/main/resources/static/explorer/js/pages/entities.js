// Entity pages: every fact about one person, organisation, body, meeting, sak, initiative or standard, each
// with the passages that state it, and links onwards.
import { gql } from '../api.js';
import { append, EVIDENCE, anyLink, evidence, facts, formatDate, h, href, joined, link, list, meetingLabel, section,
  shortName, tag, TYPE_NAMES } from '../dom.js';
import { attendanceStatus, bodyRelation, dependencyKind, meetingStatus } from '../vocabulary.js';
import { bodyCharts } from './charts.js';
import { SAID, saidSections } from './said.js';

const BODY_REF = 'id name aliases';
const MEETING_REF = `id number date body { ${BODY_REF} }`;
const SAK_REF = `id number title type meeting { ${MEETING_REF} }`;
const DEPENDENCY_NODE = '__typename ... on Initiative { id name } ... on Standard { id name }';

const QUERIES = {
  Person: `query($id: ID!) { entity: person(id: $id) {
    id name aliases titles ${EVIDENCE}
    positions { title organisation { id name } ${EVIDENCE} }
    memberships { id role from to observedOn body { ${BODY_REF} } onBehalfOf { id name } replaces { id name } ${EVIDENCE} }
    attendance { id role status note meeting { ${MEETING_REF} } onBehalfOf { id name } ${EVIDENCE} }
    presented { ${SAK_REF} }
    caseOfficerFor { ${SAK_REF} }
  } }`,
  Organisation: `query($id: ID!) { entity: organisation(id: $id) {
    id name aliases kind sector ${EVIDENCE}
    parent { id name } subOrganisations { id name }
    seats { id role from to person { id name } body { ${BODY_REF} } ${EVIDENCE} }
    bodiesRun { ${BODY_REF} }
    initiativesOwned { id name kind }
    standardsMaintained { id name }
    changeEvents { ${CHANGE_EVENT()} }
  } }`,
  Body: `query($id: ID!) { entity: body(id: $id) {
    id name aliases kind model ${EVIDENCE}
    runBy { id name }
    memberships { id role from to observedOn person { id name } onBehalfOf { id name } ${EVIDENCE} }
    meetings { id number date status place agendaItems { id } }
    relations { kind to { __typename ... on Body { ${BODY_REF} } ... on Organisation { id name } } ${EVIDENCE} }
    incomingRelations { kind from { ${BODY_REF} } ${EVIDENCE} }
    changeEvents { ${CHANGE_EVENT()} }
  } }`,
  Meeting: `query($id: ID!) { entity: meeting(id: $id) {
    id number date start end place status papers ${EVIDENCE}
    body { ${BODY_REF} } document { id title date file }
    attendance { id role status note person { id name } onBehalfOf { id name } ${EVIDENCE} }
    agendaItems { id number title type decision }
  } }`,
  AgendaItem: `query($id: ID!) { entity: agendaItem(id: $id) {
    id number order title type time proposedDecision decision summary attachments ${EVIDENCE}
    meeting { ${MEETING_REF} }
    presenters { id name } presentingOrganisations { id name } caseOfficers { id name }
    initiatives { id name } standards { id name }
    concerns { __typename ... on Body { ${BODY_REF} } ... on Organisation { id name } }
    refersTo { ${SAK_REF} } referredBy { ${SAK_REF} }
    ${SAID}
  } }`,
  Initiative: `query($id: ID!) { entity: initiative(id: $id) {
    id name aliases kind period status ${EVIDENCE}
    owner { id name } partOf { id name } parts { id name kind }
    dependsOn { kind note dependency { ${DEPENDENCY_NODE} } ${EVIDENCE} }
    dependents { kind note dependent { ${DEPENDENCY_NODE} } ${EVIDENCE} }
    agendaItems { ${SAK_REF} }
    ${SAID}
  } }`,
  Standard: `query($id: ID!) { entity: standard(id: $id) {
    id name aliases kind ${EVIDENCE}
    sdo { id name }
    adoptions { id level year status scope ${EVIDENCE} }
    usedBy { kind note dependent { ${DEPENDENCY_NODE} } ${EVIDENCE} }
    agendaItems { ${SAK_REF} }
  } }`,
};

function CHANGE_EVENT() {
  const changeable = '__typename ... on Organisation { id name } ... on Body { id name } ... on Initiative { id name }';
  return `id kind date originals { ${changeable} } results { ${changeable} } ${EVIDENCE}`;
}

const RENDERERS = { Person: person, Organisation: organisation, Body: body, Meeting: meeting,
  AgendaItem: agendaItem, Initiative: initiative, Standard: standard };

export function entityPage(type) {
  return async (main, route) => {
    const entity = (await gql(QUERIES[type], { id: route.id })).entity;
    append(main, h('p', { class: 'kicker' }, TYPE_NAMES[type]), ...RENDERERS[type](entity));
    return type === 'Meeting' ? meetingLabel(entity) : type === 'AgendaItem' ? entity.title : entity.name;
  };
}

function heading(entity, title) {
  return [h('h1', {}, title || entity.name),
    entity.aliases && entity.aliases.length ? h('p', { class: 'aliases' }, 'Også kalt: ' + entity.aliases.join(', ')) : null,
    evidence(entity.evidence)];
}

function period(item) {
  if (item.from || item.to) return (item.from ? formatDate(item.from) : '') + ' – ' + (item.to ? formatDate(item.to) : '');
  return item.observedOn ? 'oppført ' + formatDate(item.observedOn) : null;
}

function person(p) {
  const seats = [...p.memberships].sort((a, b) => a.body.name.localeCompare(b.body.name, 'nb'));
  const attendance = [...p.attendance].sort((a, b) => a.meeting.date.localeCompare(b.meeting.date));
  return [
    ...heading(p),
    facts([['Tittel', p.titles.join('; ')]]),
    section('Stillinger', list(p.positions, (position) => [position.title, ', ', link('Organisation', position.organisation),
      evidence(position.evidence)])),
    h('section', { id: 'memberships' }, h('h2', {}, 'Medlemskap (' + seats.length + ')'),
      list(seats, (membership) => [link('Body', membership.body), ' ', tag(membership.role),
        membership.onBehalfOf ? [' for ', link('Organisation', membership.onBehalfOf)] : null,
        membership.replaces ? [' (erstatter ', link('Person', membership.replaces), ')'] : null,
        period(membership) ? h('span', { class: 'muted' }, ' · ' + period(membership)) : null,
        evidence(membership.evidence)]) || h('p', { class: 'muted' }, 'Ingen i grafen.')),
    section('Møtedeltakelse (' + attendance.length + ')', attendanceTable(attendance, (a) => link('Meeting', a.meeting))),
    section('Saker lagt fram', sakList(p.presented)),
    section('Saksbehandler for', sakList(p.caseOfficerFor)),
  ];
}

function attendanceTable(rows, first) {
  if (!rows.length) return null;
  return h('table', { class: 'data' },
    h('thead', {}, h('tr', {}, h('th', {}, first.heading || ''), h('th', {}, 'Status'), h('th', {}, 'Rolle'),
      h('th', {}, 'For'), h('th', {}, 'Merknad og kilde'))),
    h('tbody', {}, rows.map((a) => h('tr', {},
      h('td', {}, first(a)), h('td', {}, statusTag(a.status)), h('td', {}, a.role || ''),
      h('td', {}, link('Organisation', a.onBehalfOf)), h('td', {}, a.note || '', evidence(a.evidence))))));
}

function statusTag(status) {
  return tag(attendanceStatus(status), 'status-' + status);
}

function sakList(items) {
  const sorted = [...(items || [])].sort((a, b) => a.meeting.date.localeCompare(b.meeting.date));
  return list(sorted, (sak) => [link('AgendaItem', sak), ' ', tag(sak.type), h('span', { class: 'muted' }, ' · '),
    link('Meeting', sak.meeting)]);
}

function changeEvents(events) {
  return list(events, (event) => [tag(event.kind), event.date ? formatDate(event.date) + ': ' : '',
    joined(event.originals.map(anyLink)), ' → ', joined(event.results.map(anyLink)), evidence(event.evidence)]);
}

function organisation(o) {
  const seats = [...o.seats].sort((a, b) => a.body.name.localeCompare(b.body.name, 'nb'));
  return [
    ...heading(o),
    facts([['Type', o.kind], ['Sektor', o.sector], ['Del av', link('Organisation', o.parent)],
      ['Underenheter', joined(o.subOrganisations.map((sub) => link('Organisation', sub)))]]),
    section('Plasser i organer (' + seats.length + ')', list(seats, (seat) => [link('Person', seat.person), ' i ',
      link('Body', seat.body), ' ', tag(seat.role), period(seat) ? h('span', { class: 'muted' }, ' · ' + period(seat)) : null,
      evidence(seat.evidence)])),
    section('Driver sekretariatet for', list(o.bodiesRun, (b) => link('Body', b))),
    section('Eier tiltak', list(o.initiativesOwned, (i) => [link('Initiative', i), ' ', tag(i.kind)])),
    section('Forvalter standarder', list(o.standardsMaintained, (s) => link('Standard', s))),
    section('Endringer', changeEvents(o.changeEvents)),
  ];
}

function body(b) {
  const memberships = [...b.memberships].sort((x, y) => (x.role || '').localeCompare(y.role || '') ||
    x.person.name.localeCompare(y.person.name, 'nb'));
  const charts = h('div', { id: 'body-charts' });
  bodyCharts(charts, b.id);
  return [
    ...heading(b, b.name + (shortName(b) !== b.name ? ' (' + shortName(b) + ')' : '')),
    facts([['Type', b.kind], ['Modell', b.model], ['Sekretariat', link('Organisation', b.runBy)]]),
    section('Relasjoner',
      list(b.relations, (r) => [bodyRelation(r.kind)[0], ' ', anyLink(r.to), evidence(r.evidence)]),
      list(b.incomingRelations, (r) => [link('Body', r.from), ' ', bodyRelation(r.kind)[0], ' dette organet', evidence(r.evidence)])),
    h('section', { id: 'members' }, h('h2', {}, 'Medlemmer (' + memberships.length + ')'),
      memberships.length ? h('table', { class: 'data' },
        h('thead', {}, h('tr', {}, h('th', {}, 'Person'), h('th', {}, 'Rolle'), h('th', {}, 'Representerer'), h('th', {}, 'Periode og kilde'))),
        h('tbody', {}, memberships.map((m) => h('tr', {}, h('td', {}, link('Person', m.person)), h('td', {}, m.role || ''),
          h('td', {}, link('Organisation', m.onBehalfOf)), h('td', {}, period(m) || '', evidence(m.evidence))))))
        : h('p', { class: 'muted' }, 'Ingen i grafen.')),
    section('Møter (' + b.meetings.length + ')', list(b.meetings, (m) => [link('Meeting', { ...m, body: b }),
      ' ', tag(meetingStatus(m.status)), m.place ? h('span', { class: 'muted' }, ' · ' + m.place) : null,
      h('span', { class: 'muted' }, ' · ' + m.agendaItems.length + ' saker')])),
    section('Endringer', changeEvents(b.changeEvents)),
    h('section', {}, h('h2', {}, 'Figurer'), charts),
  ];
}

function meeting(m) {
  const attendance = [...m.attendance].sort((a, b) => (a.status || '').localeCompare(b.status || '') ||
    a.person.name.localeCompare(b.person.name, 'nb'));
  const whoColumn = (a) => link('Person', a.person);
  whoColumn.heading = 'Person';
  return [
    ...heading(m, meetingLabel(m)),
    facts([['Organ', link('Body', m.body)], ['Dato', formatDate(m.date)],
      ['Tid', m.start ? m.start + (m.end ? '–' + m.end : '') : null], ['Sted', m.place], ['Status', meetingStatus(m.status)],
      ['Dokumenter', m.papers.join(', ')], ['Kilde', m.document ? h('a', { href: href('Document', m.document.id) }, m.document.title) : null]]),
    h('section', { id: 'attendance' }, h('h2', {}, 'Deltakere (' + attendance.length + ')'),
      attendanceTable(attendance, whoColumn) || h('p', { class: 'muted' }, 'Ingen deltakerliste i grafen.')),
    section('Saker (' + m.agendaItems.length + ')', list(m.agendaItems, (sak) => [link('AgendaItem', sak), ' ', tag(sak.type),
      sak.decision ? h('div', { class: 'muted' }, 'Vedtak: ' + sak.decision) : null])),
  ];
}

function agendaItem(s) {
  return [
    ...heading(s, (s.number ? 'Sak ' + s.number + ': ' : '') + s.title),
    facts([['Møte', link('Meeting', s.meeting)], ['Sakstype', s.type], ['Tid', s.time],
      ['Lagt fram av', joined([...s.presenters.map((p) => link('Person', p)), ...s.presentingOrganisations.map((o) => link('Organisation', o))])],
      ['Saksbehandler', joined(s.caseOfficers.map((p) => link('Person', p)))],
      ['Gjelder', joined(s.concerns.map(anyLink))],
      ['Vedlegg', s.attachments.join('; ')]]),
    s.summary ? section('Sammendrag', h('p', {}, s.summary)) : null,
    s.proposedDecision ? section('Forslag til vedtak', h('p', {}, s.proposedDecision)) : null,
    s.decision ? section('Vedtak', h('p', { id: 'decision' }, s.decision)) : null,
    ...saidSections(s),
    section('Tiltak og standarder', list([...s.initiatives.map((i) => link('Initiative', i)), ...s.standards.map((x) => link('Standard', x))], (x) => x)),
    section('Henviser til', sakList(s.refersTo)),
    section('Henvist til fra', sakList(s.referredBy)),
  ];
}

function dependencyList(dependencies, side) {
  return list(dependencies, (d) => [anyLink(d[side]), ' ', tag(dependencyKind(d.kind)[0]), d.note ? h('span', { class: 'muted' }, ' ' + d.note) : null,
    evidence(d.evidence)]);
}

function initiative(i) {
  return [
    ...heading(i),
    facts([['Type', i.kind], ['Periode', i.period], ['Status', i.status], ['Eier', link('Organisation', i.owner)],
      ['Del av', joined(i.partOf.map((p) => link('Initiative', p)))], ['Består av', joined(i.parts.map((p) => link('Initiative', p)))]]),
    h('p', {}, h('a', { class: 'button', href: '#/dependencies/' + encodeURIComponent(i.id) }, 'Vis avhengighetsgrafen')),
    section('Avhenger av (' + i.dependsOn.length + ')', dependencyList(i.dependsOn, 'dependency')),
    section('Avhengige (' + i.dependents.length + ')', dependencyList(i.dependents, 'dependent')),
    ...saidSections(i),
    section('Behandlet i saker', sakList(i.agendaItems)),
  ];
}

function standard(s) {
  return [
    ...heading(s),
    facts([['Type', s.kind], ['Standardiseringsorganisasjon', link('Organisation', s.sdo)]]),
    section('Vedtatt bruk', list(s.adoptions, (a) => [tag(a.level), a.year ? a.year + ' ' : '', a.status ? '(' + a.status + ') ' : '',
      a.scope || '', evidence(a.evidence)])),
    section('Brukes av (' + s.usedBy.length + ')', dependencyList(s.usedBy, 'dependent')),
    section('Behandlet i saker', sakList(s.agendaItems)),
    h('p', {}, h('a', { class: 'button', href: '#/dependencies/' + encodeURIComponent(s.id) }, 'Vis avhengighetsgrafen')),
  ];
}

