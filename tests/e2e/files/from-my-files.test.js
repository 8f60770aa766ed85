// "From my files" on the calculator and the timeline, in Debian's Chromium: generated files
// chosen with setInputFiles fill the fields with what `rightsize measure` prints for the
// same files, each with a note naming its file; damaged files get a message naming them
// and change no field; cancel stops a long read; a dropped file goes to the input its
// format fits; nothing is sent or stored; the section reads without JavaScript; axe passes.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { repoRoot } from '../../../wasm/node/load-node.js';
import { openPage, useSiteAndBrowser } from '../harness.js';
import { internalIds, visibleIds } from '../internal-ids.js';
import { writeSamples } from '../../wasm/measure-samples.js';

const site = useSiteAndBrowser();
const cli = process.env.RIGHTSIZE_CLI ?? path.join(repoRoot, 'build/native/bin/rightsize');
const samples = await writeSamples();
const IDS = await internalIds();
test.after(() => rm(samples.dir, { recursive: true, force: true }));

// A pg_stat_statements export whose most-called SELECTs take most calls: repeated reads.
const cached = path.join(samples.dir, 'cached.csv');
await writeFile(
  cached,
  'query,calls,total_exec_time,mean_exec_time,rows\n' +
    '"SELECT * FROM users WHERE id = $1",90000,180000,2,90000\n"UPDATE users SET seen = now() WHERE id = $1",5000,40000,8,5000\n',
);

function measure(...args) {
  const run = spawnSync(cli, ['measure', ...args], { encoding: 'utf8' });
  assert.equal(run.error, undefined);
  return JSON.parse(run.stdout);
}

async function open(url) {
  const context = await site.browser.newContext();
  const { page, problems } = await openPage(context, site.server.origin);
  const requests = [];
  page.on('request', (r) => requests.push({ method: r.method(), url: r.url(), body: r.postData() }));
  await page.goto(`${site.server.origin}${url}`);
  await page.waitForFunction(() => document.querySelector('rightsize-calculator, rightsize-timeline')?.result != null);
  await page.waitForFunction(() => !document.querySelector('[data-files-inputs]').disabled);
  return { context, page, problems, requests };
}

const value = (page, name) => page.inputValue(`.rs-form [name=${name}]`);
const waitStatus = (page, pattern) =>
  page
    .waitForFunction(
      (source) => new RegExp(source).test(document.querySelector('[data-files-status]').textContent),
      pattern.source,
    )
    .catch(async (e) => {
      throw new Error(`${e.message}; the section says: ${await page.textContent('[data-from-files]')}`);
    });

test("the calculator: files fill the fields with the CLI's numbers, each with a note, and the result follows", async () => {
  const { context, page, problems, requests } = await open('/calculator/');
  const before = requests.length;
  const cliDoc = measure(
    '--access-log',
    samples.paths.nginx,
    '--queries',
    cached,
    '--app-cpu',
    samples.paths.grafana,
    '--db-cpu',
    samples.paths.sar,
  );

  await page.setInputFiles('input[name=access_log]', samples.paths.nginx);
  await waitStatus(page, /Read nginx\.log: filled/);
  await page.setInputFiles('input[name=queries]', cached);
  await waitStatus(page, /Read cached\.csv: filled/);
  await page.setInputFiles('input[name=app_cpu]', samples.paths.grafana);
  await waitStatus(page, /Read grafana\.csv: filled/);
  await page.setInputFiles('input[name=db_cpu]', samples.paths.sar);
  await waitStatus(page, /Read sar\.log: filled/);

  for (const name of ['p95_ms', 'db_query_ms', 'app_cpu_pct', 'db_cpu_pct'])
    assert.equal(await value(page, name), String(cliDoc[name]), name);
  assert.equal(cliDoc.repeated_reads, true);
  assert.equal(await page.isChecked('.rs-form [name=repeated_reads]'), true);

  const note = await page.textContent('#rs-p95_ms-from-file');
  assert.match(note, /^From nginx\.log \(nginx combined \+ \$request_time\): 1,517 lines read, none skipped\./);
  assert.match(note, /busiest clock hour.*2024-01-15, 17:00 to 18:00 UTC \(400 requests\)/);
  assert.match(note, new RegExp(`within ${cliDoc.evidence.p95_ms.relative_error_pct}%`));
  assert.match(await page.getAttribute('.rs-form [name=p95_ms]', 'aria-describedby'), /rs-p95_ms-from-file/);
  assert.match(await page.textContent('#rs-db_cpu_pct-from-file'), /^From sar\.log \(sar -u text\)/);
  assert.match(await page.textContent('#rs-repeated_reads-from-file'), /^Ticked from your file\..*cached\.csv/);

  // The recommendation was recomputed from the filled fields.
  await page.waitForFunction(
    (p95) =>
      document.querySelector('rightsize-calculator').result.fired.some((f) => f.metric === 'p95_ms' && f.value === p95),
    cliDoc.p95_ms,
  );
  // The timeline's figures have no field here, and the page says so.
  assert.match(
    await page.textContent('[data-files-found]'),
    /Peak to average traffic: 7\.91×\. This page's form has no field for it\./,
  );

  // The reader can still edit a filled field.
  await page.fill('.rs-form [name=p95_ms]', '120');
  await page.waitForFunction(
    () => !document.querySelector('rightsize-calculator').result.fired.some((f) => f.metric === 'p95_ms'),
  );

  // Nothing was sent: every request after the files were chosen fetched one of the site's own files.
  const after = requests.slice(before);
  assert.ok(after.length > 0, 'the reader and its module were loaded on demand');
  for (const r of after) {
    assert.equal(r.method, 'GET', r.url);
    assert.equal(r.body ?? null, null, r.url);
    assert.match(r.url, new RegExp(`^${site.server.origin}/assets/`), r.url);
  }
  assert.ok(
    after.some((r) => /rightsize-measure-[^/]*\.wasm$/.test(r.url)),
    'the measure module loaded once a file was chosen',
  );
  // ...and nothing was stored.
  assert.deepEqual(
    await page.evaluate(async () => [localStorage.length, sessionStorage.length, (await indexedDB.databases()).length]),
    [0, 0, 0],
  );

  assert.deepEqual(visibleIds(await page.evaluate(() => document.body.innerText), IDS), []);
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
    [],
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('the calculator loads no file reader until a file is chosen', async () => {
  const { context, page, requests } = await open('/calculator/');
  await page.waitForLoadState('load');
  assert.deepEqual(
    requests.filter((r) => /measure|from-my-files-reader/.test(r.url)).map((r) => r.url),
    [],
  );
  await context.close();
});

test('damaged files get a message naming each file and change no field', async () => {
  const { context, page, problems } = await open('/calculator/');
  const start = await value(page, 'p95_ms');
  await page.setInputFiles('input[name=access_log]', [samples.paths.empty, samples.paths.gzip]);
  await waitStatus(page, /gave no figure\. No field changed\./);
  const messages = await page.$$eval('[data-files-problems] li', (li) => li.map((l) => l.textContent));
  assert.deepEqual(messages, [
    'empty.log: the file is empty',
    'gzip.log: this is a gzip-compressed file: decompress it first (gunzip)',
  ]);
  await page.setInputFiles('input[name=queries]', samples.paths.unknown);
  await waitStatus(page, /unknown\.log gave no figure/);
  assert.match(
    await page.textContent('[data-files-problems]'),
    /^unknown\.log: unknown format: the first line is not a pg_stat_statements CSV header/,
  );
  await page.setInputFiles('input[name=access_log]', samples.paths.notimes);
  await waitStatus(page, /Read notimes\.log/);
  assert.match(await page.textContent('[data-files-problems]'), /^notimes\.log: no request times/);
  assert.equal(await value(page, 'p95_ms'), start, 'no request times: the latency field is unchanged');
  assert.equal(await page.$('#rs-p95_ms-from-file'), null);
  // A cut-short last line and mixed formats are read, and the note says so.
  await page.setInputFiles('input[name=access_log]', [samples.paths.cut, samples.paths.mixed]);
  await waitStatus(page, /Read cut\.log, mixed\.log: filled/);
  const note = await page.textContent('#rs-p95_ms-from-file');
  assert.match(note, /cut\.log .*1 skipped \(line 51: .*\); the last line is cut short/);
  assert.match(note, /mixed\.log .*20 skipped .*mixed formats/);
  assert.deepEqual(visibleIds(await page.evaluate(() => document.body.innerText), IDS), []);
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
    [],
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('cancel stops reading a large file and changes no field', async () => {
  const big = path.join(samples.dir, 'big.log');
  const line = `${(await readFile(samples.paths.nginx, 'utf8')).split('\n')[0]}\n`;
  await writeFile(big, line.repeat(400_000)); // about 50 MB
  const { context, page, problems } = await open('/calculator/');
  const start = await value(page, 'p95_ms');
  await page.setInputFiles('input[name=access_log]', big);
  await page.click('[data-files-cancel]');
  await waitStatus(page, /^Stopped reading big\.log\. No field changed\.$/);
  assert.equal(await page.isHidden('[data-files-progress]'), true);
  assert.equal(await value(page, 'p95_ms'), start);
  // The next file is read as usual.
  await page.setInputFiles('input[name=access_log]', samples.paths.nginx);
  await waitStatus(page, /Read nginx\.log: filled/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a dropped file goes to the input its format fits; a CPU series asks which machine', async () => {
  const { context, page, problems } = await open('/calculator/');
  const drop = (files) =>
    page.evaluate((files) => {
      const transfer = new DataTransfer();
      for (const f of files) transfer.items.add(new File([f.text], f.name));
      document
        .querySelector('[data-from-files]')
        .dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, files);
  const text = async (name) => ({
    name: path.basename(samples.paths[name]),
    text: await readFile(samples.paths[name], 'utf8'),
  });
  await drop([await text('nginx'), await text('unknown')]);
  await waitStatus(page, /Read nginx\.log: filled/);
  const cliDoc = measure('--access-log', samples.paths.nginx);
  assert.equal(await value(page, 'p95_ms'), String(cliDoc.p95_ms));
  assert.equal(await page.$eval('input[name=access_log]', (i) => [...i.files].map((f) => f.name).join()), 'nginx.log');
  assert.match(await page.textContent('[data-files-problems]'), /^unknown\.log: /);

  await drop([await text('sar')]);
  await page.click('[data-files-ask] button:has-text("Database")');
  await waitStatus(page, /Read sar\.log: filled/);
  assert.equal(await value(page, 'db_cpu_pct'), String(measure('--db-cpu', samples.paths.sar).db_cpu_pct));
  assert.deepEqual(problems, []);
  await context.close();
});

test('the timeline: the access log fills its traffic assumptions, a query export ticks repeated reads', async () => {
  const { context, page, problems } = await open('/timeline/');
  await page.setInputFiles('input[name=access_log]', samples.paths.nginx);
  await waitStatus(page, /Read nginx\.log/);
  const { assumptions } = measure('--access-log', samples.paths.nginx);
  for (const name of ['peak_to_average', 'kb_out_per_request']) {
    assert.equal(await value(page, name), String(assumptions[name]));
    await page.waitForFunction(
      ([n, v]) =>
        document.querySelector('rightsize-timeline').result?.assumptions.find((a) => a.name === n)?.value === v,
      [name, assumptions[name]],
    );
  }
  const found = await page.textContent('[data-files-found]');
  assert.match(found, /Request latency, 95th percentile: 2793\.472 ms\. This page's form has no field for it\./);
  await page.setInputFiles('input[name=queries]', cached);
  await waitStatus(page, /Read cached\.csv: filled/);
  assert.equal(await page.isChecked('.rs-form [name=repeated_reads]'), true);
  assert.deepEqual(visibleIds(await page.evaluate(() => document.body.innerText), IDS), []);
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
    [],
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('without JavaScript the section explains itself and shows no working controls', async () => {
  for (const url of ['/calculator/', '/timeline/']) {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${url}`);
    const section = await page.textContent('[data-from-files]');
    assert.match(section, /nothing is uploaded or stored/);
    assert.match(section, /Reading files needs JavaScript/);
    assert.equal(await page.$eval('[data-files-inputs]', (f) => f.disabled), true);
    assert.match(await page.getAttribute('[data-from-files] a', 'href'), /measure\/$/);
    await context.close();
  }
});
