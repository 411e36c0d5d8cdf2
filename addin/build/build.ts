/**
 * Builds the Excel add-in into dist/addin: functions.json (from the JSDoc of the functions) and its Chinese
 * twin functions.zh-cn.json, addin.js (one esbuild bundle of the functions and the task pane for Excel's shared
 * runtime), the pane's HTML/CSS, the help page, icons and the manifest.
 *
 * office.js comes from Microsoft's CDN, as Office Add-ins must load it in production. `--local-office-js` (used by
 * the tests, which run offline) copies office.js and the Excel host files it loads next to the pane instead.
 * Run: `npm run build:addin`.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chineseMetadata, englishMetadata } from './functions-metadata';
import { helpPage } from './help-page';
import { BUNDLE_ENTRY, MANIFEST, OFFICE_JS_CDN, OUT, ROOT, SRC } from './paths';

const OFFICE_DIST = join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
/** Locale folders of office.js copied next to it (strings it loads by display language). */
const OFFICE_LOCALES = ['en-us', 'zh-cn', 'zh-tw'];

/** Where office.js comes from. */
export type OfficeJsSource = 'cdn' | 'local';

/** functions.json, functions.zh-cn.json and the help page written from the same metadata. */
async function writeMetadata(): Promise<void> {
  const en = await englishMetadata();
  const zh = chineseMetadata(en);
  writeFileSync(join(OUT, 'functions.json'), `${JSON.stringify(en, null, 2)}\n`);
  writeFileSync(join(OUT, 'functions.zh-cn.json'), `${JSON.stringify(zh, null, 2)}\n`);
  writeFileSync(join(OUT, 'help.html'), helpPage(en, zh));
}

async function bundle(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    // Excel's runtimes: Edge WebView2 on Windows, Safari WebKit on Mac, current browsers on the web.
    target: ['es2020', 'chrome100', 'safari15'],
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    logLevel: 'warning',
  });
}

/** office.js, the Excel host scripts it loads and its string tables. */
function copyOfficeJs(): void {
  const keep = (f: string): boolean => !f.includes('.debug.') && /^(office|excel|o15apptofilemappingtable|es6-promise)[\w.-]*\.js$/.test(f);
  for (const f of readdirSync(OFFICE_DIST).filter(keep)) cpSync(join(OFFICE_DIST, f), join(OUT, f));
  for (const locale of OFFICE_LOCALES) cpSync(join(OFFICE_DIST, locale), join(OUT, locale), { recursive: true });
}

/** The pane's page with office.js from `source`. */
export function paneHtml(source: OfficeJsSource): string {
  const html = readFileSync(join(SRC, 'taskpane', 'taskpane.html'), 'utf8');
  const src = source === 'cdn' ? OFFICE_JS_CDN : 'office.js';
  const out = html.replace('<script src="office.js"></script>', `<script src="${src}"></script>`);
  if (!out.includes(`<script src="${src}"></script>`)) throw new Error('taskpane.html has no office.js script tag');
  return out;
}

/** Build everything into dist/addin. */
export async function buildAddin(officeJs: OfficeJsSource = 'cdn'): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  await writeMetadata();
  await bundle(BUNDLE_ENTRY, join(OUT, 'addin.js'));
  writeFileSync(join(OUT, 'taskpane.html'), paneHtml(officeJs));
  cpSync(join(SRC, 'taskpane', 'taskpane.css'), join(OUT, 'taskpane.css'));
  cpSync(join(ROOT, 'addin', 'assets'), join(OUT, 'assets'), { recursive: true });
  cpSync(MANIFEST, join(OUT, 'manifest.xml'));
  if (officeJs === 'local') copyOfficeJs();
}

if (require.main === module) {
  const started = Date.now();
  const officeJs: OfficeJsSource = process.argv.includes('--local-office-js') ? 'local' : 'cdn';
  buildAddin(officeJs).then(
    () => console.log(`add-in built in ${OUT} (office.js: ${officeJs === 'cdn' ? OFFICE_JS_CDN : 'local copy'}; ${Date.now() - started} ms)`),
    (e: Error) => {
      console.error(`build failed: ${e.message}`);
      process.exitCode = 1;
    },
  );
}
