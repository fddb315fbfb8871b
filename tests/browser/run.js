#!/usr/bin/env node
// Runs one browser spec against a real stillpoint-server in Debian's headless Chromium.
//   node run.js --server PATH/stillpoint-server --assets REPO/assets --spec console.spec.js
//               [--screenshots DIR]
// Exit status: 0 when every step passed, 1 otherwise (missing node modules, Chromium or server
// included: those are failures, not skips).
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const { startServer } = require('./lib/server');
const { launchBrowser } = require('./lib/browser');
const { client } = require('./lib/clinic-api');
const { createSuite } = require('./lib/runner');

const SPEC_LIMIT_MS = 150000;  // sanitizer builds hash passwords slowly

function options(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || argv[i + 1] === undefined) throw new Error(`bad argument ${argv[i]}`);
    out[argv[i].slice(2)] = argv[i + 1];
  }
  for (const required of ['server', 'assets', 'spec'])
    if (!out[required]) throw new Error(`--${required} is required`);
  return out;
}

// Records what the page hands to the browser's alert APIs: notifications (title and body, to
// prove no name leaks) and the oscillators of the chime. Headless Chromium shows neither.
function recordAlerts() {
  window.__alerts = { notifications: [], tones: 0 };
  class RecordingNotification {
    static get permission() { return 'granted'; }
    static requestPermission() { return Promise.resolve('granted'); }
    constructor(title, opts = {}) { window.__alerts.notifications.push({ title, body: opts.body || '' }); }
    close() {}
  }
  window.Notification = RecordingNotification;
  if (window.AudioContext) {
    const create = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function createOscillator() {
      window.__alerts.tones += 1;
      return create.call(this);
    };
  }
}

async function main() {
  const opts = options(process.argv.slice(2));
  const spec = require(path.resolve(__dirname, opts.spec));
  const shotsDir = path.resolve(opts.screenshots || path.join(require('node:os').tmpdir(), 'stillpoint-screenshots'));
  fs.mkdirSync(shotsDir, { recursive: true });

  let server = null;
  let browser = null;
  const watchdog = setTimeout(() => {
    console.log('Bail out! the spec ran over its time limit');
    Promise.resolve(server && server.stop()).finally(() => process.exit(1));
  }, SPEC_LIMIT_MS);
  try {
    server = await startServer({ binary: path.resolve(opts.server), assets: path.resolve(opts.assets) });
    browser = await launchBrowser();
    await browser.context.addInitScript(recordAlerts);
    const page = browser.context.pages()[0] || await browser.context.newPage();
    page.setDefaultTimeout(10000);  // under the step limit, so a failure names what it awaited
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      // Refused requests (401, 403, 429) are expected in some steps; script errors and CSP
      // violations ("Refused to ...") are not.
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
    });
    const suite = createSuite();
    spec(suite);
    const failed = await suite.run({
      server, page, context: browser.context, api: client(server.origin, server.tokens), problems,
      shot: (name) => page.screenshot({ path: path.join(shotsDir, name) }),
      // What the page looked like when a step failed, next to the screenshots.
      onFailure: (n) => page.screenshot({ path: path.join(shotsDir, `failed-step-${n}.png`) }),
    });
    process.exitCode = failed ? 1 : 0;
  } catch (error) {
    console.log(`Bail out! ${error.stack || error}`);
    if (server) console.log(server.log.join('').split('\n').slice(-20).map((l) => `# ${l}`).join('\n'));
    process.exitCode = 1;
  } finally {
    clearTimeout(watchdog);
    if (browser) await browser.close();
    if (server) await server.stop();
  }
}

main();
