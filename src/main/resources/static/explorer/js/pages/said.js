// What the papers say about a sak or an initiative: statements grouped by kind, milestones on a small timeline
// with every stated date (disagreeing sources side by side), and the parties involved, by role.
import { EVIDENCE, anyLink, evidence, h, joined, list, section, tag, TYPE_NAMES } from '../dom.js';
import { involvementRole, statementKind } from '../vocabulary.js';

const PARTY = '__typename ... on Organisation { id name } ... on Body { id name } ... on Person { id name }';
const ENTITY = `__typename ... on AgendaItem { id number title } ... on Initiative { id name } ... on Body { id name }
  ... on Standard { id name } ... on Organisation { id name } ... on Person { id name }
  ... on Meeting { id number date body { id name aliases } } ... on Document { id title } ... on Role { id name }
  ... on ChangeEvent { id kind }`;

/** GraphQL selection of the statements, milestones and involvements of a sak or an initiative. */
export const SAID = `
  statements { id kind text order due figure { value unit counts asOf } actor { ${PARTY} } concerns { ${ENTITY} } ${EVIDENCE} }
  milestones { id text datesDisagree dates { stated date kind ${EVIDENCE} } }
  involvements { role note party { ${PARTY} } ${EVIDENCE} }`;

/** The three sections, each empty-stated when the papers say nothing of the kind. */
export function saidSections(entity) {
  return [
    section('Hva papirene sier', statementsByKind(entity.statements.filter((s) => s.kind !== 'MILESTONE'))),
    section('Milepæler', timeline(entity.milestones)),
    section('Involverte', involvementsByRole(entity.involvements)),
  ];
}

function statementsByKind(statements) {
  if (!statements.length) return null;
  const kinds = [...new Set(statements.map((s) => s.kind))];
  return h('div', { class: 'statements' }, kinds.map((kind) => h('div', { class: 'statement-kind', 'data-kind': kind },
    h('h3', {}, statementKind(kind)),
    list(statements.filter((s) => s.kind === kind), statement))));
}

function statement(s) {
  const figure = s.figure ? h('strong', { class: 'figure' },
    s.figure.value.toLocaleString('nb-NO') + (s.figure.unit ? ' ' + s.figure.unit : '') + ' ') : null;
  const details = joined([
    s.actor ? ['Fra: ', entity(s.actor)] : null,
    s.due ? 'Frist: ' + s.due : null,
    s.figure ? s.figure.counts + (s.figure.asOf ? ' (per ' + s.figure.asOf + ')' : '') : null,
    s.concerns.length ? ['Nevner: ', joined(s.concerns.map(entity))] : null,
  ], ' · ');
  return [s.order !== null && s.order !== undefined ? s.order + '. ' : '', figure, s.text,
    details.length ? h('div', { class: 'muted' }, details) : null, evidence(s.evidence)];
}

/** A link to an entity that has a page of its own; a role or a change event is named only. */
function entity(e) {
  return TYPE_NAMES[e.__typename] ? anyLink(e) : e.name || e.kind || e.id;
}

/** Each milestone with its dates placed on one scale shared by all; dates the papers give unclearly are listed only. */
function timeline(milestones) {
  if (!milestones.length) return null;
  const days = milestones.flatMap((m) => m.dates).map((d) => day(d.date)).filter((t) => t !== null);
  const first = Math.min(...days);
  const span = Math.max(Math.max(...days) - first, 1);
  return h('ol', { class: 'milestones' }, milestones.map((m) => h('li', { class: m.datesDisagree ? 'milestone conflict' : 'milestone' },
    h('p', {}, m.text, m.datesDisagree ? [' ', tag('kildene er uenige', 'conflict')] : null),
    h('div', { class: 'track', role: 'img', 'aria-label': m.dates.map((d) => d.stated).join(', ') },
      m.dates.filter((d) => day(d.date) !== null).map((d) => h('span', {
        class: 'marker ' + d.kind.toLowerCase(), title: d.stated,
        style: { left: (days.length > 1 ? (100 * (day(d.date) - first)) / span : 50) + '%' },
      }))),
    list(m.dates, (d) => [tag(dateKind(d.kind)), d.stated, d.date ? h('span', { class: 'muted' }, ' (' + d.date + ')')
      : h('span', { class: 'muted' }, ' (uklar dato)'), evidence(d.evidence)]))));
}

/** Milliseconds of a date given as yyyy, yyyy-mm or yyyy-mm-dd (its first day); null when there is none. */
function day(date) {
  if (!date) return null;
  const [year, month = 1, dayOfMonth = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, dayOfMonth);
}

function dateKind(kind) {
  return { PLANNED: 'planlagt', REVISED: 'endret', ACTUAL: 'faktisk' }[kind] || kind;
}

function involvementsByRole(involvements) {
  if (!involvements.length) return null;
  const roles = [...new Set(involvements.map((i) => i.role))];
  return h('dl', { class: 'facts involvements' }, roles.flatMap((role) => [h('dt', {}, involvementRole(role)),
    h('dd', {}, list(involvements.filter((i) => i.role === role), (i) => [entity(i.party),
      i.note ? h('span', { class: 'muted' }, ' ' + i.note) : null, evidence(i.evidence)]))]));
}
