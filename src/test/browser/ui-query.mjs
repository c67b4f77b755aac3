// Opens a query page of the Fuseki UI served by geokg serve, runs the query and checks the result table.
// Usage: node ui-query.mjs QUERY_PAGE_URL EXPECTED_CELL... [--screenshot FILE]
// QUERY_PAGE_URL is a link as `geokg serve` prints it (.../#/dataset/geokg/query?query=...); the route only
// fills the editor, so the script presses the run button. It exits 0 when one row of the results holds
// every expected cell (a literal's text, without quotes, language or datatype), 1 otherwise, and prints one
// JSON line saying what it saw.
// Chromium stays off the network: only requests to the server itself are let through.
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const shotAt = args.indexOf('--screenshot');
const screenshot = shotAt >= 0 ? args.splice(shotAt, 2)[1] : null;
const [pageUrl, ...expected] = args;
if (!pageUrl || expected.length === 0) {
  console.error('usage: node ui-query.mjs QUERY_PAGE_URL EXPECTED_CELL... [--screenshot FILE]');
  process.exit(2);
}
const origin = new URL(pageUrl).origin;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const report = { page: pageUrl, editorFilled: false, rows: 0, matched: null, blocked: [], errors: [] };
let ok = false;
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
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
  await page.goto(pageUrl, { waitUntil: 'domcontentloaded' });
  const run = page.locator('.yasqe_queryButton');
  await run.waitFor({ state: 'visible', timeout: 30000 });
  // The editor shows the query from the link (its first line is the question comment).
  await page.waitForFunction(() => {
    const cm = document.querySelector('.CodeMirror');
    return cm && cm.CodeMirror && cm.CodeMirror.getValue().includes('SELECT');
  }, null, { timeout: 30000 });
  report.editorFilled = true;
  await run.click();
  const rows = page.locator('.yasr table tbody tr');
  await rows.first().waitFor({ state: 'visible', timeout: 30000 });
  report.rows = await rows.count();
  for (let i = 0; i < report.rows; i++) {
    const cells = await rows.nth(i).locator('td').allInnerTexts();
    // Literals show as "Albania"@en or "1"^^<...>: compare the text between the quotes.
    const text = cells.map((c) => c.trim().replace(/^"(.*)"(@[\w-]+|\^\^.*)?$/s, '$1'));
    if (expected.every((e) => text.includes(e))) {
      report.matched = text;
      ok = true;
      break;
    }
  }
  if (screenshot) {
    await page.screenshot({ path: screenshot, fullPage: false });
  }
} catch (e) {
  report.errors.push(String(e && e.message ? e.message : e));
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
process.exit(ok ? 0 : 1);
