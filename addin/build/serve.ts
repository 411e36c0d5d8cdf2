/**
 * Serves dist/addin over https on localhost:3000 for sideloading during development, with the localhost
 * certificate of office-addin-dev-certs. On first run it creates the certificate and asks the system to trust its
 * CA. Where that cannot be done (Linux without sudo, a locked-down machine) the server still starts with the
 * generated certificate and says how to trust it by hand. A request it cannot make sense of gets an error status,
 * never ends the server. Run: `npm run start:addin` (builds first) or `npm run dev-server`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type ServerOptions } from 'node:https';
import type { AddressInfo } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { generateCertificates, getHttpsServerOptions } from 'office-addin-dev-certs';
import { DEV_ORIGIN, DEV_PORT, OUT } from './paths';
import { staticHandler } from './static';

/** Where office-addin-dev-certs keeps its certificates (its defaults). */
const CERTS = join(homedir(), '.office-addin-dev-certs');
const CA = join(CERTS, 'ca.crt');
const CERT = join(CERTS, 'localhost.crt');
const KEY = join(CERTS, 'localhost.key');

/** What to do when the CA cannot be installed, by platform. */
function trustByHand(problem: string): string {
  const lines = [
    `The development certificate's CA could not be installed for this user (${problem.split('\n')[0]}).`,
    `The server runs with it anyway; until the CA is trusted, Excel and browsers refuse ${DEV_ORIGIN}.`,
    'To trust it:',
  ];
  if (process.platform === 'linux') {
    lines.push(
      '  - with admin rights: sudo npx office-addin-dev-certs install (or copy the CA to /usr/local/share/ca-certificates/ and run sudo update-ca-certificates);',
      `  - without: import ${CA} in the browser you open Excel on the web with (Chrome/Chromium: Settings → Privacy and security → Security → Manage certificates → Authorities → Import; Firefox: Settings → Privacy & Security → Certificates → View Certificates → Authorities → Import), trust it for websites, and reload;`,
      '  - Excel desktop is not available on Linux: sideload manifest.xml in Excel on the web (addin/README.md, "Sideload").',
    );
  } else {
    lines.push(`  - run npx office-addin-dev-certs install as an administrator, or import ${CA} into the system's trusted root authorities.`);
  }
  lines.push('Alternatively host dist/addin on any https server you already trust and point manifest.xml at it.');
  return lines.join('\n');
}

/** TLS options: the trusted dev certificate, else the generated one with instructions, else an explanation. */
async function tlsOptions(): Promise<ServerOptions> {
  try {
    return await getHttpsServerOptions();
  } catch (e) {
    const problem = e instanceof Error ? e.message : String(e);
    if (!existsSync(CERT) || !existsSync(KEY)) await generateCertificates(CA, CERT, KEY);
    console.warn(trustByHand(problem));
    return { ca: readFileSync(CA), cert: readFileSync(CERT), key: readFileSync(KEY) };
  }
}

/** The port: package.json's `config.dev_server_port` when run through npm (as Office's tools read it), else 3000. */
const PORT = Number(process.env.npm_package_config_dev_server_port ?? DEV_PORT);

async function main(): Promise<void> {
  const server = createServer(await tlsOptions(), staticHandler(OUT));
  // A client that speaks no TLS or sends garbage is answered and dropped; the server goes on.
  server.on('tlsClientError', () => undefined);
  server.on('clientError', (_err, socket) => socket.destroy());
  server.listen(PORT, 'localhost', () => {
    const { port } = server.address() as AddressInfo;
    const origin = port === DEV_PORT ? DEV_ORIGIN : `https://localhost:${port}`;
    console.log(`serving ${OUT} at ${origin}/ — sideload manifest.xml (see addin/README.md); Ctrl+C to stop`);
  });
}

main().catch((e: Error) => {
  console.error(`cannot start the add-in server: ${e.message}`);
  process.exitCode = 1;
});
