// Words for a visit's kind and state, and which actions its state allows (the same state
// machine as core/src/visit.cpp; the server still decides, and a 409 is shown if it refuses).
import { t } from './i18n.js';

export function kindLabel(visit) {
  return visit.kind === 'appointment' ? t('kind.appointment') : t('kind.walk_in');
}

// Why a visit is urgent, in words; older kiosks give no reason, which is said rather than hidden.
export function urgentReasonLabel(visit) {
  return t(`urgentReason.${visit.urgent_reason || 'none'}`);
}

export function stateLabel(state) {
  return t(`state.${state}`);
}

const ALLOWED = {
  waiting: ['call', 'no-show'],
  called: ['call', 'start', 'no-show', 'requeue'],
  in_session: ['complete'],
  done: [],
  no_show: ['requeue'],
};

export function allowedActions(state) {
  return ALLOWED[state] || [];
}
