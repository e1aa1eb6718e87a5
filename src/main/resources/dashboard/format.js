// Formatting for people: times in the viewer's zone (with the customer's local time alongside), durations,
// schedules and calling windows in words, and a tiny DOM builder.

/** Builds an element: attributes (on* = listeners), then children (nodes or text). */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) { continue; }
    if (k.startsWith('on')) { e.addEventListener(k.slice(2), v); } else { e.setAttribute(k, v === true ? '' : v); }
  }
  for (const c of children.flat(Infinity)) {
    if (c !== undefined && c !== null) { e.append(c instanceof Node ? c : document.createTextNode(String(c))); }
  }
  return e;
}

const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The viewer's timezone (the browser's). */
export function zone() { return viewerZone; }

/** "Dec 3, 2026, 7:05 PM UTC" in the viewer's zone, with its zone name. */
export function when(iso) {
  if (!iso) { return ''; }
  // (dateStyle / timeStyle cannot be combined with timeZoneName)
  return new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric',
    minute: '2-digit', timeZoneName: 'short' }).format(new Date(iso));
}

/** "2:05 PM" at the customer's, with the zone, e.g. "2:05 PM EST (their time)"; '' when unknown. */
export function theirTime(iso, timezone) {
  if (!iso || !timezone) { return ''; }
  try {
    return new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', timeZone: timezone,
      timeZoneName: 'short' }).format(new Date(iso)) + ' their time';
  } catch (e) {
    return '';
  }
}

/** A time element: the viewer's time, and the customer's local time alongside when their zone is known. */
export function timeCell(iso, timezone) {
  const local = theirTime(iso, timezone);
  return el('span', { class: 'time' }, el('time', { datetime: iso || '' }, when(iso)),
    local ? el('span', { class: 'their-time' }, ' · ' + local) : null);
}

/** "edited Dec 1, 2026, 9:30 AM (v3)". */
export function version(c) {
  if (!c.versionNo) { return 'version ' + (c.version || '').slice(0, 12); }
  return (c.editedAt ? 'edited ' + when(c.editedAt) + ' ' : '') + '(v' + c.versionNo + ')';
}

/** 75000 ms -> "1:15"; 3725000 -> "1:02:05". */
export function duration(ms) {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n) => String(n).padStart(2, '0');
  return h ? h + ':' + pad(m) + ':' + pad(s % 60) : m + ':' + pad(s % 60);
}

const KINDS = { marketing: 'Marketing', service_notice: 'Service notice', re_engagement: 'Re-engagement' };

export function kind(k) { return KINDS[k] || k || ''; }

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAY_NAMES = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday',
  sat: 'Saturday', sun: 'Sunday' };

/** ["mon".."fri"] -> "Monday to Friday"; all seven -> "every day"; others listed. */
export function weekdays(days) {
  const idx = days.map((d) => DAYS.indexOf(d)).filter((i) => i >= 0).sort((a, b) => a - b);
  if (idx.length === 7) { return 'every day'; }
  const contiguous = idx.length > 2 && idx.every((v, i) => i === 0 || v === idx[i - 1] + 1);
  if (contiguous) { return DAY_NAMES[DAYS[idx[0]]] + ' to ' + DAY_NAMES[DAYS[idx[idx.length - 1]]]; }
  return idx.map((i) => DAY_NAMES[DAYS[i]]).join(', ');
}

/** The release schedule in words: "Every 5 minutes, between 08:00 and 20:59 (Asia/Shanghai), from Nov 30, 2026". */
export function schedule(s) {
  if (!s) { return ''; }
  let words = s.cron;
  try {
    words = window.cronstrue.toString(s.cron, { use24HourTimeFormat: true, verbose: false });
  } catch (e) {
    words = 'cron ' + s.cron;
  }
  const dates = s.end ? ', ' + day(s.start) + ' to ' + day(s.end) : s.start ? ', from ' + day(s.start) : '';
  return 'Calls released ' + words.charAt(0).toLowerCase() + words.slice(1) + ' (' + s.timezone + ' time)' + dates;
}

/** The calling window in words: "Customers are called 09:00–20:30 their local time, Monday to Friday". */
export function callingWindow(s) {
  if (!s) { return ''; }
  const blackout = s.blackout?.length ? '; never on ' + s.blackout.map(day).join(', ') : '';
  return 'Customers are called ' + s.windowFrom + '–' + s.windowTo + ' their local time, ' + weekdays(s.weekdays)
    + blackout;
}

function day(isoDate) {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' })
    .format(new Date(isoDate + 'T00:00:00Z'));
}

/** "coupon_accepted" -> "coupon accepted". */
export function words(name) { return name ? String(name).replace(/_/g, ' ') : ''; }

export function percent(a, b) { return b ? Math.round((100 * a) / b) + '%' : '–'; }
