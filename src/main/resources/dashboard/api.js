// The console's API client: the token (sessionStorage only: gone when the tab closes), the tenant a merchant acts as,
// JSON calls, file downloads and the live-call event stream (fetch-based: EventSource cannot send the token).
const API = '/api/v1';
const TOKEN = 'callbot.token';
const TENANT = 'callbot.tenant';

export const session = {
  token: () => sessionStorage.getItem(TOKEN),
  setToken: (t) => sessionStorage.setItem(TOKEN, t),
  tenant: () => sessionStorage.getItem(TENANT) || '',
  setTenant: (t) => (t ? sessionStorage.setItem(TENANT, t) : sessionStorage.removeItem(TENANT)),
  clear: () => { sessionStorage.removeItem(TOKEN); sessionStorage.removeItem(TENANT); },
};

/** Raised for a refused token, so the app can return to the login page; {@code token} is the one refused. */
export class Unauthorized extends Error {
  constructor(message, token) { super(message); this.token = token; }
}

function headers(extra = {}) {
  const h = { Authorization: 'Bearer ' + session.token(), ...extra };
  if (session.tenant()) { h['X-Callbot-Tenant'] = session.tenant(); }
  return h;
}

async function send(method, path, signal) {
  const token = session.token();
  const res = await fetch(API + path, { method, headers: headers(), signal });
  const json = (res.headers.get('Content-Type') || '').startsWith('application/json') ? await res.json() : null;
  if (res.status === 401) { throw new Unauthorized(json?.error?.message ?? 'the token was refused', token); }
  if (!res.ok) { throw new Error(json?.error?.message ?? ('HTTP ' + res.status)); }
  return { res, json };
}

export async function get(path, signal) { return (await send('GET', path, signal)).json; }

export async function post(path) { return (await send('POST', path)).json; }

/** Fetches a file with the token (links and audio elements cannot send headers) and returns it as a Blob. */
export async function blob(path) {
  const token = session.token();
  const res = await fetch(API + path, { headers: headers() });
  if (res.status === 401) { throw new Unauthorized('the token was refused', token); }
  if (!res.ok) { throw new Error('HTTP ' + res.status + ' for ' + path); }
  return res.blob();
}

/** Query string of the non-empty entries of {@code params}, with a leading '?' (or ''). */
export function query(params) {
  const q = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''));
  const s = q.toString();
  return s ? '?' + s : '';
}

/**
 * Follows the live calls: calls {@code onCalls(list)} on every 'live' event, reconnects after a drop, stops when
 * {@code signal} aborts. {@code onState('open'|'retrying')} reports the connection.
 */
export async function followLive(onCalls, onState, signal) {
  while (!signal.aborted) {
    try {
      const token = session.token();
      const res = await fetch(API + '/calls/live/stream', { headers: headers(), signal });
      if (res.status === 401) { throw new Unauthorized('the token was refused', token); }
      if (!res.ok) { throw new Error('HTTP ' + res.status); }
      onState('open');
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) { break; }
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = block.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
          if (event === 'live' && data) { onCalls(JSON.parse(data).calls); }
        }
      }
    } catch (e) {
      if (signal.aborted) { return; }
      if (e instanceof Unauthorized) { throw e; }
    }
    onState('retrying');
    await new Promise((r) => setTimeout(r, 2000));
  }
}
