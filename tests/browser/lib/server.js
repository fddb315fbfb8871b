// A real stillpoint-server for one spec file: a temp dir with its own config and database, a
// staff account, a kiosk (ticket prefix A), a lobby display and a staff API token, listening on
// a port the OS picks on loopback. stop() is safe to call more than once.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const STAFF_USER = 'frontdesk';
const STAFF_PASSWORD = 'calm-harbour-42';

function cli(binary, base, args, input) {
  const run = spawnSync(binary, [...base, ...args], { input, encoding: 'utf8', timeout: 20000 });
  if (run.error) throw new Error(`cannot run ${binary}: ${run.error.message}`);
  if (run.status !== 0) throw new Error(`${args[0]} failed (${run.status}): ${run.stderr.trim()}`);
  return run.stdout.trim();
}

async function startServer({ binary, assets }) {
  if (!fs.existsSync(binary)) throw new Error(`stillpoint-server not found at ${binary}`);
  if (!fs.existsSync(path.join(assets, 'staff', 'index.html')))
    throw new Error(`no staff console in ${assets}/staff`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stillpoint-browser-'));
  const config = path.join(dir, 'server.json');
  const db = path.join(dir, 'clinic.db');
  fs.writeFileSync(config, JSON.stringify({
    listen: '127.0.0.1:0',  // the OS picks a free port; the server prints it
    assets_dir: path.resolve(assets),
    rooms: ['Room 1', 'Room 2'],
  }));
  const base = ['--config', config, '--db', db];
  cli(binary, base, ['add-staff', '--user', STAFF_USER], `${STAFF_PASSWORD}\n`);
  const tokens = {
    kiosk: cli(binary, base, ['add-device', '--name', 'lobby-kiosk', '--role', 'kiosk', '--ticket-prefix', 'A']),
    display: cli(binary, base, ['add-device', '--name', 'lobby-screen', '--role', 'display']),
    staff: cli(binary, base, ['add-device', '--name', 'desk-api', '--role', 'staff']),
  };
  const child = spawn(binary, [...base, 'serve'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const log = [];
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log.join('')}`)), 15000);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      log.push(chunk);
      const m = /listening on [^\s]*:(\d+)/.exec(log.join(''));
      if (m) { clearTimeout(timer); resolve(Number(m[1])); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited (${code}):\n${log.join('')}`)); });
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitForHealth(origin);
  let stopped = false;
  return {
    origin, port, dir, tokens, log,
    user: STAFF_USER, password: STAFF_PASSWORD,
    async stop() {
      if (stopped) return;
      stopped = true;
      await stopChild(child);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForHealth(origin) {
  const deadline = Date.now() + 10000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${origin}/healthz`);
      if (res.ok) return;
    } catch { /* not yet listening */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server never answered /healthz');
}

// SIGTERM (the server drains held long-polls), then SIGKILL if it hangs.
function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => { clearTimeout(kill); resolve(); });
    child.kill('SIGTERM');
  });
}

module.exports = { startServer };
