// Debian's Chromium, headless, driven by playwright-core (no browser download). The flags keep
// it off the network beyond loopback (this machine's network is closed); every run gets a fresh,
// empty profile (Playwright passes it as --user-data-dir), deleted afterwards.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const CHROMIUM = process.env.STILLPOINT_CHROMIUM || '/usr/bin/chromium';

// A 1366×768 front-desk screen.
async function launchBrowser({ viewport = { width: 1366, height: 768 } } = {}) {
  // Failing here (not skipping) is deliberate: a browser test that did not run proved nothing.
  const { chromium } = require('playwright-core');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'stillpoint-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    locale: 'en-GB',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

module.exports = { launchBrowser };
