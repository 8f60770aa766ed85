// The measure worker in Debian's Chromium, spoken to in the site's one worker protocol
// (web/assets/js/engine/worker-client.js): files read with File.stream() in chunks give the
// same document as `rightsize measure` on the same files, with progress on the way; a cancel
// stops a long read (answered null); bad options come back as errors. No file is sent anywhere.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../../../wasm/node/load-node.js';
import { openPage, useSiteAndBrowser } from '../harness.js';
import { writeSamples } from '../../wasm/measure-samples.js';

const site = useSiteAndBrowser();
const cli = process.env.RIGHTSIZE_CLI ?? path.join(repoRoot, 'build/native/bin/rightsize');
const samples = await writeSamples();
test.after(() => rm(samples.dir, { recursive: true, force: true }));
// The worker as the build bundled it for the "from my files" section: a content-hashed file.
const workerFile = (await readdir(path.join(repoRoot, 'dist/assets/js'))).find((f) =>
  /^measure-worker-\w+\.js$/.test(f),
);

// Runs requests through a fresh worker on a page of the site; returns every message. The
// protocol: {init} first, then {id, request}, {cancel: id}; answers {id, progress}, {id, result}.
async function inWorker(page, requests, cancelAfterProgress = false) {
  return page.evaluate(
    async ({ requests, cancelAfterProgress, workerFile }) => {
      const worker = new Worker(new URL(`../assets/js/${workerFile}`, location.href), { type: 'module' });
      const messages = [];
      const finished = new Promise((resolve) => {
        let pending = requests.length;
        worker.addEventListener('message', ({ data }) => {
          messages.push(data);
          if ('progress' in data && cancelAfterProgress) worker.postMessage({ cancel: data.id });
          if (('result' in data || 'failed' in data) && --pending === 0) resolve();
        });
      });
      worker.postMessage({ init: {} });
      for (const { id, files } of requests)
        worker.postMessage({
          id,
          request: {
            files: files.map((f) => ({
              kind: f.kind,
              name: f.name,
              format: f.format,
              file: new File(
                f.repeat ? Array(f.repeat).fill(f.text) : [new Uint8Array(f.bytes)],
                f.name.split('/').pop(),
              ),
            })),
          },
        });
      await finished;
      worker.terminate();
      return messages;
    },
    { requests, cancelAfterProgress, workerFile },
  );
}

const file = async (kind, name) => ({
  kind,
  name: samples.paths[name],
  bytes: [...(await readFile(samples.paths[name]))],
});

test("files measured in the worker give the CLI's document, with progress on the way", async () => {
  const context = await site.browser.newContext();
  const { page, problems } = await openPage(context, site.server.origin);
  await page.goto(`${site.server.origin}/calculator/`);
  const files = [
    await file('access_log', 'nginx'),
    await file('queries', 'queries'),
    await file('app_cpu', 'grafana'),
    await file('db_cpu', 'sar'),
    await file('access_log', 'cut'),
  ];
  const messages = await inWorker(page, [{ id: 7, files }]);
  const done = messages.find((m) => m.result?.ok);
  assert.ok(done, JSON.stringify(messages.filter((m) => !('progress' in m))));
  const run = spawnSync(
    cli,
    [
      'measure',
      '--access-log',
      samples.paths.nginx,
      '--queries',
      samples.paths.queries,
      '--app-cpu',
      samples.paths.grafana,
      '--db-cpu',
      samples.paths.sar,
      '--access-log',
      samples.paths.cut,
    ],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  assert.equal(run.error, undefined);
  assert.deepEqual(done.result.result, JSON.parse(run.stdout));
  const progress = messages.filter((m) => 'progress' in m).map((m) => ({ id: m.id, ...m.progress }));
  assert.ok(progress.length >= files.length, 'at least one progress message per file');
  const total = files.reduce((s, f) => s + f.bytes.length, 0);
  assert.deepEqual(progress.at(-1), { id: 7, file: samples.paths.cut, bytes: total, total });
  assert.ok(progress.every((m, i) => i === 0 || m.bytes >= progress[i - 1].bytes));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a cancel stops a long read between chunks, and the worker then measures the next request', async () => {
  const context = await site.browser.newContext();
  const { page, problems } = await openPage(context, site.server.origin);
  await page.goto(`${site.server.origin}/calculator/`);
  const line = `${(await readFile(samples.paths.nginx, 'utf8')).split('\n')[0]}\n`;
  const long = { kind: 'access_log', name: 'big.log', text: line.repeat(1000), repeat: 400 }; // about 60 MB
  const messages = await inWorker(page, [{ id: 1, files: [long] }], true);
  assert.deepEqual(messages.at(-1), { id: 1, result: null });
  const after = await inWorker(page, [
    { id: 1, files: [long] },
    { id: 2, files: [await file('queries', 'queries')] },
  ]);
  assert.deepEqual(
    after.find((m) => m.id === 1 && 'result' in m),
    { id: 1, result: null },
    'a newer request cancels an older one',
  );
  assert.equal(
    after.find((m) => m.id === 2 && m.result?.ok).result.result.evidence.db_query_ms.files[0].file,
    samples.paths.queries,
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('bad options come back as errors naming the option', async () => {
  const context = await site.browser.newContext();
  const { page } = await openPage(context, site.server.origin);
  await page.goto(`${site.server.origin}/calculator/`);
  const q = await file('queries', 'queries');
  const messages = await inWorker(page, [{ id: 3, files: [{ ...q, kind: 'access_log', format: 'iis' }] }]);
  assert.deepEqual(messages.at(-1), {
    id: 3,
    result: {
      ok: false,
      errors: [{ field: 'format', message: 'unknown format "iis" for access_log: use nginx, apache or jsonl' }],
    },
  });
  await context.close();
});
