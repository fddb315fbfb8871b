// What the other devices do, straight over HTTP from Node: a kiosk checks people in and sends
// heartbeats, the lobby screen reads the queue, and a staff token reads visits.
'use strict';
const crypto = require('node:crypto');

function client(origin, tokens) {
  const call = async (method, path, token, body, headers = {}) => {
    const init = { method, headers: { Authorization: `Bearer ${token}`, ...headers } };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const res = await fetch(origin + path, init);
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
  };
  return {
    call,
    // A kiosk check-in (kind walk_in unless `fields` say otherwise), idempotency key = id.
    async checkIn(fields) {
      const id = crypto.randomUUID();
      const body = { id, kind: 'walk_in', language: 'en', created_at: new Date().toISOString(), ...fields };
      const res = await call('POST', '/api/v1/checkins', tokens.kiosk, body, { 'Idempotency-Key': id });
      if (res.status !== 201) throw new Error(`check-in refused: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    },
    heartbeat(token, beat) { return call('POST', '/api/v1/heartbeat', token, beat); },
    queue(query = '') { return call('GET', `/api/v1/queue${query}`, tokens.display); },
    async visit(ticket) {
      const res = await call('GET', '/api/v1/checkins', tokens.staff);
      return res.body.checkins.find((v) => v.ticket === ticket);
    },
    async appointments(date) {
      return (await call('GET', `/api/v1/appointments?date=${date}`, tokens.staff)).body.appointments;
    },
    staff(method, path, body) { return call(method, path, tokens.staff, body); },
  };
}

// A small intake answer in FHIR R4 QuestionnaireResponse form, as the kiosk builds it. One
// body-map area carries only its code, to prove the console turns "upper-back" into words.
function intakeResponse() {
  const system = 'https://stillpoint.example/fhir/CodeSystem/intake';
  return {
    resourceType: 'QuestionnaireResponse',
    status: 'completed',
    questionnaire: 'https://stillpoint.example/fhir/Questionnaire/intake|1.1.0',
    authored: new Date().toISOString(),
    item: [
      { linkId: 'visit', text: "About today's visit", item: [
        { linkId: 'reason', text: 'What brings you in today? Choose all that fit.',
          answer: [{ valueCoding: { system, code: 'stress-anxiety', display: 'Stress or anxiety' } }] },
        { linkId: 'stress-today', text: 'How stressed do you feel today? 0 is calm, 10 is the most stressed.',
          answer: [{ valueInteger: 6 }] },
      ] },
      { linkId: 'body', text: 'Your body', item: [
        { linkId: 'tension-areas', text: 'Where do you feel tension or discomfort?',
          answer: [{ valueCoding: { system, code: 'upper-back' } },
                   { valueCoding: { system, code: 'shoulders', display: 'Shoulders' } }] },
      ] },
      { linkId: 'touch', text: 'Touch and consent', item: [
        { linkId: 'consent', text: 'I understand that my therapist will check in with me, and that I can pause or stop at any time.',
          answer: [{ valueCoding: { system, code: 'agree', display: "Yes, I understand and I'd like to continue" } }] },
      ] },
      { linkId: 'health', text: 'Your health', item: [
        { linkId: 'surgery-injury', text: 'Have you had surgery or an injury in the last few months?',
          answer: [{ valueCoding: { system, code: 'yes', display: 'Yes' }, item: [
            { linkId: 'surgery-injury-details', text: 'What was it, and about when?',
              answer: [{ valueString: 'Knee surgery in March' }] }] }] },
        { linkId: 'blood-clots', text: 'Have you ever had a blood clot, or been told you are at risk of one?',
          answer: [{ valueCoding: { system, code: 'no', display: 'No' } }] },
      ] },
    ],
  };
}

module.exports = { client, intakeResponse };
