// One GraphQL request per view (the API batches relationship fields), with the read token when the
// deployment closes reads (styringskart.security.reads=authenticated).

const TOKEN_KEY = 'styringskart.readToken';

export class ApiError extends Error {
  constructor(message, { status, code, requestId } = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.requestId = requestId;
  }
}

/** The read token's header, when the user gave one. */
export function authorization() {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { authorization: 'Bearer ' + token } : {};
}

export async function gql(query, variables = {}) {
  const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json',
    ...authorization() };
  let response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch (e) {
    throw new ApiError('Fikk ikke kontakt med Styringskart (' + e.message + ').');
  }
  const requestId = response.headers.get('x-request-id');
  if (response.status === 401) {
    sessionStorage.removeItem(TOKEN_KEY);
    throw new ApiError('Denne installasjonen krever et lesetoken.', { status: 401, code: 'UNAUTHORIZED', requestId });
  }
  let body;
  try {
    body = await response.json();
  } catch (e) {
    throw new ApiError('Uventet svar fra serveren (HTTP ' + response.status + ').', { status: response.status, requestId });
  }
  if (body.errors && body.errors.length) {
    const first = body.errors[0];
    const code = first.extensions && first.extensions.classification;
    throw new ApiError(first.message, { status: response.status, code, requestId });
  }
  return body.data;
}

export function rememberToken(token) {
  sessionStorage.setItem(TOKEN_KEY, token.trim());
}
