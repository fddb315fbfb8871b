// Renders a FHIR R4 QuestionnaireResponse for people: question text with its answers, nested
// as the form nests them, body-map areas by name, consent and screening answers lifted into a
// "Before the session" box. When the form itself is available (staff may read it), questions
// and options are shown in the console's language; otherwise the response's own text is used.
import { h } from './dom.js';
import { t, lang } from './i18n.js';
import { humanizeCode } from './format.js';
import { CONSENT_IDS, SCREENING_IDS, INTAKE_URL, consentGiven, needsAttention } from './intake-flags.js';

const TRANSLATION_URL = 'http://hl7.org/fhir/StructureDefinition/translation';

// form: the Questionnaire (or null). Returns a node for the visit panel.
export function renderIntake(response, form) {
  if (!response || !Array.isArray(response.item) || response.item.length === 0) {
    return h('p', { class: 'muted' }, t('intake.none'));
  }
  // Labels come from the form only when the response answers that very form.
  const sameForm = form && typeof response.questionnaire === 'string' &&
    response.questionnaire.split('|')[0] === form.url;
  const labels = formLabels(sameForm ? form : null, lang());
  const flat = flatten(response.item);
  const expectsConsent = String(response.questionnaire || '').split('|')[0] === INTAKE_URL;
  return h('div', { class: 'intake' },
    keyAnswers(flat, labels, expectsConsent),
    h('h3', { class: 'intake-all-title' }, t('intake.all')),
    itemList(response.item, labels));
}

// --- The "before the session" box -----------------------------------------------------------

function keyAnswers(flat, labels, expectsConsent) {
  const rows = [];
  const consent = flat.find((it) => CONSENT_IDS.includes(it.linkId));
  if (consent && consentGiven(consent)) {
    rows.push(h('li', { class: 'key consent-ok' }, h('strong', {}, t('intake.consent')), ' ',
      answersText(consent, labels)));
  } else if (consent) {
    rows.push(h('li', { class: 'key attention' }, h('strong', {}, t('intake.consent')), ' ',
      answersText(consent, labels), ' ', t('intake.consentNotYet')));
  } else if (expectsConsent) {
    rows.push(h('li', { class: 'key attention' }, h('strong', {}, t('intake.consent')), ' ',
      t('intake.consentMissing')));
  }
  for (const item of flat) {
    if (!SCREENING_IDS.includes(item.linkId) || !item.answer) continue;
    const attention = item.answer.some(needsAttention);
    rows.push(h('li', { class: attention ? 'key attention' : 'key' },
      h('span', { class: 'q' }, questionText(item, labels)), ' ',
      h('strong', {}, answersText(item, labels))));
  }
  if (rows.length === 0) return null;  // another form, nothing flagged: no empty box
  return h('section', { class: 'key-answers', 'aria-label': t('intake.key') },
    h('h3', {}, t('intake.key')), h('ul', {}, rows));
}

// Every question item (with answers) in the response, depth first.
function flatten(items, out = []) {
  for (const item of items || []) {
    if (item.answer) out.push(item);
    flatten(item.item, out);
    for (const answer of item.answer || []) flatten(answer.item, out);
  }
  return out;
}

// --- The full list ----------------------------------------------------------------------------

function itemList(items, labels) {
  return h('dl', { class: 'answers' }, (items || []).map((item) => itemNode(item, labels)));
}

function itemNode(item, labels) {
  if (!item.answer) {  // a group: heading and its items
    return h('div', { class: 'group' },
      h('dt', { class: 'group-title' }, questionText(item, labels)),
      h('dd', {}, itemList(item.item, labels)));
  }
  const flagged = SCREENING_IDS.includes(item.linkId) && item.answer.some(needsAttention);
  return h('div', { class: flagged ? 'qa attention' : 'qa', dataset: { linkId: item.linkId } },
    h('dt', {}, questionText(item, labels)),
    h('dd', {}, answerNodes(item, labels)));
}

function answerNodes(item, labels) {
  const values = item.answer.map((a) => answerText(a, item.linkId, labels));
  const nested = item.answer.flatMap((a) => (a.item ? [itemList(a.item, labels)] : []));
  const shown = values.length > 1
    ? h('ul', { class: 'chips' }, values.map((v) => h('li', {}, v)))
    : h('span', { class: 'answer' }, values[0]);
  return [shown, nested];
}

function answersText(item, labels) {
  return item.answer.map((a) => answerText(a, item.linkId, labels)).join(', ');
}

function questionText(item, labels) {
  return labels.questions.get(item.linkId) || item.text || humanizeCode(item.linkId);
}

// One answer's value[x] as words.
function answerText(answer, linkId, labels) {
  if ('valueBoolean' in answer) return answer.valueBoolean ? t('yes') : t('no');
  if (answer.valueCoding) {
    const c = answer.valueCoding;
    return labels.options.get(`${linkId}|${c.code}`) || c.display || humanizeCode(c.code || '');
  }
  if (answer.valueQuantity) return `${answer.valueQuantity.value} ${answer.valueQuantity.unit || ''}`.trim();
  if (answer.valueAttachment) return answer.valueAttachment.title || t('intake.attachment');
  if (answer.valueReference) return answer.valueReference.display || answer.valueReference.reference;
  for (const key of ['valueString', 'valueInteger', 'valueDecimal', 'valueDate', 'valueDateTime',
                     'valueTime', 'valueUri']) {
    if (key in answer) return String(answer[key]);
  }
  return '?';
}

// --- Labels from the form, in the console's language ----------------------------------------

function formLabels(form, language) {
  const questions = new Map();
  const options = new Map();
  const walk = (items) => {
    for (const item of items || []) {
      const text = translated(item.text, item._text, language, form.language);
      if (text) questions.set(item.linkId, text);
      for (const option of item.answerOption || []) {
        const c = option.valueCoding;
        if (!c) continue;
        const display = translated(c.display, c._display, language, form.language);
        if (display) options.set(`${item.linkId}|${c.code}`, display);
      }
      walk(item.item);
    }
  };
  if (form) walk(form.item);
  return { questions, options };
}

// The text in `language` from FHIR's translation extension, or the base text when the form is
// written in that language, or null so the response's own text is used.
function translated(base, extended, language, formLanguage) {
  if ((formLanguage || 'en').startsWith(language)) return base || null;
  for (const ext of (extended && extended.extension) || []) {
    if (ext.url !== TRANSLATION_URL) continue;
    const parts = Object.fromEntries((ext.extension || []).map((e) => [e.url, e.valueCode || e.valueString]));
    if (parts.lang && parts.lang.startsWith(language)) return parts.content || null;
  }
  return null;
}
