// callbot console: a single page over the API, no build step. Hash routes (#/campaigns, #/live, #/calls, #/calls/ID,
// #/no-match), keyboard shortcuts, the login page and the tenant switcher of merchant tokens.
import * as api from './api.js';
import { el } from './format.js';
import * as views from './views.js';

const ROUTES = [
  [/^#\/campaigns\/([^/?]+)$/, views.campaign, 'campaigns'],
  [/^#\/campaigns$/, views.campaigns, 'campaigns'],
  [/^#\/live$/, views.live, 'live'],
  [/^#\/calls\/([0-9a-f-]{36})$/, views.call, 'calls'],
  [/^#\/calls$/, views.calls, 'calls'],
  [/^#\/no-match$/, views.noMatch, 'no-match'],
];
const SHORTCUTS = { c: '#/campaigns', l: '#/live', a: '#/calls', n: '#/no-match' };

let current = null; // the AbortController of the page on screen

function status(text) { document.getElementById('status').textContent = text; }

function fail(e) {
  if (e instanceof api.Unauthorized) {
    // a late answer to an earlier, wrong token must not log out the token typed since
    if (e.token === api.session.token()) { logout('Your token was refused (' + e.message + '). Log in again.'); }
    return;
  }
  if (e?.name === 'AbortError') { return; }
  status(e.message || String(e));
}

/** Renders the page of the current hash. */
async function route() {
  if (!api.session.token()) { logout(); return; }
  const [path, search] = (location.hash || '#/campaigns').split('?');
  const found = ROUTES.find(([re]) => re.test(path));
  if (!found) { location.hash = '#/campaigns'; return; }
  const [re, view, nav] = found;
  const params = Object.fromEntries(new URLSearchParams(search || ''));
  const id = re.exec(path)[1];
  if (id) { params.id = decodeURIComponent(id); }
  current?.abort();
  current = new AbortController();
  const signal = current.signal;
  document.querySelectorAll('#nav a').forEach((a) => a.toggleAttribute('aria-current', a.dataset.nav === nav));
  document.body.dataset.loaded = 'false';
  const main = document.getElementById('page');
  try {
    await view(main, params, { signal, status, fail, refresh: route });
    if (!signal.aborted) {
      status('');
      document.body.dataset.loaded = 'true';
      document.body.dataset.page = nav;
    }
  } catch (e) {
    fail(e);
  }
}

async function showApp() {
  document.getElementById('login-view').hidden = true;
  document.getElementById('app-view').hidden = false;
  try {
    const me = await api.get('/me');
    document.getElementById('whoami').textContent = me.tenant + ' · ' + me.role.toLowerCase();
    tenantSwitcher(me);
    await route();
  } catch (e) {
    fail(e);
  }
}

/** A merchant's token may act as itself alone or as one of its sub-merchants; "all" sees them together. */
function tenantSwitcher(me) {
  const select = document.getElementById('tenant');
  const tenants = me.switchable || [];
  select.hidden = tenants.length < 2;
  document.querySelector('label[for=tenant]').hidden = select.hidden;
  if (select.hidden) { api.session.setTenant(''); return; }
  select.replaceChildren(el('option', { value: '' }, 'All (' + me.tenant + ' and sub-merchants)'),
    ...tenants.map((t) => el('option', { value: t.id, selected: t.id === api.session.tenant() },
      t.id + (t.kind === 'SUB_MERCHANT' ? ' (sub-merchant)' : ' only'))));
}

function logout(message) {
  current?.abort();
  api.session.clear();
  document.getElementById('app-view').hidden = true;
  document.getElementById('login-view').hidden = false;
  document.getElementById('login-error').textContent = message || '';
  document.getElementById('token-input').focus();
}

function keyboard(ev) {
  const typing = ev.target.closest('input, select, textarea, [contenteditable]');
  if (ev.ctrlKey || ev.metaKey || ev.altKey || document.getElementById('app-view').hidden) { return; }
  if (ev.key === 'Escape' && typing) { ev.target.blur(); return; }
  if (typing) { return; }
  if (SHORTCUTS[ev.key]) {
    location.hash = SHORTCUTS[ev.key];
  } else if (ev.key === '/') {
    ev.preventDefault();
    if (!location.hash.startsWith('#/calls')) { location.hash = '#/calls'; }
    setTimeout(() => document.getElementById('filter-q')?.focus(), 0);
  } else if (ev.key === 'j' || ev.key === 'k') {
    moveRow(ev.key === 'j' ? 1 : -1);
  } else if (ev.key === '?') {
    document.getElementById('help').showModal();
  } else {
    return;
  }
  ev.preventDefault();
}

/** j / k move between the rows of the page's list (calls); Enter follows the focused row's link. */
function moveRow(step) {
  const links = [...document.querySelectorAll('#page .row-link, #page .campaign h3 a')];
  if (!links.length) { return; }
  const at = links.indexOf(document.activeElement);
  links[Math.min(links.length - 1, Math.max(0, at < 0 ? 0 : at + step))].focus();
}

function start() {
  // a token in the URL fragment (never sent to the server) logs in once, then leaves the address bar
  const m = location.hash.match(/token=([^&]+)/);
  if (m) {
    api.session.setToken(decodeURIComponent(m[1]));
    history.replaceState(null, '', location.pathname + '#/campaigns');
  }
  document.getElementById('login-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    api.session.setToken(document.getElementById('token-input').value.trim());
    document.getElementById('token-input').value = '';
    if (!location.hash || location.hash === '#') { history.replaceState(null, '', location.pathname + '#/campaigns'); }
    showApp();
  });
  document.getElementById('logout').addEventListener('click', () => logout());
  document.getElementById('tenant').addEventListener('change', (ev) => { api.session.setTenant(ev.target.value); route(); });
  document.getElementById('help-button').addEventListener('click', () => document.getElementById('help').showModal());
  window.addEventListener('hashchange', () => { if (api.session.token()) { route(); } });
  document.addEventListener('keydown', keyboard);
  if (api.session.token()) { showApp(); } else { logout(); }
}

start();
