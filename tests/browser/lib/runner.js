// A tiny sequential test runner: the steps of one spec share a server and a browser page, in
// order, like a shift at the desk. Prints TAP; the process exits 1 when any step fails, so CTest
// reports the spec as failed. Each step has a time limit, the whole spec another.
'use strict';

function createSuite() {
  const steps = [];
  return {
    test(name, fn, { timeout = 15000 } = {}) { steps.push({ name, fn, timeout }); },
    async run(context) {
      let failed = 0;
      console.log(`1..${steps.length}`);
      for (const [i, step] of steps.entries()) {
        const started = Date.now();
        try {
          await withTimeout(step.fn(context), step.timeout, step.name);
          console.log(`ok ${i + 1} - ${step.name} (${Date.now() - started} ms)`);
        } catch (error) {
          failed += 1;
          console.log(`not ok ${i + 1} - ${step.name}`);
          console.log(indent(error && error.stack ? error.stack : String(error)));
          if (context.onFailure) await context.onFailure(i + 1).catch(() => {});
        }
      }
      return failed;
    },
  };
}

function withTimeout(promise, ms, name) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`"${name}" took over ${ms} ms`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

function indent(text) {
  return text.split('\n').map((l) => `  # ${l}`).join('\n');
}

// Polls `probe` until it returns a truthy value; throws with `what` after `ms`.
async function eventually(probe, what, ms = 5000, every = 50) {
  const deadline = Date.now() + ms;
  let last;
  while (Date.now() < deadline) {
    try {
      last = await probe();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, every));
  }
  throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
}

module.exports = { createSuite, eventually };
