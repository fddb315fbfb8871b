// One visit opened: who (staff only), what, since when, the actions its state allows, and the
// intake answers. Refusals from the server (409 illegal, 422 unknown room) are shown in plain
// words next to the buttons, in an alert region so a screen reader hears them.
import { h, fill } from './dom.js';
import { t } from './i18n.js';
import { request } from './api.js';
import { clockTime, minutesSince } from './format.js';
import { kindLabel, stateLabel, allowedActions, urgentReasonLabel } from './visit-labels.js';
import { renderIntake } from './intake-view.js';

// ctx: { rooms (array or null), roomHints (names seen), form, message (a refusal to show),
//        onChanged(visit), onRefused(message), onClose() }
export function renderVisit(container, visit, ctx) {
  if (!visit) {
    fill(container, h('p', { class: 'empty' }, t('visit.pick')));
    return;
  }
  const error = h('p', { class: 'error', role: 'alert' }, ctx.message || '');
  const title = h('h2', { id: 'visit-title', tabindex: '-1' }, `${t('visit.ticket')} ${visit.ticket}`);
  fill(container,
    h('header', { class: 'visit-head' },
      title,
      visit.urgent ? h('span', { class: 'badge urgent-badge' }, t('urgent')) : null,
      h('span', { class: `badge state-${visit.state}` }, stateLabel(visit.state)),
      h('button', { type: 'button', class: 'link close-visit', onclick: ctx.onClose }, t('visit.close'))),
    facts(visit),
    actions(visit, ctx, error),
    error,
    h('section', { class: 'intake-section', 'aria-labelledby': 'intake-title' },
      h('h3', { id: 'intake-title', class: 'visually-hidden' }, t('intake.title')),
      renderIntake(visit.response, ctx.form)));
}

function facts(v) {
  const rows = [
    v.urgent ? [t('urgentReason.label'), urgentReasonLabel(v)] : null,
    [t('visit.kind'), kindLabel(v)],
    v.greeting_name ? [t('visit.name'), v.greeting_name] : null,
    v.practitioner ? [t('visit.practitioner'), v.practitioner] : null,
    v.appointment_start ? [t('visit.appointment'), clockTime(v.appointment_start)] : null,
    [t('visit.service'), v.service || '—'],
    [t('visit.arrived'), `${clockTime(v.arrived_at)} (${t('minutes', { n: minutesSince(v.arrived_at) })})`],
    v.room ? [t('visit.room'), v.room] : null,
    [t('visit.language'), v.language === 'es' ? 'Español' : 'English'],
    [t('visit.kiosk'), v.kiosk],
  ].filter(Boolean);
  return h('dl', { class: 'facts' },
    rows.map(([k, val]) => h('div', {}, h('dt', {}, k), h('dd', {}, val))),
    v.unmatched_claim ? h('p', { class: 'note' }, t('claim.explain')) : null);
}

function actions(visit, ctx, error) {
  const allowed = allowedActions(visit.state);
  const run = async (verb, body, button) => {
    error.textContent = '';
    button.disabled = true;
    try {
      const updated = await request('POST', `/api/v1/tickets/${encodeURIComponent(visit.ticket)}/${verb}`, body);
      ctx.onChanged(updated);
    } catch (e) {
      button.disabled = false;
      // The app re-reads the queue (the visit may have moved on) and re-renders with the message.
      if (e.status !== 401) ctx.onRefused(actionError(e));
    }
  };
  const bar = h('div', { class: 'actions', role: 'group', 'aria-label': t('visit.actions') });
  if (allowed.includes('call')) bar.append(callForm(visit, ctx, run));
  const simple = [['start', 'primary'], ['complete', 'primary'], ['no-show', 'quiet'], ['requeue', 'quiet']];
  for (const [verb, style] of simple) {
    if (!allowed.includes(verb)) continue;
    const button = h('button', { type: 'button', class: style, dataset: { action: verb } }, t(`action.${verb}`));
    button.addEventListener('click', () => run(verb, {}, button));
    bar.append(button);
  }
  if (allowed.length === 0) bar.append(h('p', { class: 'muted' }, t('visit.noActions')));
  return bar;
}

// The room the chooser starts on: the visit's own room when it is already called, else the
// first free room (never a room someone else is in); null when every room has a visit.
export function defaultRoom(rooms, visit) {
  const own = rooms.find((r) => r.ticket === visit.ticket);
  if (own) return own.name;
  const free = rooms.find((r) => !r.ticket);
  return free ? free.name : null;
}

// One option per room. A room another visit is in says so in words and cannot be chosen: the
// server allows one visit per room.
function roomOption(room, visit, chosen) {
  const own = room.ticket === visit.ticket;
  const taken = Boolean(room.ticket) && !own;
  const state = taken ? t('room.occupied', { ticket: room.ticket })
    : own ? t('room.thisVisit') : t('room.free');
  return h('option', { value: room.name, selected: room.name === chosen, disabled: taken,
                       dataset: { occupied: taken ? 'true' : 'false' } }, `${room.name} — ${state}`);
}

// Choose a room and call: a list when the server names its rooms, else a field with hints.
function callForm(visit, ctx, run) {
  const id = 'call-room';
  let field;
  let full = false;
  if (ctx.rooms) {
    const chosen = defaultRoom(ctx.rooms, visit);
    full = chosen === null;
    field = h('select', { id, name: 'room', required: true },
      full ? h('option', { value: '', selected: true, disabled: true }, t('room.noneFree')) : null,
      ctx.rooms.map((r) => roomOption(r, visit, chosen)));
  } else {
    field = h('input', { id, name: 'room', required: true, list: 'room-hints', autocomplete: 'off',
                         value: visit.room || ctx.roomHints[0] || '', placeholder: t('room.placeholder') });
  }
  const button = h('button', { type: 'submit', class: 'primary', dataset: { action: 'call' }, disabled: full },
    visit.state === 'called' ? t('action.recall') : t('action.call'));
  return h('form', { class: 'call-form', onsubmit: (event) => {
    event.preventDefault();
    const room = field.value.trim();
    if (room) run('call', { room }, button);
  } },
  h('label', { for: id }, t('visit.room')), field,
  ctx.rooms ? null : h('datalist', { id: 'room-hints' }, ctx.roomHints.map((r) => h('option', { value: r }))),
  button,
  full ? h('p', { class: 'muted small room-note' }, t('room.allBusy')) : null);
}

export function actionError(e) {
  if (e.status === 409 && e.code === 'room_occupied') return t('error.roomOccupied');
  if (e.status === 409) return t('error.illegal');
  if (e.status === 422 && e.code === 'unknown_room') return t('error.unknownRoom');
  if (e.status === 404) return t('error.noTicket');
  if (e.status === 0) return t('error.network');
  return `${t('error.generic')} (${e.status}: ${e.message})`;
}
