// The staff console: wires the session, the live queue, the visit panel, appointments and
// devices together. State lives here and flows one way: server -> state -> render.
import { byId, show } from './dom.js';
import { t, setLang, lang, applyStaticTexts } from './i18n.js';
import { request, setUnauthorizedHandler, isMissingEndpoint } from './api.js';
import { QueueFeed } from './queue-feed.js';
import { Session } from './session.js';
import { renderWaiting, renderRooms, renderFinished, tickWaitTimes, waitingOrder } from './queue-view.js';
import { renderVisit, actionError } from './visit-panel.js';
import { AppointmentsView } from './appointments-view.js';
import { renderDevices, isStale } from './devices-view.js';
import { chime, notify, askNotificationPermission, notificationPermission } from './alerts.js';
import { setupTabs } from './tabs.js';
import { rememberRoom, roomHints } from './room-memory.js';

const DEVICE_REFRESH_MS = 15000;
const TICK_MS = 15000;

const state = {
  visits: [],
  rooms: null,          // [{name, ticket, state, since}] when the server lists rooms
  roomsEndpoint: true,  // false once the server says it has no rooms endpoint
  selected: null,       // ticket shown in the visit panel
  shownVisitKey: '',    // what the panel shows now, to avoid re-rendering under the cursor
  panelMessage: '',     // the server's last refusal of an action on the open visit
  form: null,           // the intake Questionnaire, when staff may read it
  known: null,          // tickets already seen; null until the first load after sign-in
  devices: [],
  deviceTimer: null,
  localWrites: 0,       // bumped by each action's answer, so an older list cannot undo it
};

const feed = new QueueFeed({ onVersion: refreshVisits, onStatus: setLive });
const session = new Session({ onSignedIn, onSignedOut });
const appointments = new AppointmentsView({ onChanged: upsertVisit });
setUnauthorizedHandler(() => session.expired());

function onSignedIn() {
  state.known = null;
  feed.start();
  loadForm();
  loadDevices();
  appointments.load();
  clearInterval(state.deviceTimer);
  state.deviceTimer = setInterval(loadDevices, DEVICE_REFRESH_MS);
}

function onSignedOut({ keep }) {
  feed.stop();
  clearInterval(state.deviceTimer);
  setLive('offline');
  if (!keep) forget();
}

// Signed out on purpose (or idle): nothing about anyone stays on this screen or in memory.
function forget() {
  Object.assign(state, { visits: [], rooms: null, selected: null, devices: [], known: null, panelMessage: '' });
  byId('call-next-status').textContent = '';
  for (const form of document.querySelectorAll('#app form')) form.reset();
  appointments.clear();
  renderQueue();
  renderDevicesNow();
}

// --- The queue --------------------------------------------------------------------------------

async function refreshVisits() {
  const writes = state.localWrites;
  const data = await request('GET', '/api/v1/checkins');
  await loadRooms();
  // An action answered while this list was in flight: the list may predate it. The action also
  // moved the queue version, so the feed is already fetching a newer list.
  if (writes !== state.localWrites) return;
  announceArrivals(data.checkins);
  state.visits = data.checkins;
  renderQueue();
}

async function loadRooms() {
  if (!state.roomsEndpoint) return;
  try {
    state.rooms = (await request('GET', '/api/v1/rooms')).rooms;
  } catch (e) {
    if (!isMissingEndpoint(e)) throw e;
    state.roomsEndpoint = false;  // an older server: rooms are inferred from the visits
    state.rooms = null;
  }
}

// New waiting visits are announced to screen readers; urgent ones also chime and notify.
// Nothing is announced for the visits already there when the desk signs in.
function announceArrivals(visits) {
  const first = state.known === null;
  const known = state.known || new Set();
  for (const v of visits) {
    if (known.has(v.ticket)) continue;
    known.add(v.ticket);
    if (first || v.state !== 'waiting') continue;
    if (v.urgent) {
      byId('announce-urgent').textContent = t('announce.urgent', { ticket: v.ticket });
      chime();
      notify(t('notify.urgent', { ticket: v.ticket }), v.ticket);  // ticket code only, never a name
    } else {
      byId('announce').textContent = t('announce.arrival', { ticket: v.ticket });
    }
  }
  state.known = known;
}

function renderQueue() {
  const open = (ticket) => openVisit(ticket);
  renderWaiting(byId('waiting'), state.visits, { selected: state.selected, onOpen: open });
  renderRooms(byId('rooms'), state.rooms, state.visits, { onOpen: open });
  renderFinished(byId('finished'), byId('finished-count'), state.visits, { onOpen: open });
  appointments.setVisits(state.visits);
  const waiting = waitingOrder(state.visits).length;
  byId('waiting-count').textContent = String(waiting);
  document.title = `${waiting ? `(${waiting}) ` : ''}${t('title')}`;
  renderPanel(false);
}

// The configured rooms with who is in each as this page knows it now: an action's answer
// updates the visits at once, before the rooms list is read again.
function roomsNow() {
  if (!state.rooms) return null;
  return state.rooms.map((r) => {
    const v = state.visits.find((x) => (x.state === 'called' || x.state === 'in_session') && x.room === r.name);
    return { ...r, ticket: v ? v.ticket : null };
  });
}

// "Call next": the server picks whoever is first in line and the first free room.
async function callNext() {
  const button = byId('call-next');
  const status = byId('call-next-status');
  button.disabled = true;
  status.textContent = '';
  delete status.dataset.kind;
  try {
    const visit = await request('POST', '/api/v1/queue/call-next', {});
    upsertVisit(visit);
    status.textContent = t('callNext.done', { ticket: visit.ticket, room: visit.room });
  } catch (e) {
    if (e.status === 401) return;
    status.dataset.kind = 'refused';
    status.textContent = callNextError(e);
    refreshVisits().catch(() => {});
  } finally {
    button.disabled = false;
  }
}

function callNextError(e) {
  if (e.code === 'nobody_waiting') return t('callNext.nobody');
  if (e.code === 'no_free_room') return t('callNext.noRoom');
  if (isMissingEndpoint(e)) return t('callNext.unavailable');
  return actionError(e);
}

function upsertVisit(visit) {
  if (!visit) return;
  state.localWrites += 1;
  if (visit.room) rememberRoom(visit.room);
  const i = state.visits.findIndex((v) => v.ticket === visit.ticket);
  if (i >= 0) state.visits[i] = visit; else state.visits.push(visit);
  renderQueue();
}

// --- The visit panel ------------------------------------------------------------------------

function openVisit(ticket) {
  state.selected = ticket;
  state.panelMessage = '';
  renderQueue();
  renderPanel(true);
  const title = document.getElementById('visit-title');
  if (title) { title.focus(); title.scrollIntoView({ block: 'nearest' }); }
}

function renderPanel(force) {
  const visit = state.visits.find((v) => v.ticket === state.selected) || null;
  const rooms = roomsNow();
  const key = JSON.stringify([visit, rooms, lang(), Boolean(state.form), state.panelMessage]);
  if (!force && key === state.shownVisitKey) return;
  state.shownVisitKey = key;
  const panel = byId('visit');
  const hadFocus = panel.contains(document.activeElement);
  renderVisit(panel, visit, {
    rooms,
    roomHints: roomHints(state.visits),
    form: state.form,
    message: state.panelMessage,
    onChanged: (v) => { state.panelMessage = ''; upsertVisit(v); },
    onRefused: (message) => { state.panelMessage = message; refreshVisits().catch(() => renderPanel(true)); },
    onClose: () => { state.selected = null; renderQueue(); byId('waiting').querySelector('button')?.focus(); },
  });
  if (hadFocus) document.getElementById('visit-title')?.focus();
}

async function loadForm() {
  try {
    // Quiet on 401: today's server answers 401 to a session on this device-only route, which
    // must not sign the desk out.
    state.form = await request('GET', '/api/v1/forms/intake', undefined, { quietUnauthorized: true });
  } catch {
    state.form = null;  // staff may not read forms on this server: answers show their own text
  }
  renderPanel(true);
}

// --- Devices --------------------------------------------------------------------------------

async function loadDevices() {
  try {
    state.devices = (await request('GET', '/api/v1/devices')).devices;
  } catch {
    return;  // 401 is handled by the session; a network blip is retried on the next tick
  }
  renderDevicesNow();
}

function renderDevicesNow() {
  renderDevices(byId('devices'), byId('devices-summary'), state.devices);
  const stale = state.devices.filter((d) => isStale(d)).length;
  const badge = byId('devices-alert');
  badge.textContent = String(stale);
  show(badge, stale > 0);
}

// --- Header -------------------------------------------------------------------------------------

function setLive(status) {
  const el = byId('live-status');
  el.dataset.status = status;
  el.textContent = t(`live.${status}`);
}

function updateAlertsButton() {
  const permission = notificationPermission();
  byId('alerts-button').textContent = t(`alerts.${permission}`);
}

function rerenderAll() {
  applyStaticTexts(document);
  setLive(byId('live-status').dataset.status || 'offline');
  updateAlertsButton();
  renderQueue();
  renderPanel(true);
  appointments.render();
  renderDevicesNow();
}

function setupHeader() {
  const select = byId('lang');
  select.value = lang();
  select.addEventListener('change', () => { setLang(select.value); rerenderAll(); });
  byId('alerts-button').addEventListener('click', async () => {
    await askNotificationPermission();
    updateAlertsButton();
  });
  byId('signout-button').addEventListener('click', () => session.signOut());
  byId('call-next').addEventListener('click', callNext);
}

setupTabs(document.querySelector('[role=tablist]'), (panel) => {
  if (!session.user) return;
  if (panel === 'panel-appointments') appointments.load();
  if (panel === 'panel-devices') loadDevices();
});
setupHeader();
rerenderAll();
setInterval(() => tickWaitTimes(), TICK_MS);
setInterval(() => renderDevicesNow(), TICK_MS);  // "last seen" ages without a new fetch
session.resume();
