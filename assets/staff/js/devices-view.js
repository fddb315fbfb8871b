// Every kiosk and lobby screen with its last heartbeat: version, outbox depth (check-ins it
// holds but has not delivered) and how old the oldest is. A device silent for two minutes is
// shown first and marked, because a kiosk that cannot reach the server is a person waiting
// unseen.
import { h, fill } from './dom.js';
import { t } from './i18n.js';
import { clockTime, secondsSince, duration } from './format.js';

export const STALE_SECONDS = 120;

export function isStale(device, now = Date.now()) {
  if (device.role === 'staff') return false;  // staff tokens do not send heartbeats
  return !device.last_seen || secondsSince(device.last_seen, now) >= STALE_SECONDS;
}

export function renderDevices(container, summary, devices, now = Date.now()) {
  const stale = devices.filter((d) => isStale(d, now));
  summary.textContent = stale.length ? t('devices.staleCount', { n: stale.length }) : t('devices.allWell');
  summary.className = stale.length ? 'summary attention' : 'summary';
  if (devices.length === 0) {
    fill(container, h('p', { class: 'empty' }, t('devices.none')));
    return;
  }
  const ordered = [...devices].sort((a, b) => (isStale(b, now) - isStale(a, now)) || a.name.localeCompare(b.name));
  fill(container, h('table', { class: 'devices-table' },
    h('thead', {}, h('tr', {}, ['devices.name', 'devices.role', 'devices.lastSeen', 'devices.version',
      'devices.outbox', 'devices.oldest', 'devices.held'].map((k) => h('th', { scope: 'col' }, t(k))))),
    h('tbody', {}, ordered.map((d) => row(d, now)))));
}

function row(d, now) {
  const stale = isStale(d, now);
  const seen = d.last_seen
    ? `${clockTime(d.last_seen)} (${t('ago', { d: duration(secondsSince(d.last_seen, now)) })})`
    : t('devices.never');
  return h('tr', { class: stale ? 'stale' : '', dataset: { device: d.name } },
    h('th', { scope: 'row' }, d.name, stale ? h('span', { class: 'badge stale-badge' }, t('devices.silent')) : null),
    h('td', {}, t(`role.${d.role}`), d.ticket_prefix ? ` (${d.ticket_prefix})` : ''),
    h('td', {}, seen),
    h('td', {}, d.version || '—'),
    h('td', { class: d.outbox_depth > 0 ? 'num attention-text' : 'num' }, String(d.outbox_depth)),
    h('td', {}, d.oldest_undelivered_seconds == null ? '—' : duration(d.oldest_undelivered_seconds)),
    h('td', { class: d.held_items > 0 ? 'num attention-text' : 'num' }, String(d.held_items)));
}
