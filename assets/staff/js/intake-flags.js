// Which intake answers the desk must not miss. These are the linkIds of Stillpoint's default
// intake form (assets/forms/intake.json); a clinic's own form still renders in full, its safety
// questions are simply not lifted to the top until they are listed here.

// The default intake's canonical URL: only its responses are expected to carry consent.
export const INTAKE_URL = 'https://stillpoint.example/fhir/Questionnaire/intake';

// Consent to touch: shown first, and its absence (on the default intake) is a warning.
export const CONSENT_IDS = ['consent'];

// True only when the person agreed: "Not sure yet" (code not-sure) is an answer, not consent.
export function consentGiven(item) {
  return (item.answer || []).some((a) => a.valueCoding && a.valueCoding.code === 'agree');
}

// Health screening and wishes the therapist must see before the session starts.
export const SCREENING_IDS = [
  'talk-care-team',
  'surgery-injury', 'surgery-injury-details',
  'blood-clots',
  'pregnant', 'pregnancy-weeks',
  'skin',
  'sensation-medicine',
  'avoid-areas',
  'therapist-preference',
];

// Coded answers that mean "nothing to act on".
const NEUTRAL_CODES = new Set(['no', 'not-applicable', 'prefer-not-to-say', 'no-preference']);

// True when an answer asks for the desk's or the therapist's attention.
export function needsAttention(answer) {
  if ('valueBoolean' in answer) return answer.valueBoolean === true;
  if (answer.valueCoding) return !NEUTRAL_CODES.has(answer.valueCoding.code);
  return true;  // free text, numbers, dates: someone wrote something
}
