// Console features built on the endpoints the page once waited for (see docs/staff-console.md):
// the rooms list, staff reading the intake form, matching an offline claim by hand and
// importing a CSV file. Registered in CTest as browser.staff_console_pending_endpoints.
'use strict';
const assert = require('node:assert/strict');
const { intakeResponse } = require('./lib/clinic-api');
const { today, todayAt } = require('./lib/dates');

module.exports = ({ test }) => {
  test('signs in', async ({ page, server }) => {
    await page.goto(`${server.origin}/`);
    await page.fill('#signin-user', server.user);
    await page.fill('#signin-password', server.password);
    await page.click('#signin-form button[type=submit]');
    await page.locator('#live-status[data-status=live]').waitFor();
  });

  test('GET /api/v1/rooms: every configured room is listed, free or with its ticket', async ({ page, api }) => {
    await api.checkIn({ ticket: 'A-01', service: 'massage', response: intakeResponse() });
    await page.locator('#rooms li.room.free[data-room="Room 1"]').waitFor();
    await page.locator('#rooms li.room.free[data-room="Room 2"]').waitFor();
    await page.getByRole('button', { name: 'Open visit A-01' }).click();
    assert.equal(await page.locator('#call-room').evaluate((el) => el.tagName), 'SELECT');
    await page.selectOption('#call-room', 'Room 2');
    await page.click('#visit button[data-action=call]');
    await page.locator('#rooms li.room.called[data-room="Room 2"]', { hasText: 'A-01' }).waitFor();
  });

  test('GET /api/v1/forms/intake for staff: questions read in the console’s language', async ({ page }) => {
    await page.selectOption('#lang', 'es');
    await page.locator('#visit', { hasText: '¿Qué le trae hoy por aquí?' }).waitFor();
    await page.locator('#visit', { hasText: 'Estrés o ansiedad' }).waitFor();
    await page.selectOption('#lang', 'en');
  });

  test('POST /api/v1/tickets/{ticket}/match: an offline claim is matched by hand', async ({ page, api }) => {
    const created = await api.staff('POST', '/api/v1/appointments', {
      first_name: 'Robin', last_name: 'Okafor', birth_date: '1975-06-30', start: todayAt(9),
      practitioner: 'Alex Chen', service: 'rehab' });
    assert.equal(created.status, 201);
    // The kiosk was offline and the person mistyped their birth date: nothing matched.
    await api.checkIn({ ticket: 'A-02', kind: 'appointment', claim: { birth_date: '1975-03-06', first_initial: 'R' } });
    assert.equal((await api.visit('A-02')).unmatched_claim, true);
    await page.click('#tab-appointments');
    await page.locator('#claims li', { hasText: 'A-02' }).waitFor();
    await page.selectOption('#match-A-02', created.body.id);
    await page.click('#claims li button');
    await page.locator('#claims', { hasText: 'None.' }).waitFor();
    const visit = await api.visit('A-02');
    assert.equal(visit.unmatched_claim, false);
    assert.equal(visit.appointment_id, created.body.id);
    await page.locator('#appt-list tr.arrived', { hasText: 'Robin Okafor' }).waitFor();
  });

  test('POST /api/v1/appointments/import: a CSV file adds every row', async ({ page, api }) => {
    const csv = 'first_name,last_name,birth_date,start,practitioner,service\n' +
      `Ana,Lima,1990-01-02,${todayAt(10)},Alex Chen,massage\n` +
      `"Lee, Jr.",Park,1985-11-20,${todayAt(10, 30)},Sam Roe,counselling\n`;
    await page.setInputFiles('#import-file', { name: 'today.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.click('#import-form button[type=submit]');
    await page.locator('#import-status', { hasText: '2 appointments imported.' }).waitFor();
    await page.locator('#appt-list tr', { hasText: 'Lee, Jr. Park' }).waitFor();
    const names = (await api.appointments(today())).map((a) => a.last_name).sort();
    assert.deepEqual(names, ['Lima', 'Okafor', 'Park']);
  });
};
