#!/usr/bin/env node
// Validates Questionnaire and QuestionnaireResponse JSON files as FHIR R4 with the `fhir`
// package (FHIR.js), plus the few R4 rules FHIR.js does not check and Stillpoint's privacy
// rule (a walk-in's response carries no subject).
//
//   node validate.js FILE...                  exit 0 when every file is valid
//   node validate.js --expect-invalid FILE... exit 0 when every file is refused
//
// Any other failure (no node module, unreadable file) exits non-zero in both modes, so a
// missing validator can never pass as "the broken file was refused".
'use strict';
const fs = require('fs');
const { Fhir } = require('fhir');

const fhir = new Fhir();
resolveContentReferences(fhir.parser.parsedStructureDefinitions);

// FHIR.js 4.12 leaves elements defined by contentReference (QuestionnaireResponse.item.item,
// Questionnaire.item.item) typed as "#Type.path" and so never validates nested items. Point
// each at the element it names, so a group's questions are checked like top-level ones.
function resolveContentReferences(definitions) {
  const references = [];
  const collect = (properties) => {
    for (const property of properties || []) {
      if (typeof property._type === 'string' && property._type.startsWith('#')) references.push(property);
      else collect(property._properties);
    }
  };
  Object.values(definitions).forEach((definition) => collect(definition._properties));
  for (const property of references) {
    const [type, ...path] = property._type.substring(1).split('.');
    let target = definitions[type];
    for (const name of path) target = target && (target._properties || []).find((p) => p._name === name);
    if (!target) throw new Error(`cannot resolve contentReference ${property._type}`);
    property._type = 'BackboneElement';
    property._properties = target._properties;
  }
}

// R4 rules FHIR.js leaves out: primitive formats it accepts loosely, and the
// QuestionnaireResponse invariants that keep items nested as in the questionnaire.
function extraErrors(resource) {
  const errors = [];
  const walkValues = (node, path) => {
    if (Array.isArray(node)) return node.forEach((v, i) => walkValues(v, `${path}[${i}]`));
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      const at = `${path}.${key}`;
      if (/^(value|answer|initial)Integer$/.test(key) && !Number.isInteger(value))
        errors.push(`${at}: integer expected`);
      if (/^(value|answer|initial)Date$/.test(key) && !isDate(value)) errors.push(`${at}: date expected`);
      walkValues(value, at);
    }
  };
  walkValues(resource, resource.resourceType);
  if (resource.resourceType === 'QuestionnaireResponse') {
    if (resource.subject) errors.push('QuestionnaireResponse.subject: walk-in responses are anonymous');
    checkResponseItems(resource.item || [], 'QuestionnaireResponse', errors);
  }
  return errors;
}

function isDate(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value));
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function checkResponseItems(items, path, errors) {
  const seen = new Set();
  items.forEach((item, i) => {
    const at = `${path}.item[${i}]`;
    if (seen.has(item.linkId)) errors.push(`${at}: qrs-2 repeated answers belong in one item`);
    seen.add(item.linkId);
    const answers = item.answer || [];
    if (item.item && answers.some((a) => a.item)) errors.push(`${at}: qrs-1 nested under both item and answer`);
    if (!answers.length && !(item.item || []).length) errors.push(`${at}: an item with no answer and no items`);
    checkResponseItems(item.item || [], at, errors);
    answers.forEach((a, j) => checkResponseItems(a.item || [], `${at}.answer[${j}]`, errors));
  });
}

function validateFile(file) {
  const resource = JSON.parse(fs.readFileSync(file, 'utf8'));
  const result = fhir.validate(resource, { errorOnUnexpected: true });
  const errors = result.messages
    .filter((m) => m.severity === 'error')
    .map((m) => `${m.location}: ${m.message}`)
    .concat(extraErrors(resource));
  return errors;
}

function main(args) {
  const expectInvalid = args[0] === '--expect-invalid';
  const files = expectInvalid ? args.slice(1) : args;
  if (!files.length) {
    console.error('usage: node validate.js [--expect-invalid] FILE...');
    return 2;
  }
  let ok = true;
  for (const file of files) {
    const errors = validateFile(file);
    if (errors.length) console.log(`${file}: ${errors.length} error(s)\n  ${errors.join('\n  ')}`);
    else console.log(`${file}: valid FHIR R4`);
    if (expectInvalid ? !errors.length : errors.length) ok = false;
  }
  if (!ok && expectInvalid) console.error('a file that should have been refused passed validation');
  return ok ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
