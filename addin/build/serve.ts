/**
 * Serves dist/addin over https on localhost:3000 for sideloading during development, with the trusted
 * localhost certificate of office-addin-dev-certs (installed on first run; it asks to trust a local CA).
 * Run: `npm run start:addin` (builds first).
 */
import { createServer } from 'node:https';
import { getHttpsServerOptions } from 'office-addin-dev-certs';
import { DEV_ORIGIN, DEV_PORT, OUT } from './paths';
import { staticHandler } from './static';

async function main(): Promise<void> {
  const tls = await getHttpsServerOptions();
  createServer(tls, staticHandler(OUT)).listen(DEV_PORT, 'localhost', () => {
    console.log(`serving ${OUT} at ${DEV_ORIGIN}/ — sideload manifest.xml (see addin/README.md); Ctrl+C to stop`);
  });
}

main().catch((e: Error) => {
  console.error(`cannot start the add-in server: ${e.message}`);
  process.exitCode = 1;
});
