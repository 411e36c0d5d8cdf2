import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { GRADE_PRESETS } from '../../engine/core/grade';
import { OWNERSHIP_PRESETS } from '../../engine/core/policy/presets';
import { ensureBuilt } from './built';
import { OUT, ROOT } from '../../addin/build/paths';
import { staticHandler } from '../../addin/build/static';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = join(ROOT, 'dist', 'test-output', 'taskpane.png');
const HELP_SCREENSHOT = join(ROOT, 'dist', 'test-output', 'help-zh.png');

describe('task pane in a real browser (outside Excel)', function () {
  this.timeout(120_000);
  let server: Server;
  let browser: Browser;
  let origin = '';

  before(async function () {
    if (!existsSync(CHROMIUM)) {
      if (process.env.CI === 'true') throw new Error(`Chromium is required in CI but ${CHROMIUM} is missing`);
      console.log(`      (skipped: ${CHROMIUM} not installed)`);
      this.skip();
    }
    await ensureBuilt();
    server = createServer(staticHandler(OUT));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  it('the help page lists every function with its Chinese name, and each helpUrl lands on its section', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 900, height: 1200 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await page.route((url) => !url.href.startsWith(origin), (route) => {
      problems.push(`external request: ${route.request().url()}`);
      return route.abort();
    });
    const zh = JSON.parse(readFileSync(join(OUT, 'functions.zh-cn.json'), 'utf8')) as { functions: { id: string; name: string; helpUrl: string }[] };
    for (const f of zh.functions) {
      await page.goto(`${origin}/${f.helpUrl.slice(f.helpUrl.indexOf('help.html'))}`);
      const section = page.locator(`section#${f.id.toLowerCase()}`);
      assert.ok(await section.isVisible(), `${f.id}: its section is visible`);
      assert.ok((await section.locator('.zh-name').textContent())!.includes(`=CRM.${f.name}(`), `${f.id}: shows CRM.${f.name}`);
    }
    await page.goto(`${origin}/help.html`);
    const listed = await page.$$eval('section .zh-name code', (cs) => cs.map((c) => c.textContent!.replace(/\(.*$/, '')));
    assert.deepEqual(listed, zh.functions.map((f) => `=CRM.${f.name}`));
    mkdirSync(join(ROOT, 'dist', 'test-output'), { recursive: true });
    await page.screenshot({ path: HELP_SCREENSHOT, fullPage: false });
    await context.close();
    assert.deepEqual(problems, []);
  });

  for (const locale of ['en-US', 'zh-CN']) {
    it(`renders (${locale}) with the bundled office.js, no console errors, and says to open it in Excel`, async () => {
      const context = await browser.newContext({ locale, viewport: { width: 360, height: 900 } });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
      // Loopback only: anything else would be the page reaching the network.
      await page.route((url) => !url.href.startsWith(origin), (route) => {
        problems.push(`external request: ${route.request().url()}`);
        return route.abort();
      });
      await page.goto(`${origin}/taskpane.html`);
      await page.waitForSelector('#outside:not([hidden])', { timeout: 20_000 });
      const zh = locale.startsWith('zh');
      assert.equal(await page.textContent('h1'), zh ? '客户规则' : 'CRM Rules');
      assert.match((await page.textContent('#outside'))!, zh ? /请在 Excel 中打开/ : /Open this pane in Excel/);
      const presets = await page.$$eval('#preset option', (os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
      assert.deepEqual(presets, Object.values(OWNERSHIP_PRESETS).map((p) => [p.name, p.title]), 'the regulation\'s Chinese title is shown');
      assert.equal(await page.$eval('#preset', (s) => (s as HTMLSelectElement).value), 'site-first-reception', 'the default preset is chosen');
      assert.match((await page.textContent('#preset-description'))!, /来访判客/);
      assert.equal(await page.$$eval('button', (bs) => bs.every((b) => (b as HTMLButtonElement).disabled)), true, 'actions need Excel');
      const gradePresets = await page.$$eval('#grade-preset option', (os) => os.map((o) => (o as HTMLOptionElement).value));
      assert.deepEqual(gradePresets, ['', ...Object.keys(GRADE_PRESETS)], 'grading is off until a grade preset is chosen');
      assert.equal(await page.textContent('#grade-preset option'), zh ? '（不分级）' : '(none)');
      assert.equal(await page.textContent('label[for="grade-preset"]'), zh ? '分级预设（规则表未设置分级时使用）' : 'Grade preset (when the Rules sheet has none)');
      await page.selectOption('#preset', 'reception-70-30');
      assert.match((await page.textContent('#preset-description'))!, /三七分成/);
      assert.equal(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office), 'object', 'office.js loaded');
      mkdirSync(join(ROOT, 'dist', 'test-output'), { recursive: true });
      await page.screenshot({ path: zh ? SCREENSHOT.replace('.png', '-zh.png') : SCREENSHOT, fullPage: true });
      await context.close();
      assert.deepEqual(problems, []);
    });
  }
});
