// The console's only door to the server. Every request carries the session cookie; every
// state change is JSON (the server refuses anything else from a cookie, so a cross-site form
// cannot act for the desk). A 401 anywhere means the session ended: the app returns to sign-in.

export class ApiError extends Error {
  constructor(status, code, message, field) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

let onUnauthorized = () => {};

// Called once by the app: what to do when the session has ended.
export function setUnauthorizedHandler(handler) {
  onUnauthorized = handler;
}

// request('POST', '/api/v1/tickets/A-07/start', {}) -> parsed JSON body, or null for 204.
// Throws ApiError for any 4xx/5xx; network failures throw ApiError with status 0.
export async function request(method, path, body, { signal, quietUnauthorized = false } = {}) {
  const init = { method, credentials: 'same-origin', cache: 'no-store', signal,
                 headers: { Accept: 'application/json' } };
  if (method !== 'GET') {
    // The server checks the content type even on bodiless state changes (sign-out).
    init.headers['Content-Type'] = 'application/json';
    if (body !== undefined) init.body = JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(path, init);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', 'The clinic server cannot be reached.');
  }
  if (res.status === 204 || res.status === 304) return null;
  const data = await readJson(res);
  if (res.ok) return data;
  const error = errorFrom(res, data);
  if (res.status === 401 && !quietUnauthorized) onUnauthorized(error);
  throw error;
}

async function readJson(res) {
  const text = await res.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function errorFrom(res, data) {
  const e = data && data.error ? data.error : {};
  const error = new ApiError(res.status, e.code || 'http_' + res.status,
                             e.message || res.statusText || 'request failed', e.field);
  error.retryAfter = Number(res.headers.get('Retry-After')) || null;
  return error;
}

// True when the server has no such feature yet: an unknown route answers 404 without naming a
// field (a missing item behind a known route names one, e.g. "ticket"), or 405 when the path
// exists for other methods; 403 when the route exists but is not open to staff.
// (A device-only route answers a session with 401; callers of such routes pass quietUnauthorized.)
export function isMissingEndpoint(error) {
  return error instanceof ApiError &&
    ((error.status === 404 && !error.field) || error.status === 405 || error.status === 403);
}
