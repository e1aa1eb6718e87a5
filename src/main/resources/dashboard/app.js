// callbot dashboard: plain JS, no build step. The token lives in sessionStorage only (gone when the tab closes).
'use strict';

const API = '/api/v1';
const STAGES = ['targeted', 'dialed', 'answered', 'human', 'completed', 'converted', 'optedOut'];
let refreshTimer = null;

function token() { return sessionStorage.getItem('callbot.token'); }

async function api(method, path) {
  const res = await fetch(API + path, { method, headers: { Authorization: 'Bearer ' + token() } });
  const body = res.headers.get('Content-Type')?.startsWith('application/json') ? await res.json() : null;
  if (res.status === 401) { logout('Your token was refused: ' + (body?.error?.message ?? 'log in again')); }
  if (!res.ok) { throw new Error(body?.error?.message ?? ('HTTP ' + res.status)); }
  return body;
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k.startsWith('on')) { e.addEventListener(k.slice(2), v); } else { e.setAttribute(k, v); }
  }
  for (const c of children) { e.append(c instanceof Node ? c : document.createTextNode(c ?? '')); }
  return e;
}

function svgEl(tag, attrs) {
  const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) { e.setAttribute(k, v); }
  return e;
}

/** A horizontal bar per funnel stage, widths relative to "targeted". */
function funnelChart(campaignId, funnel) {
  const w = 220, row = 13, max = Math.max(1, funnel.targeted);
  const svg = svgEl('svg', { class: 'funnel', id: 'funnel-' + campaignId, width: w, height: row * STAGES.length,
    role: 'img', 'aria-label': 'funnel of ' + campaignId });
  STAGES.forEach((s, i) => {
    const barW = Math.round((w - 110) * funnel[s] / max);
    svg.append(svgEl('rect', { x: 110, y: i * row + 2, width: barW, height: row - 4, 'data-stage': s }));
    const label = svgEl('text', { x: 0, y: i * row + row - 3 });
    label.textContent = s + ' ' + funnel[s];
    svg.append(label);
  });
  return svg;
}

async function control(id, command) {
  try {
    await api('POST', '/campaigns/' + encodeURIComponent(id) + '/' + command);
    await refresh();
  } catch (e) { showStatus(command + ' ' + id + ': ' + e.message); }
}

async function renderCampaigns() {
  const { campaigns } = await api('GET', '/campaigns');
  const body = document.querySelector('#campaigns tbody');
  const rows = await Promise.all(campaigns.map(async (c) => {
    const stats = await api('GET', '/campaigns/' + encodeURIComponent(c.id) + '/stats');
    const buttons = ['start', 'pause', 'resume', 'cancel'].map((cmd) =>
      el('button', { id: cmd + '-' + c.id, onclick: () => control(c.id, cmd) }, cmd));
    return el('tr', { id: 'campaign-' + c.id },
      el('td', {}, c.name || c.id), el('td', {}, c.tenant),
      el('td', { class: 'state state-' + c.state, id: 'state-' + c.id }, c.state),
      el('td', {}, (c.version || '').slice(0, 12)), el('td', {}, ...buttons),
      el('td', {}, funnelChart(c.id, stats.funnel)));
  }));
  body.replaceChildren(...rows);
}

async function renderLive() {
  const { calls } = await api('GET', '/calls/live');
  document.querySelector('#live-calls tbody').replaceChildren(...calls.map((c) => el('tr', { class: 'live-call' },
    el('td', {}, c.id), el('td', {}, c.campaignId), el('td', {}, c.customerId), el('td', {}, c.state),
    el('td', {}, new Date(c.startedAt).toLocaleTimeString()))));
}

async function renderRecent() {
  const { calls } = await api('GET', '/calls?limit=20');
  document.querySelector('#recent-calls tbody').replaceChildren(...calls.map((c) =>
    el('tr', { id: 'call-' + c.id, onclick: () => showCall(c.id) },
      el('td', {}, new Date(c.endedAt).toLocaleString()), el('td', {}, c.campaignId), el('td', {}, c.customerId),
      el('td', {}, c.result), el('td', {}, c.outcome))));
}

async function showCall(id) {
  const detail = await api('GET', '/calls/' + id);
  document.getElementById('call-id').textContent = id;
  document.getElementById('transcript').replaceChildren(...detail.transcript.map((t) =>
    el('li', { class: t.speaker }, (t.atMillis / 1000).toFixed(1) + 's ' + t.speaker + ': ' + t.text)));
  const audio = document.getElementById('recording');
  audio.hidden = !detail.hasRecording;
  if (detail.hasRecording) {
    // <audio> cannot send an Authorization header: fetch the WAV and play it from a blob URL.
    const res = await fetch(API + '/calls/' + id + '/recording', { headers: { Authorization: 'Bearer ' + token() } });
    if (audio.dataset.url) { URL.revokeObjectURL(audio.dataset.url); }
    audio.dataset.url = URL.createObjectURL(await res.blob());
    audio.src = audio.dataset.url;
  }
  document.getElementById('call-detail').hidden = false;
}

function showStatus(text) { document.getElementById('status').textContent = text; }

async function refresh() {
  try {
    await Promise.all([renderCampaigns(), renderLive(), renderRecent()]);
    showStatus('');
    document.body.dataset.loaded = 'true';
  } catch (e) { showStatus(e.message); }
}

function showApp() {
  document.getElementById('login-view').hidden = true;
  document.getElementById('app-view').hidden = false;
  document.getElementById('logout').hidden = false;
  refresh();
  clearInterval(refreshTimer);
  refreshTimer = setInterval(refresh, 5000);
}

function logout(message) {
  sessionStorage.removeItem('callbot.token');
  clearInterval(refreshTimer);
  document.getElementById('app-view').hidden = true;
  document.getElementById('logout').hidden = true;
  document.getElementById('login-view').hidden = false;
  document.getElementById('login-error').textContent = message || '';
}

function start() {
  // A token in the URL fragment (never sent to the server) logs in once, then is removed from the address bar.
  const m = location.hash.match(/token=([^&]+)/);
  if (m) {
    sessionStorage.setItem('callbot.token', decodeURIComponent(m[1]));
    history.replaceState(null, '', location.pathname);
  }
  document.getElementById('login-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    sessionStorage.setItem('callbot.token', document.getElementById('token-input').value.trim());
    showApp();
  });
  document.getElementById('logout').addEventListener('click', () => logout());
  if (token()) { showApp(); } else { logout(); }
}

start();
