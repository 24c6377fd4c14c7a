// The explorer's shell: hash routes to pages, each page a function (main element, route) → Promise.
import { ApiError, rememberToken } from './api.js';
import { h, leavePage } from './dom.js';
import { currentRoute } from './route.js';
import { homePage, searchPage } from './pages/search.js';
import { entityPage } from './pages/entities.js';
import { documentPage } from './pages/document.js';
import { overlapPage } from './pages/overlap.js';
import { dependencyPage } from './pages/dependencies.js';
import { modelPage } from './pages/model.js';
import { timelinePage } from './pages/timeline.js';

const PAGES = {
  '': homePage,
  search: searchPage,
  overlap: overlapPage,
  dependencies: dependencyPage,
  model: modelPage,
  timeline: timelinePage,
  document: documentPage,
  person: entityPage('Person'),
  organisation: entityPage('Organisation'),
  body: entityPage('Body'),
  meeting: entityPage('Meeting'),
  sak: entityPage('AgendaItem'),
  initiative: entityPage('Initiative'),
  standard: entityPage('Standard'),
};

const TITLE = 'Styringskart · utforsker';

let renderCount = 0;

async function render() {
  const main = document.getElementById('main');
  const route = currentRoute();
  const page = PAGES[route.page];
  const mine = ++renderCount;
  leavePage();
  document.querySelectorAll('[data-nav]').forEach((a) => {
    if (a.dataset.nav === route.page) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  main.setAttribute('aria-busy', 'true');
  main.replaceChildren(h('p', { class: 'loading' }, 'Laster…'));
  document.title = TITLE;
  try {
    if (!page) throw new ApiError('Fant ingen side som heter «' + route.page + '».');
    const content = document.createElement('div');
    const title = await page(content, route);
    if (mine !== renderCount) return; // the user moved on while this page was loading
    main.replaceChildren(...content.childNodes);
    if (title) document.title = title + ' · ' + TITLE;
    main.dispatchEvent(new CustomEvent('explorer:shown'));
  } catch (error) {
    if (mine !== renderCount) return;
    main.replaceChildren(problem(error));
  } finally {
    if (mine === renderCount) {
      main.setAttribute('aria-busy', 'false');
      document.body.dataset.page = route.page || 'home';
      document.body.dataset.rendered = performance.timeOrigin + '/' + mine; // browser tests wait for this render
      performance.mark('explorer:rendered');
    }
  }
}

function problem(error) {
  if (error instanceof ApiError && error.code === 'UNAUTHORIZED') {
    const input = h('input', { id: 'token', type: 'password', autocomplete: 'off', required: true });
    return h('form', { class: 'card', onsubmit: (event) => { event.preventDefault(); rememberToken(input.value); render(); } },
      h('p', {}, error.message), h('label', { for: 'token' }, 'Lesetoken '), input, ' ', h('button', {}, 'Bruk'));
  }
  const id = error.requestId ? ' (forespørsel ' + error.requestId + ')' : '';
  return h('div', { class: 'error', role: 'alert' },
    h('strong', {}, error.code === 'NOT_FOUND' ? 'Fant ikke: ' : 'Noe gikk galt: '), error.message + id);
}

document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = document.getElementById('search-input').value.trim();
  if (text) location.hash = '#/search?q=' + encodeURIComponent(text);
});

window.addEventListener('hashchange', () => {
  render();
  document.getElementById('main').focus({ preventScroll: true });
  window.scrollTo(0, 0);
});
window.addEventListener('DOMContentLoaded', render);
