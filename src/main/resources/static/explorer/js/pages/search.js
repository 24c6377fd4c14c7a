// The front page (what the graph holds, where to start) and search results.
import { gql } from '../api.js';
import { append, h, href, link, shortName, TYPE_NAMES, byName } from '../dom.js';

const HOME = `{
  about { nodeCount relationshipCount labels { name count } }
  bodies(first: 100) { edges { node { id name aliases kind model profile { meetingCount } } } }
}`;

const SHOWN_LABELS = ['Body', 'Person', 'Organisation', 'Meeting', 'AgendaItem', 'Initiative', 'Standard', 'Document'];

export async function homePage(main) {
  const data = await gql(HOME);
  const counts = Object.fromEntries(data.about.labels.map((label) => [label.name, label.count]));
  const bodies = data.bodies.edges.map((edge) => edge.node).sort(byName);
  append(main, 
    h('h1', {}, 'Styringskart'),
    h('p', {}, 'Kunnskapsgraf over styringen av e-helse i Norge, bygd fra møtedokumentene til råd og utvalg. ' +
      'Hvert faktum viser til avsnittet i dokumentet det står i.'),
    h('p', { class: 'muted' }, data.about.nodeCount.toLocaleString('nb-NO') + ' noder og ' +
      data.about.relationshipCount.toLocaleString('nb-NO') + ' relasjoner: ' +
      SHOWN_LABELS.filter((name) => counts[name]).map((name) => counts[name] + ' ' + TYPE_NAMES[name].toLowerCase())
        .join(', ') + '.'),
    h('div', { class: 'cards' },
      card('#/dependencies/tag', 'Avhengigheter', 'Hvilke tiltak avhenger av TAG, direkte og gjennom andre – med kilde for hvert ledd.'),
      card('#/overlap', 'Overlapp mellom organer', 'Felles medlemmer og organisasjoner, som antall eller Jaccard.'),
      card('#/model', 'Rådsmodellen', 'Hvem gir råd til hvem, hvem rapporterer hvor, og tall per organ.'),
      card('#/timeline', 'Tidslinje', 'Møtene i hvert organ over tid.')),
    h('h2', {}, 'Organer'),
    h('table', { class: 'data' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Organ'), h('th', {}, 'Type'), h('th', {}, 'Modell'), h('th', {}, 'Møter'))),
      h('tbody', {}, bodies.map((body) => h('tr', {},
        h('td', {}, link('Body', body, body.name), shortName(body) !== body.name ? ' (' + shortName(body) + ')' : ''),
        h('td', {}, body.kind || ''), h('td', {}, body.model || ''), h('td', {}, body.profile.meetingCount))))));
  return null;
}

function card(target, title, text) {
  return h('a', { class: 'card', href: target }, h('strong', {}, title), h('span', {}, text));
}

const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 50, types: [ORGANISATION, PERSON, BODY, AGENDA_ITEM, INITIATIVE, STANDARD]) {
    score matched
    result {
      __typename
      ... on Organisation { id name kind }
      ... on Person { id name titles }
      ... on Body { id name kind }
      ... on AgendaItem { id number title meeting { id date body { id name aliases } } }
      ... on Initiative { id name kind }
      ... on Standard { id name kind }
    }
  }
}`;

export async function searchPage(main, route) {
  const text = route.params.get('q') || '';
  const input = document.getElementById('search-input');
  if (input.value !== text) input.value = text;
  append(main, h('h1', {}, 'Søk'));
  if (!text.trim()) {
    append(main, h('p', {}, 'Skriv et navn, en forkortelse eller et ord fra en sak i søkefeltet øverst.'));
    return 'Søk';
  }
  const hits = (await gql(SEARCH, { text })).search;
  append(main, h('p', { class: 'muted', id: 'search-summary' },
    hits.length ? hits.length + ' treff for «' + text + '», beste først.' : 'Ingen treff for «' + text + '».'),
  h('ol', { class: 'plain', id: 'search-results' }, hits.map(hit)));
  return 'Søk: ' + text;
}

function hit({ matched, result }) {
  const type = result.__typename;
  const detail = type === 'AgendaItem'
    ? [' – ', link('Meeting', result.meeting)]
    : [result.kind ? ' – ' + result.kind : '', result.titles && result.titles.length ? ' – ' + result.titles[0] : ''];
  const name = type === 'AgendaItem' ? result.title : result.name;
  return h('li', {}, h('span', { class: 'tag' }, TYPE_NAMES[type]), h('a', { href: href(type, result.id) }, name),
    detail, matched && matched !== name ? h('span', { class: 'muted' }, ' (treff i «' + matched + '»)') : null);
}
