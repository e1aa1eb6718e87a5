// The console's pages. Each render(view, params, ctx) fills the <main> element; ctx.signal aborts what a page
// left running (the live stream, the duration ticker) when the viewer navigates away.
import * as api from './api.js';
import * as charts from './charts.js';
import {
  callingWindow, duration, el, kind, percent, schedule, theirTime, timeCell, version, when, words, zone,
} from './format.js';

const RESULTS = ['ANSWERED', 'VOICEMAIL', 'BUSY', 'NO_ANSWER', 'REJECTED', 'INVALID_NUMBER', 'CONGESTION', 'FAILED',
  'UNKNOWN'];
const COMMANDS = ['start', 'pause', 'resume', 'cancel'];

function link(href, text, attrs = {}) { return el('a', { href, ...attrs }, text); }

function who(c) {
  if (!c) { return el('span', { class: 'muted' }, 'unknown customer'); }
  return el('span', { class: 'who' }, el('strong', {}, c.name || 'no name'),
    el('span', { class: 'muted' }, ' · ' + (c.phoneMasked || '') + (c.externalId ? ' · CRM ' + c.externalId : '')));
}

function badge(state) { return el('span', { class: 'badge state-' + state, 'data-state': state }, words(state)); }

function heading(text, ...extra) { return el('div', { class: 'page-head' }, el('h2', { tabindex: '-1' }, text), ...extra); }

// ---- campaigns -------------------------------------------------------------------------------------------------

/** The campaign list: one card per campaign with its controls and funnel. */
export async function campaigns(main, params, ctx) {
  const { campaigns: list } = await api.get('/campaigns');
  const cards = await Promise.all(list.map((c) => campaignCard(c, ctx, false)));
  main.replaceChildren(heading('Campaigns'),
    list.length ? el('div', { class: 'cards' }, cards) : el('p', { class: 'empty' }, 'No campaigns for this token.'));
}

async function campaignCard(c, ctx, full) {
  const path = '/campaigns/' + encodeURIComponent(c.id);
  const [detail, stats] = await Promise.all([api.get(path), api.get(path + '/stats')]);
  const errors = detail.validationErrors || [];
  return el('article', { class: 'card campaign', id: 'campaign-' + c.id, 'data-state': c.state },
    el('header', {},
      el('h3', {}, full ? c.name : link('#/campaigns/' + encodeURIComponent(c.id), c.name || c.id)),
      badge(c.state)),
    el('p', { class: 'meta' }, kind(c.kind), ' · ', c.id, ' · tenant ', c.tenant, ' · ',
      el('span', { class: 'version', title: 'content hash ' + c.version }, version(c))),
    el('p', { class: 'schedule' }, schedule(c.schedule)),
    el('p', { class: 'window' }, callingWindow(c.schedule)),
    errors.length ? el('div', { class: 'rejected', role: 'alert' },
      el('strong', {}, 'The latest edit of ' + (detail.sourceFile || 'the file') + ' was rejected; version v'
        + (c.versionNo ?? '?') + ' keeps running:'),
      el('ul', {}, errors.map((e) => el('li', {}, el('code', {}, e))))) : null,
    controls(c, ctx),
    charts.funnel(c.id, stats.funnel, stats.stages),
    el('p', { class: 'links' }, link('#/calls?campaign=' + encodeURIComponent(c.id), 'Calls'), ' · ',
      link('#/no-match?campaign=' + encodeURIComponent(c.id), 'What callers said that matched nothing'),
      full ? null : [' · ', link('#/campaigns/' + encodeURIComponent(c.id), 'Charts')]));
}

function controls(c, ctx) {
  return el('div', { class: 'controls', role: 'group', 'aria-label': 'Campaign controls' },
    COMMANDS.map((cmd) => el('button', {
      id: cmd + '-' + c.id, class: cmd === 'cancel' ? 'danger' : '', disabled: !c.actions.includes(cmd),
      title: c.actions.includes(cmd) ? '' : 'not possible while the campaign is ' + c.state,
      onclick: () => command(c, cmd, ctx),
    }, cmd.charAt(0).toUpperCase() + cmd.slice(1))));
}

async function command(c, cmd, ctx) {
  if (cmd === 'cancel' && !(await confirmCancel(c))) { return; }
  try {
    await api.post('/campaigns/' + encodeURIComponent(c.id) + '/' + cmd);
    ctx.status('');
  } catch (e) {
    ctx.status(cmd + ' ' + c.id + ': ' + e.message);
  }
  ctx.refresh();
}

/** Cancel is permanent: ask first, in a modal dialog (Escape or "Keep" keeps the campaign). */
function confirmCancel(c) {
  const dialog = document.getElementById('confirm');
  document.getElementById('confirm-text').textContent = 'Cancel "' + (c.name || c.id) + '"? This is permanent: a'
    + ' cancelled campaign can never be started or resumed again. Calls in progress finish; no new calls are made.'
    + ' To stop for a while, pause instead.';
  dialog.returnValue = '';
  dialog.showModal();
  document.getElementById('confirm-keep').focus();
  return new Promise((resolve) => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'cancel'),
    { once: true }));
}

/** One campaign: its card, then outcomes over time and the answer rate by local hour. */
export async function campaign(main, params, ctx) {
  const { campaigns: list } = await api.get('/campaigns');
  const c = list.find((x) => x.id === params.id);
  if (!c) { main.replaceChildren(heading('Campaign'), el('p', { class: 'empty' }, 'No campaign ' + params.id + '.')); return; }
  const bucket = params.bucket === 'hour' ? 'hour' : 'day';
  const by = params.by === 'results' ? 'results' : 'outcomes';
  const path = '/campaigns/' + encodeURIComponent(c.id);
  const [card, tl, hours] = await Promise.all([campaignCard(c, ctx, true),
    api.get(path + '/timeline' + api.query({ bucket, tz: zone() })), api.get(path + '/answer-rate-by-local-hour')]);
  const choose = (key, value, text, current) => link('#/campaigns/' + encodeURIComponent(c.id) + api.query(
    { ...params, id: undefined, [key]: value }), text, current === value ? { 'aria-current': 'true' } : {});
  const timelineCanvas = el('canvas', { id: 'timeline-chart', role: 'img',
    'aria-label': words(by) + ' of finished calls per ' + bucket });
  const hoursCanvas = el('canvas', { id: 'hours-chart', role: 'img', 'aria-label': 'Answer rate by local hour' });
  main.replaceChildren(heading(c.name || c.id), card,
    el('section', { class: 'card' }, el('h3', {}, (by === 'outcomes' ? 'Outcomes' : 'Results') + ' over time'),
      el('p', { class: 'switch' }, choose('by', 'outcomes', 'Outcomes', by), ' · ', choose('by', 'results', 'Results', by),
        ' | ', choose('bucket', 'day', 'Per day (14 days)', bucket), ' · ', choose('bucket', 'hour', 'Per hour (48 h)', bucket),
        el('span', { class: 'muted' }, ' · times in ' + zone())),
      el('div', { class: 'chart' }, timelineCanvas)),
    el('section', { class: 'card' }, el('h3', {}, 'Answer rate by the customer\'s local hour'),
      el('p', { class: 'muted' }, 'When customers pick up, by the hour of THEIR day when the call went out.'),
      el('div', { class: 'chart' }, hoursCanvas), charts.hoursTable(hours.hours)));
  charts.timeline(timelineCanvas, tl, by);
  charts.localHours(hoursCanvas, hours.hours);
}

// ---- live calls ------------------------------------------------------------------------------------------------

/** Live calls, pushed by the server as they change; durations tick every second. */
export async function live(main, params, ctx) {
  const body = el('tbody');
  const empty = el('p', { class: 'empty', id: 'no-live-calls' }, 'No live calls right now.');
  const conn = el('span', { class: 'muted', id: 'live-connection' }, 'connecting…');
  const table = el('table', { id: 'live-calls', class: 'responsive' },
    el('thead', {}, el('tr', {}, ['Customer', 'Campaign', 'State', 'Duration', 'Last said'].map((h) => el('th', {}, h)))),
    body);
  main.replaceChildren(heading('Live calls', conn), empty, table);
  let calls = [];
  const paint = () => {
    empty.hidden = calls.length > 0;
    table.hidden = calls.length === 0;
    body.replaceChildren(...calls.map((c) => el('tr', { class: 'live-call', id: 'live-' + c.id, 'data-state': c.state },
      el('td', { 'data-label': 'Customer' }, who(c.customer)),
      el('td', { 'data-label': 'Campaign' }, c.campaignId),
      el('td', { 'data-label': 'State', class: 'live-state' }, c.state === 'DIALING' ? 'ringing'
        : 'talking' + (c.dialogState ? ' · ' + words(c.dialogState) : '')),
      el('td', { 'data-label': 'Duration', class: 'num' },
        duration(Date.now() - Date.parse(c.answeredAt || c.startedAt))),
      el('td', { 'data-label': 'Last said', class: 'last-said' }, c.lastSaid
        ? [el('span', { class: 'speaker ' + c.lastSaid.speaker }, c.lastSaid.speaker + ': '), c.lastSaid.text] : ''))));
  };
  const ticker = setInterval(paint, 1000);
  ctx.signal.addEventListener('abort', () => clearInterval(ticker));
  api.followLive((list) => { calls = list; paint(); document.body.dataset.liveUpdates = String(
    Number(document.body.dataset.liveUpdates || 0) + 1); },
  (s) => { conn.textContent = s === 'open' ? 'updated live' : 'reconnecting…'; }, ctx.signal).catch(ctx.fail);
  paint();
}

// ---- calls -----------------------------------------------------------------------------------------------------

/** Finished calls with filters, search, paging and CSV export. */
export async function calls(main, params, ctx) {
  const { campaigns: list } = await api.get('/campaigns');
  const filters = { campaign: params.campaign, result: params.result, outcome: params.outcome,
    from: params.from, to: params.to, customer: params.customer, q: params.q };
  const form = filterForm(filters, list);
  const body = el('tbody');
  const more = el('button', { id: 'more-calls', hidden: true }, 'Load more');
  const exportButton = el('button', { id: 'export-calls', type: 'button', onclick: () => exportCsv(filters, ctx) },
    'Export CSV');
  const table = el('table', { id: 'calls', class: 'responsive' },
    el('thead', {}, el('tr', {}, ['Ended', 'Customer', 'Campaign', 'Result', 'Outcome', 'Length']
      .map((h) => el('th', {}, h)))), body);
  const count = el('p', { class: 'muted', id: 'calls-count' });
  main.replaceChildren(heading('Calls', exportButton), form, count, table, more);
  let shown = 0;
  const load = async (cursor) => {
    const page = await api.get('/calls' + api.query({ ...apiFilters(filters), cursor, limit: 50 }));
    body.append(...page.calls.map(callRow));
    shown += page.calls.length;
    count.textContent = shown ? shown + (page.next ? '+ calls' : ' calls') : 'No calls match these filters.';
    more.hidden = !page.next;
    more.onclick = () => load(page.next).catch(ctx.fail);
  };
  await load();
}

function apiFilters(f) {
  return { ...f, from: f.from ? new Date(f.from + 'T00:00:00').toISOString() : undefined,
    to: f.to ? new Date(new Date(f.to + 'T00:00:00').getTime() + 86400000).toISOString() : undefined };
}

function filterForm(f, list) {
  const select = (name, label, options) => el('label', {}, label, el('select', { name, id: 'filter-' + name },
    el('option', { value: '' }, 'any'), options.map(([v, t]) => el('option', { value: v, selected: f[name] === v }, t))));
  const input = (name, label, attrs) => el('label', {}, label, el('input', { name, id: 'filter-' + name,
    value: f[name] || '', ...attrs }));
  const form = el('form', { class: 'filters', role: 'search', id: 'call-filters' },
    input('q', 'Search', { type: 'search', placeholder: 'CRM id or phone', 'aria-label': 'Search by CRM id or phone' }),
    select('campaign', 'Campaign', list.map((c) => [c.id, c.name || c.id])),
    select('result', 'Result', RESULTS.map((r) => [r, words(r.toLowerCase())])),
    input('outcome', 'Outcome', { placeholder: 'e.g. coupon_accepted' }),
    input('from', 'From', { type: 'date' }), input('to', 'To', { type: 'date' }),
    input('customer', 'Customer id', { inputmode: 'numeric', size: 8 }),
    el('button', { type: 'submit' }, 'Filter'),
    el('a', { href: '#/calls', class: 'button-like' }, 'Clear'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const values = Object.fromEntries(new FormData(form).entries());
    location.hash = '#/calls' + api.query(values);
  });
  return form;
}

function callRow(c) {
  const href = '#/calls/' + c.id;
  return el('tr', { id: 'call-' + c.id, class: 'call-row', 'data-href': href },
    el('td', { 'data-label': 'Ended' }, link(href, when(c.endedAt), { class: 'row-link' }),
      c.customer?.timezone ? el('div', { class: 'their-time' }, theirTime(c.endedAt, c.customer.timezone)) : null),
    el('td', { 'data-label': 'Customer' }, who(c.customer)),
    el('td', { 'data-label': 'Campaign' }, c.campaignId),
    el('td', { 'data-label': 'Result' }, words((c.result || '').toLowerCase())),
    el('td', { 'data-label': 'Outcome' }, words(c.outcome) || '–'),
    el('td', { 'data-label': 'Length', class: 'num' }, duration(c.durationMillis)));
}

async function exportCsv(filters, ctx) {
  try {
    const file = await api.blob('/calls/export' + api.query(apiFilters(filters)));
    const a = el('a', { href: URL.createObjectURL(file), download: 'calls.csv' });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 60000);
  } catch (e) {
    ctx.status('export: ' + e.message);
  }
}

// ---- one call --------------------------------------------------------------------------------------------------

const KNOWN_LINE_FIELDS = new Set(['speaker', 'atMillis', 'text', 'state', 'intent', 'confidence', 'keyed']);

/** One call: who, result and outcome, the state path, the transcript, profile changes and the recording. */
export async function call(main, params, ctx) {
  const d = await api.get('/calls/' + encodeURIComponent(params.id));
  const c = d.call;
  const audio = el('audio', { id: 'recording', controls: true, preload: 'auto' });
  main.replaceChildren(heading('Call with ' + (c.customer?.name || 'customer ' + c.customerId)),
    el('section', { class: 'card call-summary' },
      el('dl', { class: 'facts' },
        fact('Customer', who(c.customer)), fact('Campaign', link('#/campaigns/' + encodeURIComponent(c.campaignId), c.campaignId)),
        fact('Ended', timeCell(c.endedAt, c.customer?.timezone)), fact('Length', duration(c.durationMillis)),
        fact('Result', el('span', { id: 'call-result' }, words((c.result || '').toLowerCase()))),
        fact('Outcome', el('strong', { id: 'call-outcome' }, words(c.outcome) || 'none')),
        fact('Attempt', String(c.attemptNo)),
        c.customer ? fact('More', link('#/calls' + api.query({ customer: c.customerId }), 'all calls with this customer')) : null)),
    el('section', { class: 'card' }, el('h3', {}, 'Recording'), d.hasRecording ? audio
      : el('p', { class: 'muted', id: 'no-recording' }, 'This call was not recorded (the campaign\'s voice.record_calls is off).')),
    el('section', { class: 'card' }, el('h3', {}, 'Path through the dialog'),
      d.statePath.length ? el('ol', { class: 'path', id: 'state-path' }, d.statePath.map((s) => el('li', {}, words(s))))
        : el('p', { class: 'muted' }, 'The call never reached the dialog.')),
    el('section', { class: 'card' }, el('h3', {}, 'Transcript'), transcript(d.transcript)),
    el('section', { class: 'card' }, el('h3', {}, 'Changes to the customer\'s profile'), changes(d.profileChanges)));
  if (d.hasRecording) {
    const file = await api.blob('/calls/' + encodeURIComponent(params.id) + '/recording');
    audio.src = URL.createObjectURL(file);
    ctx.signal.addEventListener('abort', () => URL.revokeObjectURL(audio.src));
  }
}

function fact(name, value) { return [el('dt', {}, name), el('dd', {}, value)]; }

function transcript(lines) {
  if (!lines.length) { return el('p', { class: 'muted' }, 'Nothing was said on this call.'); }
  return el('table', { id: 'transcript', class: 'responsive transcript' },
    el('thead', {}, el('tr', {}, ['At', 'Who', 'Said', 'Matched intent', 'Confidence', 'State'].map((h) => el('th', {}, h)))),
    el('tbody', {}, lines.map((t) => el('tr', { class: 'line ' + t.speaker },
      el('td', { 'data-label': 'At', class: 'num' }, duration(t.atMillis)),
      el('td', { 'data-label': 'Who', class: 'speaker' }, t.speaker + (t.keyed ? ' (key)' : '')),
      el('td', { 'data-label': 'Said', class: 'said' }, t.text, extraFields(t)),
      el('td', { 'data-label': 'Matched intent', class: 'intent' }, t.speaker === 'robot' ? ''
        : t.intent ? words(t.intent) : el('span', { class: 'no-match' }, 'no match')),
      el('td', { 'data-label': 'Confidence', class: 'num' }, t.speaker === 'robot' || t.confidence == null ? ''
        : percent(t.confidence * 100, 100)),
      el('td', { 'data-label': 'State', class: 'muted' }, words(t.state))))));
}

/** Fields newer servers add to a line (e.g. a second recognition pass) are shown as they come, not dropped. */
function extraFields(line) {
  const extra = Object.entries(line).filter(([k, v]) => !KNOWN_LINE_FIELDS.has(k) && v !== null && v !== '');
  if (!extra.length) { return null; }
  return el('dl', { class: 'extra' }, extra.map(([k, v]) => [el('dt', {}, words(k.replace(/([A-Z])/g, '_$1').toLowerCase())),
    el('dd', {}, typeof v === 'object' ? JSON.stringify(v) : String(v))]));
}

function changes(list) {
  if (!list.length) { return el('p', { class: 'muted' }, 'This call changed nothing in the profile.'); }
  const text = { tag_added: (c) => 'tag added: ' + c.name, tag_removed: (c) => 'tag removed: ' + c.name,
    field_set: (c) => c.name + ' set to "' + c.value + '"', do_not_call: () => 'put on the do-not-call list',
    callback: (c) => 'call back at ' + when(c.value) };
  return el('ul', { id: 'profile-changes' }, list.map((c) => el('li', { 'data-kind': c.kind },
    (text[c.kind] || ((x) => x.kind + ' ' + (x.name || '') + ' ' + (x.value || '')))(c))));
}

// ---- no-match report -------------------------------------------------------------------------------------------

/** What callers said that matched no intent, per campaign and state, so marketers can add phrases. */
export async function noMatch(main, params, ctx) {
  const { campaigns: list } = await api.get('/campaigns');
  const id = params.campaign || list[0]?.id;
  const picker = el('select', { id: 'no-match-campaign', 'aria-label': 'Campaign',
    onchange: (e) => { location.hash = '#/no-match' + api.query({ campaign: e.target.value }); } },
  list.map((c) => el('option', { value: c.id, selected: c.id === id }, c.name || c.id)));
  if (!id) { main.replaceChildren(heading('No-match report'), el('p', { class: 'empty' }, 'No campaigns.')); return; }
  const { answers } = await api.get('/campaigns/' + encodeURIComponent(id) + '/no-match');
  const byState = new Map();
  answers.forEach((a) => byState.set(a.state || '(no state)', [...(byState.get(a.state || '(no state)') || []), a]));
  main.replaceChildren(heading('What callers said that matched nothing', picker),
    el('p', { class: 'muted' }, 'Answers no intent matched, per dialog state, most frequent first. Add the useful ones'
      + ' as phrases of an intent in the campaign file (dialog.states.<state>.intents or dialog.intents).'),
    answers.length ? el('div', { class: 'cards', id: 'no-match' }, [...byState].map(([state, rows]) =>
      el('section', { class: 'card', 'data-state': state }, el('h3', {}, 'In state ', el('code', {}, state)),
        el('table', { class: 'compact' }, el('thead', {}, el('tr', {}, el('th', {}, 'Caller said'), el('th', {}, 'Times'))),
          el('tbody', {}, rows.map((r) => el('tr', {}, el('td', {}, '“' + r.text + '”'), el('td', { class: 'num' }, r.count))))))))
      : el('p', { class: 'empty' }, 'Every caller answer matched an intent so far.'));
}
