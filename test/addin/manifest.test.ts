import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { paneHtml } from '../../addin/build/build';
import { DEV_ORIGIN, MANIFEST, OFFICE_JS_CDN, OUT } from '../../addin/build/paths';
import { ensureBuilt } from './built';

type Node = Record<string, unknown>;

/** Every value of attribute `name` anywhere under a node. */
function attributes(node: unknown, name: string, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) attributes(n, name, found);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === `@_${name}` && typeof v === 'string') found.push(v);
      else attributes(v, name, found);
    }
  }
  return found;
}

/** Width and height of a PNG file from its IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  assert.equal(b.subarray(1, 4).toString('ascii'), 'PNG', `${file} is not a PNG`);
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('manifest.xml (offline check)', () => {
  const xml = readFileSync(MANIFEST, 'utf8');
  const parser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, isArray: (name) => ['Image', 'Url', 'String', 'Set', 'Runtime', 'ExtensionPoint', 'Override', 'AppDomain'].includes(name) });
  const doc = parser.parse(xml) as Node;
  const app = doc.OfficeApp as Node;
  const overrides = app.VersionOverrides as Node;
  const host = ((overrides.Hosts as Node).Host as Node);
  const resources = overrides.Resources as Node;
  const ids = new Map<string, string>();
  for (const group of ['Images', 'Urls', 'ShortStrings', 'LongStrings']) {
    const inner = resources[group] as Node;
    for (const item of (Object.values(inner)[0] as Node[])) ids.set(item['@_id'] as string, item['@_DefaultValue'] as string);
  }
  const functionsPoint = ((host.AllFormFactors as Node).ExtensionPoint as Node[]).find((e) => e['@_type'] === 'CustomFunctions')!;
  const resid = (n: unknown): string => (n as Node)['@_resid'] as string;

  before(() => ensureBuilt());

  it('is a task pane add-in for Excel that requires the shared runtime', () => {
    assert.equal(app['@_type'], 'TaskPaneApp');
    assert.match(String(app.Id), /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.match(String(app.Version), /^\d+\.\d+\.\d+\.\d+$/);
    assert.equal(((app.Hosts as Node).Host as Node)['@_Name'], 'Workbook');
    const sets = ((app.Requirements as Node).Sets as Node).Set as Node[];
    assert.ok(sets.some((s) => s['@_Name'] === 'SharedRuntime' && s['@_MinVersion'] === '1.1'));
    assert.equal(host['@_type'], 'Workbook');
  });

  it('runs functions and task pane in one long-lived runtime page', () => {
    const runtimes = (host.Runtimes as Node).Runtime as Node[];
    assert.equal(runtimes.length, 1);
    assert.equal(runtimes[0]['@_lifetime'], 'long');
    const page = resid(runtimes[0]);
    assert.equal(resid((functionsPoint.Page as Node).SourceLocation), page, 'custom functions page = runtime');
    const desktop = host.DesktopFormFactor as Node;
    assert.equal(resid(desktop.FunctionFile), page, 'function file = runtime');
    const button = ((((desktop.ExtensionPoint as Node[])[0].OfficeTab as Node).Group as Node).Control as Node);
    assert.equal((button.Action as Node)['@_type'], 'ShowTaskpane');
    assert.equal(resid((button.Action as Node).SourceLocation), page, 'task pane = runtime');
    assert.equal(ids.get(page), `${DEV_ORIGIN}/taskpane.html`);
    assert.equal(((app.DefaultSettings as Node).SourceLocation as Node)['@_DefaultValue'], ids.get(page));
  });

  it('declares the CRM namespace, the one script addin.js, functions.json and its zh-CN twin', () => {
    assert.equal(ids.get(resid(functionsPoint.Namespace)), 'CRM');
    assert.equal(ids.get(resid((functionsPoint.Script as Node).SourceLocation)), `${DEV_ORIGIN}/addin.js`);
    const metadata = resid((functionsPoint.Metadata as Node).SourceLocation);
    assert.equal(ids.get(metadata), `${DEV_ORIGIN}/functions.json`);
    const url = ((resources.Urls as Node).Url as Node[]).find((u) => u['@_id'] === metadata)!;
    assert.deepEqual((url.Override as Node[]).map((o) => [o['@_Locale'], o['@_Value']]), [['zh-CN', `${DEV_ORIGIN}/functions.zh-cn.json`]]);
  });

  it('every resid resolves to a resource id of at most 32 characters', () => {
    const used = attributes(overrides, 'resid');
    assert.ok(used.length >= 10);
    for (const r of used) {
      assert.ok(ids.has(r), `resid ${r} has no resource`);
      assert.ok(r.length <= 32, `resid ${r} is longer than 32 characters`);
    }
  });

  it('every URL is on the development origin and names a file the build produced', () => {
    const urls = [...(xml.replace(/<!--[\s\S]*?-->/g, "").match(/https?:\/\/[^"<\s]+/g) ?? [])].filter((u) => !u.startsWith('http://schemas.microsoft.com/') && !u.startsWith('http://www.w3.org/'));
    assert.ok(urls.length >= 8);
    for (const url of urls) {
      assert.ok(url.startsWith(DEV_ORIGIN), `${url} is not on ${DEV_ORIGIN}`);
      const path = url.slice(DEV_ORIGIN.length);
      if (path) assert.ok(existsSync(join(OUT, path)), `${url}: dist/addin${path} was not built`);
    }
  });

  it('icons have the sizes their resource ids and manifest slots say', () => {
    for (const [id, url] of ids) {
      const m = /^Icon\.(\d+)x(\d+)$/.exec(id);
      if (m) assert.deepEqual(pngSize(join(OUT, url.slice(DEV_ORIGIN.length))), [Number(m[1]), Number(m[2])], id);
    }
    assert.deepEqual(pngSize(join(OUT, 'assets', 'icon-32.png')), [32, 32]);
    assert.deepEqual(pngSize(join(OUT, 'assets', 'icon-64.png')), [64, 64]);
    assert.match(String((app.HighResolutionIconUrl as Node)['@_DefaultValue']), /icon-64\.png$/);
  });

  it('the production pane loads office.js from Microsoft\'s CDN, the test build a local copy, and addin.js after it', () => {
    const cdn = paneHtml('cdn');
    assert.equal(OFFICE_JS_CDN, 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    assert.ok(cdn.includes(`<script src="${OFFICE_JS_CDN}"></script>`));
    assert.ok(!cdn.includes('<script src="office.js">'));
    const local = paneHtml('local');
    assert.ok(local.includes('<script src="office.js"></script>') && !local.includes(OFFICE_JS_CDN));
    for (const html of [cdn, local]) {
      const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
      assert.deepEqual(scripts.slice(1), ['addin.js'], 'one script for functions and pane, after office.js');
    }
    assert.ok(existsSync(join(OUT, 'office.js')), 'the test build has its local copy');
  });
});
