// Hash routes: `#/body/nufa?x=1` → { page: 'body', id: 'nufa', params: URLSearchParams('x=1') }.

export function currentRoute() {
  const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
  const [page, ...rest] = path.split('/');
  return { page: page || '', id: rest.length ? decodeURIComponent(rest.join('/')) : null,
    params: new URLSearchParams(query || '') };
}

/** Records a view's settings in the address (so it can be shared) without re-rendering the page. */
export function replaceParams(params) {
  const [path] = location.hash.split('?');
  const query = new URLSearchParams(params).toString();
  history.replaceState(null, '', path + (query ? '?' + query : ''));
}
