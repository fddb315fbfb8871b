// The staff console at the front desk, end to end: a real server, the real page, real
// Chromium. Steps run in order and share one page, like one shift at the desk.
'use strict';
const assert = require('node:assert/strict');
const http = require('node:http');
const { eventually } = require('./lib/runner');
const { intakeResponse } = require('./lib/clinic-api');
const { today, todayAt } = require('./lib/dates');

async function signIn(page, user, password) {
  await page.fill('#signin-user', user);
  await page.fill('#signin-password', password);
  await page.click('#signin-form button[type=submit]');
}

async function sessionCookie(context) {
  const cookie = (await context.cookies()).find((c) => c.name === 'sp_session');
  return cookie && cookie.value;
}

function waitingTickets(page) {
  return page.$$eval('#waiting tbody tr', (rows) => rows.map((r) => r.dataset.ticket));
}

module.exports = (suite) => {
  const { test } = suite;

  test('the sign-in page is served at / under a strict CSP and loads without errors', async ({ page, server, problems, shot }) => {
    const res = await page.goto(`${server.origin}/`);
    assert.equal(res.status(), 200);
    assert.match(res.headers()['content-security-policy'], /default-src 'self'/);
    await page.locator('#signin-user').waitFor();
    assert.equal(await page.locator('#app').isHidden(), true);
    assert.equal(await page.getByLabel('User name').count(), 1, 'inputs have labels');
    await shot('staff-sign-in.png');
    assert.deepEqual(problems, []);
  });

  test('signs in with the add-staff account and follows the queue live', async ({ page, server }) => {
    await signIn(page, server.user, server.password);
    await page.locator('#user-name', { hasText: server.user }).waitFor();
    await page.locator('#live-status[data-status=live]').waitFor();
    assert.equal(await page.locator('#signin').isHidden(), true);
    assert.equal(await page.locator('#alerts-button').textContent(), 'Alerts on');
  });

  test('a walk-in posted by the kiosk appears without reloading', async ({ page, api }) => {
    await page.evaluate(() => { window.__sameDocument = true; });
    await api.checkIn({ ticket: 'A-01', service: 'massage', response: intakeResponse() });
    const row = page.locator('#waiting tr[data-ticket="A-01"]');
    await row.waitFor({ timeout: 3000 });
    assert.match(await row.textContent(), /Walk-in/);
    assert.match(await row.textContent(), /massage/);
    assert.match(await row.locator('.waited').textContent(), /^\d+ min$/);
    assert.equal(await page.evaluate(() => window.__sameDocument), true, 'the page did not reload');
    assert.equal(await page.locator('#announce').textContent(), 'New arrival: A-01');
  });

  test('an urgent arrival goes on top, highlighted, with its reason, a chime and a nameless notification', async ({ page, api, shot }) => {
    await api.checkIn({ ticket: 'A-02', service: 'counselling', urgent: true, urgent_reason: 'asked_to_talk', language: 'es' });
    await page.locator('#waiting tr.urgent[data-ticket="A-02"]').waitFor({ timeout: 3000 });
    assert.deepEqual(await waitingTickets(page), ['A-02', 'A-01']);
    assert.equal(await page.locator('#waiting tr[data-ticket="A-02"] .urgent-reason').textContent(),
      'Asked to talk to the care team as soon as possible');
    const alerts = await page.evaluate(() => window.__alerts);
    assert.deepEqual(alerts.notifications, [{ title: 'Urgent: A-02', body: '' }]);
    assert.ok(alerts.tones >= 2, `the chime played (${alerts.tones} tones)`);
    assert.equal(await page.locator('#announce-urgent').textContent(), 'Urgent arrival: A-02');
    assert.equal(await page.title(), '(2) Stillpoint · Front desk');
  });

  test('opening a visit by keyboard shows its intake readably', async ({ page, shot }) => {
    await page.getByRole('button', { name: 'Open visit A-01' }).focus();
    await page.keyboard.press('Enter');
    await eventually(() => page.evaluate(() => document.activeElement && document.activeElement.id === 'visit-title'),
      'focus on the visit title');
    const panel = page.locator('#visit');
    const text = await panel.innerText();
    for (const expected of ['What brings you in today?', 'Stress or anxiety', 'Where do you feel tension',
      'Upper back', 'Shoulders', 'Knee surgery in March', 'Before the session']) {
      assert.ok(text.includes(expected), `visit panel shows "${expected}"`);
    }
    assert.ok(!text.includes('upper-back'), 'body-map codes read as words');
    const consent = panel.locator('.key-answers .consent-ok');
    assert.match(await consent.textContent(), /Consent:.*I understand/);
    assert.match(await panel.locator('.key-answers .attention').first().textContent(), /surgery or an injury.*Yes/);
    await shot('staff-visit.png');
  });

  test('"Not sure yet" about touch reads as consent not given, never as consent', async ({ page }) => {
    const row = await page.evaluate(async () => {
      const { renderIntake } = await import('/static/js/intake-view.js');
      const system = 'https://stillpoint.example/fhir/CodeSystem/intake';
      const node = renderIntake({
        resourceType: 'QuestionnaireResponse', status: 'completed',
        questionnaire: 'https://stillpoint.example/fhir/Questionnaire/intake|1.1.0',
        item: [{ linkId: 'consent', text: 'I understand that my therapist will check in with me.',
          answer: [{ valueCoding: { system, code: 'not-sure', display: "Not sure yet: I'd like to talk it through first" } }] }],
      }, null);
      const li = node.querySelector('.key-answers li');
      return { cls: li.className, text: li.textContent };
    });
    assert.match(row.cls, /attention/);
    assert.doesNotMatch(row.cls, /consent-ok/);
    assert.match(row.text, /Not sure yet.*not given yet/);
  });

  test('the console switches to Spanish and back', async ({ page }) => {
    await page.selectOption('#lang', 'es');
    await page.locator('#visit .key-answers h3', { hasText: 'Antes de la sesión' }).waitFor();
    assert.equal(await page.locator('#tab-queue').innerText().then((s) => s.startsWith('Fila')), true);
    assert.equal(await page.getAttribute('html', 'lang'), 'es');
    await page.selectOption('#lang', 'en');
    await page.locator('#visit .key-answers h3', { hasText: 'Before the session' }).waitFor();
  });

  test('calling the walk-in to a room changes the lobby snapshot within a second', async ({ page, api, shot }) => {
    const before = await api.queue();
    assert.equal(before.status, 200);
    const version = before.body.version;
    // The lobby screen's own long-poll, held while the desk clicks.
    const lobby = api.queue(`?after=${version}&wait=25`);
    // The server lists its rooms (GET /api/v1/rooms); the chooser starts on the first free one.
    assert.equal(await page.inputValue('#call-room'), 'Room 1');
    const clicked = Date.now();
    await page.click('#visit button[data-action=call]');
    const change = await lobby;
    const latency = Date.now() - clicked;
    assert.equal(change.status, 200);
    assert.ok(latency < 1000, `lobby followed in ${latency} ms`);
    assert.deepEqual(change.body.now_serving.map((n) => [n.ticket, n.room]), [['A-01', 'Room 1']]);
    assert.deepEqual(change.body.waiting.map((w) => w.ticket), ['A-02']);
    await page.locator('#rooms li[data-room="Room 1"]', { hasText: 'A-01' }).waitFor();
    await page.locator('#visit .badge.state-called').waitFor();
    await page.getByRole('button', { name: 'Close' }).click();
    await shot('staff-queue.png');
  });

  test('the room chooser starts on the first free room and marks occupied rooms in words, unchoosable', async ({ page, api, shot }) => {
    await page.getByRole('button', { name: 'Open visit A-02, Urgent' }).click();
    await page.locator('#visit', { hasText: 'Asked to talk to the care team as soon as possible' }).waitFor();
    const room1 = page.locator('#call-room option[value="Room 1"]');
    await eventually(async () => (await room1.textContent()) === 'Room 1 — occupied (A-01)', 'Room 1 marked occupied');
    assert.equal(await room1.evaluate((el) => el.disabled), true);
    assert.equal(await page.locator('#call-room option[value="Room 2"]').textContent(), 'Room 2 — free');
    assert.equal(await page.inputValue('#call-room'), 'Room 2');
    await shot('staff-room-chooser.png');
    // Another desk's older page still offering Room 1: the server refuses, and nothing changes.
    const refused = await api.staff('POST', '/api/v1/tickets/A-02/call', { room: 'Room 1' });
    assert.equal(refused.status, 409);
    assert.equal(refused.body.error.code, 'room_occupied');
    assert.equal((await api.visit('A-02')).state, 'waiting');
    await page.getByRole('button', { name: 'Close' }).click();
  });

  test('a stale action is refused by the server and explained plainly (409)', async ({ page, api, server }) => {
    await page.getByRole('button', { name: 'Open visit A-02, Urgent' }).click();
    await page.locator('#visit button[data-action=no-show]').waitFor();
    // Another desk marks A-02 as a no-show while this page still shows it waiting: hold this
    // page's refresh on the old list so its buttons stay stale.
    const stale = await (await page.request.get(`${server.origin}/api/v1/checkins`)).text();
    await page.route('**/api/v1/checkins', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: stale }));
    assert.equal((await api.staff('POST', '/api/v1/tickets/A-02/no-show', {})).status, 200);
    await page.click('#visit button[data-action=no-show]');
    await page.locator('#visit .error', { hasText: 'not possible in the visit’s current state' }).waitFor();
    await page.unroute('**/api/v1/checkins');
    // Put A-02 back in line from the finished list.
    await api.staff('POST', '/api/v1/tickets/A-02/requeue', {});
    await page.locator('#waiting tr[data-ticket="A-02"]').waitFor();
  });

  test('start and complete the visit; the lobby stops showing it', async ({ page, api }) => {
    await page.locator('#rooms').getByRole('button', { name: 'A-01' }).click();
    await page.click('#visit button[data-action=start]');
    await page.locator('#visit .badge.state-in_session').waitFor();
    assert.equal((await api.visit('A-01')).state, 'in_session');
    await page.click('#visit button[data-action=complete]');
    await page.locator('#visit .badge.state-done').waitFor();
    assert.equal((await api.visit('A-01')).state, 'done');
    const snapshot = (await api.queue()).body;
    assert.deepEqual(snapshot.now_serving, []);
    await page.locator('#finished li', { hasText: 'A-01' }).waitFor({ state: 'attached' });
  });

  test('"Call next" calls the first in line into the first free room, and says when nobody waits', async ({ page, api }) => {
    const version = (await api.queue()).body.version;
    const lobby = api.queue(`?after=${version}&wait=25`);
    await page.click('#call-next');
    await page.locator('#call-next-status', { hasText: 'A-02 called to Room 1.' }).waitFor();
    const change = await lobby;
    assert.equal(change.status, 200);
    assert.deepEqual(change.body.now_serving.map((n) => [n.ticket, n.room]), [['A-02', 'Room 1']]);
    await page.locator('#rooms li.room.called[data-room="Room 1"]', { hasText: 'A-02' }).waitFor();
    assert.equal(await page.locator('#waiting tr').count(), 0);
    await page.click('#call-next');
    await page.locator('#call-next-status[data-kind=refused]', { hasText: 'Nobody is waiting.' }).waitFor();
    // Back in line for the steps that follow.
    assert.equal((await api.staff('POST', '/api/v1/tickets/A-02/requeue', {})).status, 200);
    await page.locator('#waiting tr[data-ticket="A-02"]').waitFor();
  });

  test('adds an appointment from the page and sees its person arrive', async ({ page, api }) => {
    await page.click('#tab-appointments');
    await page.fill('#f-first', 'Jordan');
    await page.fill('#f-last', 'Rivera');
    await page.fill('#f-birth', '1988-04-12');
    const soon = new Date(Date.now() + 10 * 60000);
    await page.fill('#f-time', `${String(soon.getHours()).padStart(2, '0')}:${String(soon.getMinutes()).padStart(2, '0')}`);
    await page.fill('#f-practitioner', 'Alex Chen');
    await page.fill('#f-service', 'massage');
    await page.click('#appt-form button[type=submit]');
    await page.locator('#appt-form-status', { hasText: 'Appointment added.' }).waitFor();
    await page.locator('#appt-list tr', { hasText: 'Jordan Rivera' }).waitFor();
    if (soon.getDate() !== new Date().getDate()) return;  // just before midnight: not today's list
    const [appointment] = await api.appointments(today());
    await api.checkIn({ ticket: 'A-03', kind: 'appointment', appointment_id: appointment.id });
    await page.locator('#appt-list tr.arrived', { hasText: 'Jordan Rivera' }).locator('.arrived-badge', { hasText: 'A-03' }).waitFor();
    await page.click('#tab-queue');
    assert.match(await page.locator('#waiting tr[data-ticket="A-03"]').textContent(), /Appointment · Jordan R\./);
  });

  test('an offline claim is matched by hand and an empty CSV imports nothing', async ({ page, api }) => {
    const open = await api.staff('POST', '/api/v1/appointments', {
      first_name: 'Robin', last_name: 'Okafor', birth_date: '1975-06-30',
      start: todayAt(9), practitioner: 'Alex Chen', service: 'rehab' });
    assert.equal(open.status, 201);
    // Checked in while the kiosk was offline, with a birth date that matches nobody.
    await api.checkIn({ ticket: 'A-05', kind: 'appointment', claim: { birth_date: '1975-03-06' } });
    await page.click('#tab-appointments');
    const claim = page.locator('#claims li', { hasText: 'A-05' });
    await claim.waitFor();
    await page.selectOption('#match-A-05', open.body.id);
    await claim.locator('button').click();
    const outcome = await eventually(async () => {
      if (await page.locator('#claims li', { hasText: 'A-05' }).count() === 0) return 'matched';
      // allTextContents does not wait: the row may vanish between the two reads, and
      // textContent would then block for its whole 10 s action timeout.
      const [status] = await claim.locator('.status').allTextContents();
      return status || null;
    }, 'the outcome of matching by hand');
    assert.match(outcome, /^(matched|Matched\.)$/);
    assert.equal((await api.visit('A-05')).appointment_id, open.body.id);
    await page.setInputFiles('#import-file', { name: 'day.csv', mimeType: 'text/csv',
      buffer: Buffer.from('first_name,last_name,birth_date,start,practitioner,service\n') });
    await page.click('#import-form button[type=submit]');
    await page.locator('#import-status', { hasText: '0 appointments imported.' }).waitFor();
    await page.click('#tab-queue');
    await page.locator('#rooms li.room[data-room="Room 2"]').waitFor();  // every configured room, from GET /rooms
  });

  test('the devices list shows the kiosk’s outbox and marks the silent lobby screen', async ({ page, api, server, shot }) => {
    assert.equal((await api.heartbeat(server.tokens.kiosk, { version: '1.4.2', outbox_depth: 3, oldest_undelivered_seconds: 95 })).status, 204);
    await page.click('#tab-devices');
    await page.reload();  // a fresh load also proves the session survives a reload
    await page.click('#tab-devices');
    const kiosk = page.locator('#devices tr[data-device="lobby-kiosk"]');
    await kiosk.waitFor();
    const kioskText = await kiosk.innerText();
    assert.match(kioskText, /1\.4\.2/);
    assert.match(kioskText, /\b3\b/);
    assert.match(kioskText, /1 min/);
    assert.equal(await kiosk.getAttribute('class'), '');
    const screen = page.locator('#devices tr[data-device="lobby-screen"]');
    assert.equal(await screen.getAttribute('class'), 'stale');
    assert.match(await screen.innerText(), /never/);
    assert.match(await page.locator('#devices-summary').textContent(), /1 not heard from/);
    assert.equal(await page.locator('#devices-alert').textContent(), '1');
    await shot('staff-devices.png');
    await page.click('#tab-queue');
  });

  test('on a tablet the visit panel moves under the list', async ({ page, shot }) => {
    await page.setViewportSize({ width: 820, height: 1180 });
    try {
      await page.getByRole('button', { name: 'Open visit A-02, Urgent' }).click();
      const list = await page.locator('#waiting').boundingBox();
      const panel = await page.locator('#visit').boundingBox();
      assert.ok(panel.y > list.y + list.height, 'visit panel below the waiting list');
      assert.ok(panel.width > 700, 'visit panel uses the full width');
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot('staff-tablet.png');
    } finally {
      await page.setViewportSize({ width: 1366, height: 768 });
    }
  });

  test('a forged cross-site request is refused and changes nothing', async ({ page, context, server, api }) => {
    const before = await api.visit('A-02');
    // 1. An HTML form on another origin (same host, other port: the browser sends the cookie).
    const attacker = http.createServer((req, res) => {
      res.setHeader('Content-Type', 'text/html');
      res.end(`<form method="post" enctype="text/plain" action="${server.origin}/api/v1/tickets/A-02/call">
        <input name='{"room":"Room 2","x":"' value='"}'><button id="go">win a prize</button></form>`);
    });
    await new Promise((r) => attacker.listen(0, '127.0.0.1', r));
    try {
      const evil = await context.newPage();
      await evil.goto(`http://127.0.0.1:${attacker.address().port}/`);
      // Wait for the refused page to be committed, not just its response: closing a page in
      // the middle of a navigation can stall Chromium for half a minute.
      const [response] = await Promise.all([evil.waitForNavigation({ url: /tickets\/A-02\/call/ }), evil.click('#go')]);
      assert.equal(response.status(), 403);
      await evil.close();
    } finally {
      attacker.close();
    }
    // 2. A script on the console's own origin sending a form body with the cookie.
    const formPost = await page.evaluate(() => fetch('/api/v1/tickets/A-02/call', {
      method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'room=Room%202',
    }).then((r) => r.status));
    assert.equal(formPost, 403);
    // 3. JSON with the stolen cookie but another site's Origin.
    const cookie = await sessionCookie(context);
    const forged = await fetch(`${server.origin}/api/v1/tickets/A-02/call`, {
      method: 'POST', body: JSON.stringify({ room: 'Room 2' }),
      headers: { 'Content-Type': 'application/json', Cookie: `sp_session=${cookie}`, Origin: 'https://evil.example' },
    });
    assert.equal(forged.status, 403);
    const after = await api.visit('A-02');
    assert.equal(after.state, before.state);
    assert.equal(after.room, before.room);
  });

  test('when the session ends the console asks to sign in again and keeps what was typed', async ({ page, context, server, api }) => {
    await page.click('#tab-appointments');
    await page.fill('#f-first', 'Sam');
    const cookie = await sessionCookie(context);
    const ended = await fetch(`${server.origin}/api/v1/session`, {
      method: 'DELETE', headers: { 'Content-Type': 'application/json', Cookie: `sp_session=${cookie}` },
    });
    assert.equal(ended.status, 204);
    await api.checkIn({ ticket: 'A-04' });  // the console re-reads the queue and meets the 401
    await page.locator('#signin-notice', { hasText: 'Your session has ended' }).waitFor();
    await signIn(page, server.user, server.password);
    await page.locator('#signin').waitFor({ state: 'hidden' });
    assert.equal(await page.inputValue('#f-first'), 'Sam');
    await page.fill('#f-first', '');
    await page.click('#tab-queue');
    await page.locator('#waiting tr[data-ticket="A-04"]').waitFor();
  });

  test('sign-out ends the session: the old cookie is refused (401)', async ({ page, context, server }) => {
    const cookie = await sessionCookie(context);
    assert.ok(cookie);
    await page.click('#signout-button');
    await page.locator('#signin-notice', { hasText: 'You have signed out.' }).waitFor();
    const res = await fetch(`${server.origin}/api/v1/checkins`, { headers: { Cookie: `sp_session=${cookie}` } });
    assert.equal(res.status, 401);
  });

  // Last: failed sign-ins also count against this address for a minute.
  test('five wrong passwords, then the server answers 429 and the page says so', async ({ page, server }) => {
    const statuses = [];
    const listener = (r) => { if (r.url().endsWith('/api/v1/session') && r.request().method() === 'POST') statuses.push(r.status()); };
    page.on('response', listener);
    for (let i = 1; i <= 5; i += 1) {
      await signIn(page, server.user, `wrong-${i}`);
      // Each attempt costs the server a PBKDF2 (600,000 rounds; slow under the sanitizers).
      await eventually(() => statuses.length === i, `attempt ${i}`, 20000);
      await page.locator('#signin-message', { hasText: 'do not match' }).waitFor();
    }
    await signIn(page, server.user, server.password);  // even the right password waits now
    await page.locator('#signin-message[data-kind=rate-limited]', { hasText: 'Too many attempts' }).waitFor();
    page.off('response', listener);
    assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429]);
    assert.equal(await page.locator('#app').isHidden(), true);
  }, { timeout: 60000 });

  test('no script errors or CSP violations on the page', async ({ problems }) => {
    assert.deepEqual(problems, []);
  });
};
