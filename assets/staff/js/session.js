// Signing in and out. The server keeps the session in an HttpOnly cookie, so this page never
// sees the token; it only learns "signed in as X" or a 401. When the session ends while the desk
// is working, the sign-in covers the console without clearing it, so what was typed survives.
// The console also signs itself out after the configured idle time without keyboard or pointer
// use; the server ends the session too, because only activity (not the page's polling) extends it.
import { byId, show } from './dom.js';
import { t } from './i18n.js';
import { request } from './api.js';
import { unlockSound } from './alerts.js';

const DEFAULT_IDLE_MINUTES = 15;

export class Session {
  constructor({ onSignedIn, onSignedOut }) {
    this.onSignedIn = onSignedIn;
    this.onSignedOut = onSignedOut;
    this.user = null;
    this.idleMinutes = DEFAULT_IDLE_MINUTES;
    this.lastActivity = Date.now();
    this.overlay = byId('signin');
    this.form = byId('signin-form');
    this.message = byId('signin-message');
    this.notice = byId('signin-notice');
    this.form.addEventListener('submit', (e) => this.submit(e));
    this.lastPing = 0;
    for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart'])
      document.addEventListener(type, () => this.noteActivity(), { passive: true });
    setInterval(() => this.checkIdle(), 30000);
  }

  // On page load: are we still signed in?
  async resume() {
    try {
      const who = await request('GET', '/api/v1/session', undefined, { quietUnauthorized: true });
      this.signedIn(who);
    } catch (e) {
      this.showSignIn(e.status === 0 ? t('error.network') : '');
    }
  }

  async submit(event) {
    event.preventDefault();
    unlockSound();  // a user gesture: lets the urgent chime play later
    const user = this.form.elements.user.value.trim();
    const password = this.form.elements.password.value;
    this.setMessage('');
    if (!user || !password) { this.setMessage(t('signin.missing')); return; }
    const button = this.form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      await request('POST', '/api/v1/session', { user, password }, { quietUnauthorized: true });
      this.form.elements.password.value = '';
      const who = await request('GET', '/api/v1/session', undefined, { quietUnauthorized: true });
      this.signedIn(who);
    } catch (e) {
      this.setMessage(signInError(e), e.status === 429 ? 'rate-limited' : 'refused');
      this.form.elements.password.select();
    } finally {
      button.disabled = false;
    }
  }

  signedIn(who) {
    this.user = who.user;
    if (Number.isInteger(who.idle_minutes) && who.idle_minutes > 0) this.idleMinutes = who.idle_minutes;
    this.lastActivity = Date.now();
    byId('user-name').textContent = this.user;
    show(this.overlay, false);
    byId('app').inert = false;
    show(byId('app'), true);
    this.onSignedIn(this.user);
  }

  // The server said 401: the session expired or was ended elsewhere. The console stays
  // underneath, inert, so nothing typed is lost when the same desk signs in again.
  expired() {
    if (!this.user) return;
    this.showSignIn(t('signin.expired'), { keep: true });
  }

  async signOut(noticeKey = 'signin.signedOut') {
    try {
      await request('DELETE', '/api/v1/session', undefined, { quietUnauthorized: true });
    } catch {
      // Signed out already, or the server is away: the page forgets the session either way.
    }
    this.showSignIn(t(noticeKey));
  }

  // keep: leave the console's content in place under the sign-in (a session that ended on
  // its own); otherwise (signing out, idle) the app clears it, names included.
  showSignIn(notice, { keep = false } = {}) {
    const wasSignedIn = this.user !== null;
    this.user = null;
    this.onSignedOut({ keep });
    this.notice.textContent = notice || '';
    show(this.notice, Boolean(notice));
    this.setMessage('');
    byId('app').inert = true;
    show(byId('app'), wasSignedIn && keep);
    show(this.overlay, true);
    this.form.elements[this.form.elements.user.value ? 'password' : 'user'].focus();
  }

  setMessage(text, kind = '') {
    this.message.textContent = text;
    this.message.dataset.kind = kind;
  }

  // Someone is using the desk. The server only extends the session on activity (its long-poll
  // does not count), so tell it, at most once a minute.
  noteActivity() {
    this.lastActivity = Date.now();
    if (!this.user || this.lastActivity - this.lastPing < 60000) return;
    this.lastPing = this.lastActivity;
    request('GET', '/api/v1/session', undefined, { quietUnauthorized: true })
      .catch((e) => { if (e.status === 401) this.expired(); });
  }

  checkIdle() {
    if (!this.user) return;
    if (Date.now() - this.lastActivity >= this.idleMinutes * 60000) this.signOut('signin.idle');
  }
}

function signInError(e) {
  if (e.status === 429) {
    const wait = e.retryAfter ? t('signin.retryIn', { s: e.retryAfter }) : '';
    return `${t('signin.tooMany')} ${wait}`.trim();
  }
  if (e.status === 401) return t('signin.wrong');
  if (e.status === 0) return t('error.network');
  if (e.status === 403) return t('signin.forbidden');
  return `${t('error.generic')} (${e.message})`;
}
