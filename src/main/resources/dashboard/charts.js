// Charts: the funnel as HTML bars (each stage's definition on hover and on keyboard focus), and Chart.js
// (vendored, window.Chart) for outcomes over time and the answer rate by the customer's local hour.
import { el, percent, words } from './format.js';

const PALETTE = ['#2563eb', '#16a34a', '#dc2626', '#d97706', '#7c3aed', '#0891b2', '#db2777', '#65a30d',
  '#475569', '#ea580c', '#0d9488', '#9333ea'];

/** The funnel: one row per stage with its count, its share of the first stage and its definition as a tooltip. */
export function funnel(id, counts, stages) {
  const top = Math.max(1, counts[stages[0].key] || 0);
  return el('div', { class: 'funnel', id: 'funnel-' + id, role: 'list', 'aria-label': 'Funnel' },
    stages.map((s, i) => {
      const n = counts[s.key] ?? 0;
      const tip = 'tip-' + id + '-' + s.key;
      return el('div', { class: 'stage', role: 'listitem', 'data-stage': s.key, tabindex: '0', 'aria-describedby': tip },
        el('span', { class: 'stage-label' }, s.label),
        el('span', { class: 'bar-track' }, el('span', { class: 'bar bar-' + i, style: 'width:' + (100 * n) / top + '%' })),
        el('span', { class: 'stage-count', 'data-count': n }, String(n)),
        el('span', { class: 'stage-share' }, i === 0 ? '' : percent(n, top)),
        el('span', { class: 'tip', role: 'tooltip', id: tip }, s.definition));
    }));
}

function colors(i) { return PALETTE[i % PALETTE.length]; }

/** Replaces any chart on the canvas and draws a new one. */
function draw(canvas, config) {
  window.Chart.getChart(canvas)?.destroy();
  return new window.Chart(canvas, config);
}

/** Stacked bars: calls per bucket by outcome (or by result). */
export function timeline(canvas, data, by) {
  const names = [...new Set(data.buckets.flatMap((b) => Object.keys(b[by])))].sort();
  const label = (iso) => new Intl.DateTimeFormat(undefined, data.bucket === 'day'
    ? { month: 'short', day: 'numeric', timeZone: data.timezone }
    : { weekday: 'short', hour: '2-digit', minute: '2-digit', timeZone: data.timezone }).format(new Date(iso));
  return draw(canvas, {
    type: 'bar',
    data: {
      labels: data.buckets.map((b) => label(b.start)),
      datasets: names.map((n, i) => ({ label: words(n), data: data.buckets.map((b) => b[by][n] || 0),
        backgroundColor: colors(i) })),
    },
    options: { responsive: true, maintainAspectRatio: false, animation: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: 'bottom' } } },
  });
}

/** Bars of calls dialed per local hour, and the answer rate (person or machine) as a line on a 0-100% axis. */
export function localHours(canvas, hours) {
  return draw(canvas, {
    data: {
      labels: hours.map((h) => String(h.hour).padStart(2, '0') + ':00'),
      datasets: [
        { type: 'line', label: 'answer rate %', yAxisID: 'rate', borderColor: '#16a34a', backgroundColor: '#16a34a',
          data: hours.map((h) => (h.dialed ? Math.round((100 * h.answered) / h.dialed) : null)), spanGaps: true },
        { type: 'bar', label: 'calls dialed', yAxisID: 'calls', backgroundColor: '#93c5fd',
          data: hours.map((h) => h.dialed) },
      ],
    },
    options: { responsive: true, maintainAspectRatio: false, animation: false,
      scales: { calls: { position: 'left', beginAtZero: true, ticks: { precision: 0 } },
        rate: { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false } } },
      plugins: { legend: { position: 'bottom' } } },
  });
}

/** The same numbers as a table, for screen readers and for reading exact values. */
export function hoursTable(hours) {
  return el('table', { class: 'compact sr-only' }, el('caption', {}, 'Answer rate by the customer\'s local hour'),
    el('thead', {}, el('tr', {}, el('th', {}, 'Hour'), el('th', {}, 'Dialed'), el('th', {}, 'Answered'),
      el('th', {}, 'Rate'))),
    el('tbody', {}, hours.filter((h) => h.dialed).map((h) => el('tr', {}, el('td', {}, h.hour + ':00'),
      el('td', {}, h.dialed), el('td', {}, h.answered), el('td', {}, percent(h.answered, h.dialed))))));
}
