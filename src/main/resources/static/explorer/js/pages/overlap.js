// Overlap heatmap: bodies × bodies, coloured by shared people or organisations (count or Jaccard); a cell
// opens the list of who is shared.
import { gql } from '../api.js';
import { append, h, link, shortName, replace } from '../dom.js';
import { replaceParams } from '../route.js';

const MATRIX = `query($from: Date, $to: Date) { overlapMatrix(from: $from, to: $to) {
  bodies { id name aliases }
  sizes
  cells {
    a { id } b { id }
    sharedPeopleCount peopleJaccard sharedOrganisationCount organisationJaccard
    sharedPeople { id name }
    sharedOrganisations { id name }
  }
} }`;

const MEASURES = {
  'people-count': { label: 'Personer, antall', value: (c) => c.sharedPeopleCount, text: String },
  'people-jaccard': { label: 'Personer, Jaccard', value: (c) => c.peopleJaccard, text: (v) => v.toFixed(2) },
  'organisations-count': { label: 'Organisasjoner, antall', value: (c) => c.sharedOrganisationCount, text: String },
  'organisations-jaccard': { label: 'Organisasjoner, Jaccard', value: (c) => c.organisationJaccard, text: (v) => v.toFixed(2) },
};

export async function overlapPage(main, route) {
  const state = {
    of: route.params.get('of') === 'organisations' ? 'organisations' : 'people',
    measure: route.params.get('measure') === 'jaccard' ? 'jaccard' : 'count',
    from: route.params.get('from') || '', to: route.params.get('to') || '',
    onlyOverlapping: route.params.get('all') !== '1',
  };
  const matrix = (await gql(MATRIX, { from: state.from || null, to: state.to || null })).overlapMatrix;
  const cellsByPair = new Map();
  for (const cell of matrix.cells) {
    cellsByPair.set(cell.a.id + '|' + cell.b.id, cell);
    cellsByPair.set(cell.b.id + '|' + cell.a.id, cell);
  }
  const wrap = h('div', { class: 'heatmap-wrap' });
  const details = h('div', { class: 'card panel', id: 'overlap-details', 'aria-live': 'polite' },
    h('p', { class: 'muted' }, 'Velg en celle for å se hvem som er felles.'));

  const draw = () => {
    replaceParams({ of: state.of, measure: state.measure, ...(state.from && { from: state.from }),
      ...(state.to && { to: state.to }), ...(!state.onlyOverlapping && { all: '1' }) });
    const measure = MEASURES[state.of + '-' + state.measure];
    const shown = matrix.bodies.map((body, index) => ({ body, size: matrix.sizes[index] })).filter(({ body }) =>
      !state.onlyOverlapping || matrix.bodies.some((other) => other.id !== body.id &&
        measure.value(cellsByPair.get(body.id + '|' + other.id)) > 0));
    const max = Math.max(1e-9, ...matrix.cells.map(measure.value));
    replace(wrap, h('table', { class: 'heatmap', id: 'heatmap', 'aria-label': 'Overlapp: ' + measure.label },
      h('thead', {}, h('tr', {}, h('th', {}, ''), shown.map(({ body }) =>
        h('th', { class: 'col', scope: 'col', title: body.name }, compact(body))))),
      h('tbody', {}, shown.map(({ body: row, size }) => h('tr', {},
        h('th', { class: 'row', scope: 'row', title: row.name + ' (' + size + ' personer)' }, compact(row)),
        shown.map(({ body: column }) => {
          if (row.id === column.id) return h('td', { class: 'self', title: size + ' personer' }, size);
          const cell = cellsByPair.get(row.id + '|' + column.id);
          const value = measure.value(cell);
          const shade = value / max;
          return h('td', { 'data-row': row.id, 'data-column': column.id, style: {
            background: colour(shade), color: shade > 0.55 ? '#fff' : '#1d2433' } },
          h('button', { type: 'button', title: row.name + ' × ' + column.name,
            'aria-label': shortName(row) + ' og ' + shortName(column) + ': ' + measure.text(value),
            onclick: () => showCell(details, cell, row, column) }, measure.text(value)));
        }))))));
  };

  const toggle = (legend, key, options) => h('fieldset', {}, h('legend', {}, legend), options.map(([value, text]) =>
    h('button', { type: 'button', 'data-toggle': key + '-' + value, 'aria-pressed': String(state[key] === value),
      onclick: (event) => {
        state[key] = value;
        event.target.parentElement.querySelectorAll('button').forEach((b) => b.setAttribute('aria-pressed', String(b === event.target)));
        draw();
      } }, text)));
  const dateInput = (key, text) => h('label', {}, text + ' ', h('input', { type: 'date', value: state[key],
    onchange: (event) => { state[key] = event.target.value; location.hash = '#/overlap?' + new URLSearchParams({
      of: state.of, measure: state.measure, ...(state.from && { from: state.from }), ...(state.to && { to: state.to }) }); } }));

  append(main, 
    h('h1', {}, 'Overlapp mellom organer'),
    h('p', {}, 'Hver celle viser hva to organer har felles: personer som er medlemmer av (eller møter som medlemmer i) ' +
      'begge, eller organisasjoner som er representert i begge. Jaccard = felles / alle i minst ett av dem. ' +
      'Diagonalen viser antall personer i organet.'),
    h('div', { class: 'controls' },
      toggle('Felles', 'of', [['people', 'Personer'], ['organisations', 'Organisasjoner']]),
      toggle('Mål', 'measure', [['count', 'Antall'], ['jaccard', 'Jaccard']]),
      h('label', {}, h('input', { type: 'checkbox', checked: !state.onlyOverlapping, onchange: (event) => {
        state.onlyOverlapping = !event.target.checked; draw(); } }), ' Vis også organer uten overlapp'),
      dateInput('from', 'Fra'), dateInput('to', 'Til'),
      h('span', { class: 'legend-scale' }, '0', h('span', { class: 'bar' }), 'mest')),
    h('div', { class: 'split' }, wrap, details));
  draw();
  return 'Overlapp';
}

/** The short name, cut to fit a heatmap header (the full name is its tooltip). */
function compact(body) {
  const name = shortName(body);
  return name.length > 26 ? name.slice(0, 25) + '…' : name;
}

/** Light to dark blue as the share grows. */
function colour(shade) {
  if (shade <= 0) return '#ffffff';
  const from = [222, 235, 247];
  const to = [8, 48, 107];
  const mix = from.map((start, i) => Math.round(start + (to[i] - start) * Math.min(1, shade)));
  return 'rgb(' + mix.join(',') + ')';
}

function showCell(details, cell, row, column) {
  const people = [...cell.sharedPeople].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  const organisations = [...cell.sharedOrganisations].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  replace(details, 
    h('h2', {}, link('Body', row, shortName(row)), ' og ', link('Body', column, shortName(column))),
    h('p', { class: 'muted' }, 'Jaccard personer ' + cell.peopleJaccard.toFixed(2) + ', organisasjoner ' +
      cell.organisationJaccard.toFixed(2) + '.'),
    h('h3', {}, 'Felles personer (' + people.length + ')'),
    people.length ? h('ul', { id: 'shared-people' }, people.map((p) => h('li', {}, link('Person', p)))) : h('p', { class: 'muted' }, 'Ingen.'),
    h('h3', {}, 'Felles organisasjoner (' + organisations.length + ')'),
    organisations.length ? h('ul', { id: 'shared-organisations' }, organisations.map((o) => h('li', {}, link('Organisation', o))))
      : h('p', { class: 'muted' }, 'Ingen.'));
  details.querySelector('a').focus();
}
