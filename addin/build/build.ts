/**
 * Builds the Excel add-in into dist/addin: functions.json (from the JSDoc of the functions), functions.js and
 * taskpane.js (esbuild bundles for Excel's browser runtime), the pane's HTML/CSS, icons, the manifest, and a
 * local copy of office.js with the Excel host files it loads, so the pane also works offline.
 * Run: `npm run build:addin`.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { FUNCTIONS_ENTRY, MANIFEST, OUT, ROOT, SRC, TASKPANE_ENTRY } from './paths';

const OFFICE_DIST = join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
/** Locale folders of office.js copied next to it (strings it loads by display language). */
const OFFICE_LOCALES = ['en-us', 'zh-cn', 'zh-tw'];

/** functions.json from the functions' JSDoc; fails the build on any metadata error. */
async function writeMetadata(): Promise<void> {
  const result = await generateCustomFunctionsMetadata(FUNCTIONS_ENTRY);
  if (result.errors.length > 0) throw new Error(`functions.json: ${result.errors.join('; ')}`);
  writeFileSync(join(OUT, 'functions.json'), result.metadataJson);
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

/** Build everything into dist/addin. */
export async function buildAddin(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  await writeMetadata();
  await bundle(FUNCTIONS_ENTRY, join(OUT, 'functions.js'));
  await bundle(TASKPANE_ENTRY, join(OUT, 'taskpane.js'));
  for (const f of ['taskpane.html', 'taskpane.css', 'help.html']) cpSync(join(SRC, 'taskpane', f), join(OUT, f));
  cpSync(join(ROOT, 'addin', 'assets'), join(OUT, 'assets'), { recursive: true });
  cpSync(MANIFEST, join(OUT, 'manifest.xml'));
  copyOfficeJs();
}

if (require.main === module) {
  const started = Date.now();
  buildAddin().then(
    () => console.log(`add-in built in ${OUT} (${Date.now() - started} ms)`),
    (e: Error) => {
      console.error(`build failed: ${e.message}`);
      process.exitCode = 1;
    },
  );
}
