// A source paper with line numbers, the cited lines marked: where every quoted passage can be read in context.
import { authorization, gql } from '../api.js';
import { append, facts, formatDate, h, whenAttached } from '../dom.js';

const DOCUMENT = 'query($id: ID!) { document(id: $id) { id title kind date year file url } }';

export async function documentPage(main, route) {
  const paper = (await gql(DOCUMENT, { id: route.id })).document;
  const [first, last] = (route.params.get('lines') || '').split('-').map(Number);
  append(main, h('p', { class: 'kicker' }, 'Kildedokument'), h('h1', {}, paper.title),
    facts([['Dato', formatDate(paper.date)], ['Type', paper.kind], ['Fil', paper.file],
      ['Adresse', paper.url ? h('a', { href: paper.url, rel: 'noreferrer' }, paper.url) : null]]));
  if (!paper.file) return paper.title;
  const response = await fetch('/papers/' + encodeURIComponent(paper.file), { headers: authorization() });
  if (!response.ok) {
    append(main, h('p', { class: 'error' }, 'Teksten til dokumentet er ikke tilgjengelig (HTTP ' + response.status + ').'));
    return paper.title;
  }
  const lines = (await response.text()).split('\n');
  const marked = (n) => first && n >= first && n <= (last || first);
  const text = h('pre', { class: 'paper', id: 'paper-text' }, lines.map((line, index) =>
    h('span', { 'data-line': index + 1, class: marked(index + 1) ? 'hit' : null }, line || ' ')));
  append(main, first ? h('p', { class: 'muted' }, 'Linje ' + first + (last ? '–' + last : '') + ' er markert.') : null, text);
  if (first) whenAttached(text).then(() => text.querySelector('.hit')?.scrollIntoView({ block: 'center' }));
  return paper.title;
}
