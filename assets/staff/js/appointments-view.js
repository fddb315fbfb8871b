// Today's appointments (or another day's): the list with who has arrived, a form to add one,
// a CSV import, and the offline check-ins whose appointment could not be matched automatically.
// Import and manual matching need endpoints the server may not have yet; without them those
// parts say "not available" and the rest of the page works.
import { h, fill, byId } from './dom.js';
import { t } from './i18n.js';
import { request, isMissingEndpoint } from './api.js';
import { clockTime, localDateISO, localDateTimeToISO } from './format.js';

export class AppointmentsView {
  constructor({ onChanged }) {
    this.onChanged = onChanged;  // e.g. refresh the queue after a manual match
    this.appointments = [];
    this.visits = [];
    this.date = byId('appt-date');
    this.date.value = localDateISO();
    this.date.addEventListener('change', () => this.load());
    byId('appt-form').addEventListener('submit', (e) => this.add(e));
    byId('import-form').addEventListener('submit', (e) => this.importCsv(e));
  }

  async load() {
    const status = byId('appt-status');
    try {
      const data = await request('GET', `/api/v1/appointments?date=${encodeURIComponent(this.date.value)}`);
      this.appointments = data.appointments.sort((a, b) => a.start.localeCompare(b.start));
      status.textContent = '';
    } catch (e) {
      if (e.status !== 401) status.textContent = `${t('error.generic')} (${e.message})`;
    }
    this.render();
  }

  clear() {
    this.appointments = [];
    this.visits = [];
    this.arrivals = undefined;
    this.date.value = localDateISO();
    this.render();
  }

  // The queue's visits, for the unmatched offline claims.
  // A new appointment arrival re-reads the list, so "arrived" follows the queue live.
  setVisits(visits) {
    this.visits = visits;
    const arrivals = visits.filter((v) => v.appointment_id).map((v) => v.ticket).join(',');
    if (this.arrivals !== undefined && arrivals !== this.arrivals) this.load();
    this.arrivals = arrivals;
    this.renderClaims();
  }

  render() {
    this.renderList();
    this.renderClaims();
  }

  renderList() {
    const container = byId('appt-list');
    if (this.appointments.length === 0) {
      fill(container, h('p', { class: 'empty' }, t('appt.none')));
      return;
    }
    const arrived = this.appointments.filter((a) => a.ticket).length;
    fill(container,
      h('p', { class: 'muted' }, t('appt.arrivedCount', { n: arrived, total: this.appointments.length })),
      h('table', { class: 'appt-table' },
        h('thead', {}, h('tr', {}, ['appt.time', 'appt.name', 'appt.birth', 'appt.practitioner',
          'appt.service', 'appt.arrived'].map((k) => h('th', { scope: 'col' }, t(k))))),
        h('tbody', {}, this.appointments.map((a) => h('tr', { class: a.ticket ? 'arrived' : '' },
          h('td', {}, clockTime(a.start)),
          h('th', { scope: 'row' }, `${a.first_name} ${a.last_name}`),
          h('td', {}, a.birth_date),
          h('td', {}, a.practitioner),
          h('td', {}, a.service),
          h('td', {}, a.ticket ? h('span', { class: 'badge arrived-badge' }, a.ticket) : '—'))))));
  }

  async add(event) {
    event.preventDefault();
    const form = event.target;
    const status = byId('appt-form-status');
    const f = Object.fromEntries(new FormData(form).entries());
    const start = localDateTimeToISO(this.date.value, f.time);
    if (!start) { status.textContent = t('appt.badTime'); return; }
    const body = { first_name: f.first_name.trim(), last_name: f.last_name.trim(),
                   birth_date: f.birth_date, start, practitioner: f.practitioner.trim(),
                   service: f.service.trim() };
    clearInvalid(form);
    try {
      await request('POST', '/api/v1/appointments', body);
      form.reset();
      status.textContent = t('appt.added');
      await this.load();
    } catch (e) {
      if (e.status === 401) return;
      markInvalid(form, e.field === 'start' ? 'time' : e.field);
      status.textContent = `${t('appt.refused')} ${e.message}`;
    }
  }

  async importCsv(event) {
    event.preventDefault();
    const status = byId('import-status');
    const file = byId('import-file').files[0];
    if (!file) { status.textContent = t('import.pick'); return; }
    try {
      const result = await request('POST', '/api/v1/appointments/import', { csv: await file.text() });
      status.textContent = t('import.done', { n: result.added });
      await this.load();
    } catch (e) {
      if (e.status === 401) return;
      status.textContent = isMissingEndpoint(e) ? t('import.unavailable') : `${t('import.refused')} ${e.message}`;
    }
  }

  renderClaims() {
    const container = byId('claims');
    const claims = this.visits.filter((v) => v.unmatched_claim && v.state !== 'done');
    byId('claims-count').textContent = String(claims.length);
    if (claims.length === 0) {
      fill(container, h('p', { class: 'empty' }, t('claim.none')));
      return;
    }
    const open = this.appointments.filter((a) => !a.ticket);
    fill(container, h('ul', { class: 'claims' }, claims.map((v) => this.claimRow(v, open))));
  }

  claimRow(visit, open) {
    const id = `match-${visit.ticket}`;
    const select = h('select', { id },
      h('option', { value: '' }, t('claim.choose')),
      open.map((a) => h('option', { value: a.id },
        `${clockTime(a.start)} · ${a.first_name} ${a.last_name} · ${a.birth_date}`)));
    const note = h('span', { class: 'status', role: 'status' });
    const button = h('button', { type: 'submit' }, t('claim.match'));
    const claim = visit.claim ? ` · ${visit.claim.birth_date}${visit.claim.first_initial ? ' ' + visit.claim.first_initial + '.' : ''}` : '';
    return h('li', {}, h('form', { class: 'claim-form', onsubmit: async (e) => {
      e.preventDefault();
      if (!select.value) { note.textContent = t('claim.choose'); return; }
      try {
        const updated = await request('POST', `/api/v1/tickets/${encodeURIComponent(visit.ticket)}/match`,
          { appointment_id: select.value });
        note.textContent = t('claim.matched');
        this.onChanged(updated);
        await this.load();
      } catch (err) {
        if (err.status === 401) return;
        note.textContent = isMissingEndpoint(err) ? t('claim.unavailable') : `${t('error.generic')} (${err.message})`;
        if (isMissingEndpoint(err)) button.disabled = true;
      }
    } },
    h('strong', {}, visit.ticket), ` · ${t('visit.arrived')} ${clockTime(visit.arrived_at)}${claim} `,
    h('label', { for: id, class: 'visually-hidden' }, t('claim.choose')), select, button, note));
  }
}

function clearInvalid(form) {
  for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
}

function markInvalid(form, field) {
  const el = field && form.elements.namedItem(field);
  if (el && el.setAttribute) { el.setAttribute('aria-invalid', 'true'); el.focus(); }
}
