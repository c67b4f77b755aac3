// Adds a Turtle file to a named graph through the Fuseki UI's "add data" page, logged in with HTTP Basic.
// Usage: UI_USER=alice UI_PASSWORD=... node ui-upload.mjs SERVER_URL GRAPH_IRI TURTLE_TEXT
// Exits 0 when the UI reports the upload as done with a triple count, 1 otherwise, and prints one JSON line.
// As in ui-query.mjs, only requests to the server itself leave the browser.
import { chromium } from 'playwright-core';

const [base, graph, turtle] = process.argv.slice(2);
if (!base || !graph || !turtle || !process.env.UI_USER) {
  console.error('usage: UI_USER=NAME UI_PASSWORD=PW node ui-upload.mjs SERVER_URL GRAPH_IRI TURTLE_TEXT');
  process.exit(2);
}
const origin = new URL(base).origin;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const report = { uploaded: null, statuses: [], blocked: [], errors: [] };
let ok = false;
try {
  const context = await browser.newContext({
    httpCredentials: { username: process.env.UI_USER, password: process.env.UI_PASSWORD || '' },
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + '/')) {
      return route.continue();
    }
    report.blocked.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => report.errors.push(String(e)));
  page.on('response', (r) => {
    if (r.url().includes('/geokg/data')) {
      report.statuses.push(`${r.request().method()} ${r.status()}`);
    }
  });
  await page.goto(new URL('#/dataset/geokg/upload', base).toString(), { waitUntil: 'domcontentloaded' });
  await page.locator('#dataset-graph-name').fill(graph);
  await page.locator('input[type=file]').setInputFiles({
    name: 'notes.ttl', mimeType: 'text/turtle', buffer: Buffer.from(turtle, 'utf8'),
  });
  await page.locator('.upload-files').click();
  const count = page.locator('text=Triples uploaded:').locator('xpath=following-sibling::span[1]');
  await page.waitForFunction(() => [...document.querySelectorAll('span.small')]
    .some((s) => s.textContent.includes('Triples uploaded')
      && s.nextElementSibling && Number(s.nextElementSibling.textContent.trim()) > 0), null, { timeout: 30000 });
  report.uploaded = Number((await count.first().innerText()).trim());
  ok = report.uploaded > 0;
} catch (e) {
  report.errors.push(String(e && e.message ? e.message : e));
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
process.exit(ok ? 0 : 1);
