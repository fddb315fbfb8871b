// The live queue: who is waiting (urgent first, then the server's order), who is in which
// room, and who has finished today. Rows open the visit panel; minutes waited tick on their own
// (see tickWaitTimes) so the list never needs a reload.
import { h, fill } from './dom.js';
import { t } from './i18n.js';
import { clockTime, minutesSince } from './format.js';
import { kindLabel, stateLabel, urgentReasonLabel } from './visit-labels.js';

// Urgent first, then the server's queue position, then arrival.
export function waitingOrder(visits) {
  return visits
    .filter((v) => v.state === 'waiting')
    .sort((a, b) => (b.urgent - a.urgent) ||
      ((a.position ?? 1e9) - (b.position ?? 1e9)) ||
      a.arrived_at.localeCompare(b.arrived_at));
}

export function renderWaiting(container, visits, { selected, onOpen }) {
  const waiting = waitingOrder(visits);
  if (waiting.length === 0) {
    fill(container, h('p', { class: 'empty' }, t('queue.empty')));
    return;
  }
  const head = h('thead', {}, h('tr', {},
    ['queue.ticket', 'queue.kind', 'queue.service', 'queue.arrived', 'queue.waited']
      .map((k) => h('th', { scope: 'col' }, t(k)))));
  const rows = waiting.map((v) => h('tr', {
    class: [v.urgent ? 'urgent' : '', v.ticket === selected ? 'selected' : ''].join(' ').trim(),
    dataset: { ticket: v.ticket },
  },
  h('th', { scope: 'row' },
    h('button', { type: 'button', class: 'ticket-button', 'aria-label': openLabel(v),
                  onclick: () => onOpen(v.ticket) }, v.ticket),
    v.urgent ? h('span', { class: 'badge urgent-badge' }, t('urgent')) : null,
    v.urgent ? h('span', { class: 'urgent-reason' }, urgentReasonLabel(v)) : null),
  h('td', {}, kindCell(v)),
  h('td', {}, v.service || '—'),
  h('td', {}, clockTime(v.arrived_at)),
  h('td', { class: 'waited', dataset: { since: v.arrived_at } }, waitedText(v.arrived_at))));
  fill(container, h('table', { class: 'queue-table' },
    h('caption', { class: 'visually-hidden' }, t('queue.waiting')), head, h('tbody', {}, rows)));
}

function openLabel(v) {
  return `${t('queue.open')} ${v.ticket}${v.urgent ? ', ' + t('urgent') : ''}`;
}

function kindCell(v) {
  if (v.kind !== 'appointment') return kindLabel(v);
  const who = v.greeting_name ? ` · ${v.greeting_name}` : '';
  const when = v.appointment_start ? ` · ${clockTime(v.appointment_start)}` : '';
  const claim = v.unmatched_claim ? h('span', { class: 'badge' }, t('claim.unmatched')) : null;
  return [kindLabel(v) + who + when, ' ', claim];
}

function waitedText(since) {
  return t('minutes', { n: minutesSince(since) });
}

// Rooms with who is in each: from the rooms endpoint when the server has it, otherwise from
// the visits that are called or in session (rooms nobody is in are then unknown).
export function renderRooms(container, rooms, visits, { onOpen }) {
  const inRoom = visits.filter((v) => v.state === 'called' || v.state === 'in_session');
  const names = rooms ? rooms.map((r) => r.name)
    : [...new Set(inRoom.map((v) => v.room).filter(Boolean))].sort();
  const cards = names.map((name) => {
    const visit = inRoom.find((v) => v.room === name);
    return h('li', { class: visit ? `room ${visit.state}` : 'room free', dataset: { room: name } },
      h('span', { class: 'room-name' }, name),
      visit
        ? h('button', { type: 'button', class: 'ticket-button', onclick: () => onOpen(visit.ticket) },
            visit.ticket)
        : h('span', { class: 'muted' }, t('room.free')),
      visit ? h('span', { class: 'room-state' }, stateLabel(visit.state), ' · ',
                h('span', { dataset: { since: visit.state_since } }, waitedText(visit.state_since)))
        : null);
  });
  fill(container, cards.length ? h('ul', { class: 'rooms' }, cards)
    : h('p', { class: 'empty' }, t('room.none')));
}

// Done and no-show visits today, most recent first: a no-show can be put back in line.
export function renderFinished(container, countEl, visits, { onOpen }) {
  const finished = visits.filter((v) => v.state === 'done' || v.state === 'no_show')
    .sort((a, b) => b.state_since.localeCompare(a.state_since));
  countEl.textContent = String(finished.length);
  fill(container, finished.length === 0 ? h('p', { class: 'empty' }, t('finished.none'))
    : h('ul', { class: 'finished' }, finished.map((v) => h('li', {},
        h('button', { type: 'button', class: 'ticket-button', onclick: () => onOpen(v.ticket) }, v.ticket),
        ' ', stateLabel(v.state), ' · ', clockTime(v.state_since)))));
}

// Re-renders every "N min" cell; cheap, so the app runs it every 15 s.
export function tickWaitTimes(root = document) {
  for (const el of root.querySelectorAll('[data-since]')) {
    const text = waitedText(el.dataset.since);
    if (el.textContent !== text) el.textContent = text;
  }
}
