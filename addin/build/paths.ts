/**
 * Where the add-in's sources are and where the build puts them. The manifest, the build and the tests all take
 * file names from here so the URLs in manifest.xml and the files in dist/addin cannot drift apart.
 */
import { join } from 'node:path';

/** Repository root. */
export const ROOT = join(__dirname, '..', '..');
/** Add-in sources. */
export const SRC = join(ROOT, 'addin', 'src');
/** Build output served to Excel. */
export const OUT = join(ROOT, 'dist', 'addin');
/** The add-in manifest (source of truth; copied into OUT). */
export const MANIFEST = join(ROOT, 'manifest.xml');
/** The file custom-functions-metadata reads to produce functions.json. */
export const FUNCTIONS_ENTRY = join(SRC, 'functions', 'functions.ts');
/** The one script of the shared runtime: functions and task pane (addin.js). */
export const BUNDLE_ENTRY = join(SRC, 'addin.ts');
/** office.js from Microsoft's CDN, as production add-ins load it (a local copy serves the offline tests). */
export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** Development origin of every URL in the manifest. */
export const DEV_ORIGIN = 'https://localhost:3000';
/** Development server port. */
export const DEV_PORT = 3000;
