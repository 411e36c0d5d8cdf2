/**
 * Builds the add-in once per test run (dist/addin), for the tests that check the build output.
 */
import { buildAddin } from '../../addin/build/build';

let build: Promise<void> | null = null;

/** Build dist/addin unless this run already did. */
export function ensureBuilt(): Promise<void> {
  build ??= buildAddin('local'); // offline: office.js from node_modules, not the CDN
  return build;
}
