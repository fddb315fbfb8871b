// Follows the queue with the same long-poll the lobby screens use: one request held for up to
// 25 s that answers as soon as the queue version moves. Each new version tells the console to
// re-read the visit details; a failed poll retries with a growing pause instead of hammering.
import { request, ApiError } from './api.js';

const HOLD_SECONDS = 25;
const MAX_PAUSE_MS = 30000;

export class QueueFeed {
  // onVersion(snapshot) after every change; onStatus('live' | 'reconnecting') for the header.
  constructor({ onVersion, onStatus }) {
    this.onVersion = onVersion;
    this.onStatus = onStatus;
    this.controller = null;
  }

  start() {
    this.stop();
    this.controller = new AbortController();
    this.run(this.controller.signal);
  }

  stop() {
    if (this.controller) this.controller.abort();
    this.controller = null;
  }

  async run(signal) {
    let version = null;
    let pause = 1000;
    while (!signal.aborted) {
      try {
        const path = version === null ? '/api/v1/queue'
          : `/api/v1/queue?after=${version}&wait=${HOLD_SECONDS}`;
        const snapshot = await request('GET', path, undefined, { signal });
        this.onStatus('live');
        pause = 1000;
        if (snapshot) {  // null: the hold ended with no change (204)
          await this.onVersion(snapshot);
          version = snapshot.version;  // only once handled, so a failed refresh is retried
        }
      } catch (error) {
        if (signal.aborted || (error instanceof ApiError && error.status === 401)) return;
        this.onStatus('reconnecting');
        await sleep(pause, signal);
        pause = Math.min(pause * 2, MAX_PAUSE_MS);
      }
    }
  }
}

function sleep(ms, signal) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
  });
}
