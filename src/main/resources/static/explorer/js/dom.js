// Building blocks of every page. Elements are built with h(), never from HTML strings, so text from the
// graph (names, quotes from the papers) is always shown as text.

export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'class') element.className = value;
    else if (name === 'style' && typeof value === 'object') Object.assign(element.style, value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  appendAll(element, children);
  return element;
}

/** Appends children to an element, skipping null, undefined and false, flattening arrays. */
export function append(element, ...children) {
  appendAll(element, children);
  return element;
}

/** Replaces an element's children, with the same rules as append. */
export function replace(element, ...children) {
  element.replaceChildren();
  return append(element, ...children);
}

function appendAll(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) appendAll(element, child);
    else element.append(child instanceof Node ? child : String(child));
  }
}

/** Route of each entity type's page. */
const ROUTES = {
  Person: 'person', Organisation: 'organisation', Body: 'body', Meeting: 'meeting',
  AgendaItem: 'sak', Initiative: 'initiative', Standard: 'standard', Document: 'document',
};

/** Norwegian name of each entity type. */
export const TYPE_NAMES = {
  Person: 'Person', Organisation: 'Organisasjon', Body: 'Organ', Meeting: 'Møte', AgendaItem: 'Sak',
  Initiative: 'Tiltak', Standard: 'Standard', Document: 'Dokument',
};

export function href(type, id) {
  return '#/' + ROUTES[type] + '/' + encodeURIComponent(id);
}

export function link(type, entity, text) {
  if (!entity) return null;
  return h('a', { href: href(type, entity.id) }, text || label(type, entity));
}

/** A link to any entity whose __typename is known (unions). */
export function anyLink(entity) {
  return entity ? link(entity.__typename, entity) : null;
}

export function label(type, entity) {
  if (type === 'Meeting') return meetingLabel(entity);
  if (type === 'AgendaItem') return (entity.number ? 'Sak ' + entity.number + ': ' : '') + entity.title;
  return entity.name || entity.title || entity.id;
}

export function meetingLabel(meeting) {
  const body = meeting.body ? shortName(meeting.body) + ' ' : '';
  return body + (meeting.number ? 'møte ' + meeting.number + ', ' : 'møte ') + formatDate(meeting.date);
}

/** The short name people use for a body (NUFA, NUIT) when it has one. */
export function shortName(entity) {
  const acronym = (entity.aliases || []).find((alias) => /^[A-ZÆØÅ0-9-]{2,10}$/.test(alias));
  return acronym || entity.name;
}

const DATE_FORMAT = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric' });

export function formatDate(iso) {
  if (!iso) return '';
  const [year, month, day] = iso.split('-').map(Number);
  return DATE_FORMAT.format(new Date(Date.UTC(year, month - 1, day)));
}

export function percent(value) {
  return value === null || value === undefined ? '–' : Math.round(value * 100) + ' %';
}

export function tag(text, kind) {
  return text ? h('span', { class: 'tag' + (kind ? ' ' + kind : '') }, text) : null;
}

/** The passages behind a fact: quote, source paper and line range, with a link to the lines in the paper. */
export function evidence(items, { open = false } = {}) {
  if (!items || !items.length) return null;
  const quotes = items.map((item) => h('blockquote', { class: 'evidence' },
    h('p', {}, '«' + item.quote + '»'),
    h('footer', {}, 'Kilde: ', sourceLink(item), item.lines ? ', linje ' + item.lines : '')));
  return h('details', { class: 'evidence', open },
    h('summary', {}, items.length === 1 ? 'Kilde' : 'Kilder (' + items.length + ')'), quotes);
}

function sourceLink(item) {
  const document = item.document;
  const text = document.title + (document.date ? ' (' + formatDate(document.date) + ')' : '');
  if (!document.file) return document.url ? h('a', { href: document.url, rel: 'noreferrer' }, text) : text;
  const lines = item.lines && /^\d/.test(item.lines) ? '?lines=' + encodeURIComponent(item.lines) : '';
  return h('a', { href: href('Document', document.id) + lines }, text);
}

/** GraphQL selection for evidence, shared by every query. */
export const EVIDENCE = 'evidence { quote lines document { id title date file url } }';

export function facts(pairs) {
  const rows = pairs.filter(([, value]) => value !== null && value !== undefined && value !== '' &&
    !(Array.isArray(value) && !value.length));
  if (!rows.length) return null;
  return h('dl', { class: 'facts' }, rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}

export function section(title, ...content) {
  const body = content.flat().filter(Boolean);
  return h('section', {}, h('h2', {}, title), body.length ? body : h('p', { class: 'muted' }, 'Ingen i grafen.'));
}

export function list(items, render) {
  if (!items || !items.length) return null;
  return h('ul', { class: 'plain' }, items.map((item) => h('li', {}, render(item))));
}

export function joined(nodes, separator = ', ') {
  return nodes.filter(Boolean).flatMap((node, index) => (index ? [separator, node] : [node]));
}

export function byName(a, b) {
  return (a.name || '').localeCompare(b.name || '', 'nb');
}

/** Resolves once the element is in the document (charts and graphs need their laid-out size). */
export function whenAttached(element) {
  return new Promise((resolve, reject) => {
    let frames = 0;
    const check = () => {
      if (element.isConnected) resolve();
      else if (++frames > 600) reject(new Error('view was never shown'));
      else requestAnimationFrame(check);
    };
    check();
  });
}

const leaving = [];

/** Registers clean-up (chart instances, listeners) to run when the user leaves the page. */
export function onLeave(cleanup) {
  leaving.push(cleanup);
}

export function leavePage() {
  while (leaving.length) {
    try { leaving.pop()(); } catch (e) { /* a view that is already gone */ }
  }
}

/** An ECharts chart in the element, resized with the window and disposed when the page is left. */
export async function chart(element, option) {
  await whenAttached(element);
  const instance = echarts.init(element, null, { renderer: 'canvas' });
  instance.setOption({ animation: false, ...option }); // drawn at once: quicker, and steady for screenshots
  const resize = () => instance.resize();
  window.addEventListener('resize', resize);
  onLeave(() => { window.removeEventListener('resize', resize); instance.dispose(); });
  return instance;
}
