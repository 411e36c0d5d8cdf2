import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { get } from 'node:https';
import { join } from 'node:path';
import { ROOT } from '../../addin/build/paths';
import { ensureBuilt } from './built';
import { tempDir } from '../temp-dirs';

/** GET a raw path from the dev server, accepting its self-made certificate. */
function fetchStatus(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get({ host: 'localhost', port, path, rejectUnauthorized: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on('error', reject);
  });
}

describe('the development server (npm run start:addin)', function () {
  this.timeout(120_000);
  let server: ChildProcess | undefined;
  let output = '';
  let port = 0;
  let home = '';

  before(async () => {
    await ensureBuilt();
    // A home of its own: the certificate is made afresh there, and the user's own is left alone. Port 0: any free one.
    home = tempDir('crm-dev-server-');
    server = spawn(process.execPath, ['-r', 'tsx/cjs', join(ROOT, 'addin', 'build', 'serve.ts')], {
      cwd: ROOT, env: { ...process.env, HOME: home, USERPROFILE: home, npm_package_config_dev_server_port: '0' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    port = await new Promise<number>((resolve, reject) => {
      const seen = (chunk: Buffer): void => {
        output += chunk.toString();
        const m = /serving .* at https:\/\/localhost:(\d+)\//.exec(output);
        if (m) resolve(Number(m[1]));
      };
      server!.stdout!.on('data', seen);
      server!.stderr!.on('data', seen);
      server!.on('exit', (code) => reject(new Error(`the server exited (${code}):\n${output}`)));
    });
  });

  after(() => {
    server?.kill();
    rmSync(home, { recursive: true, force: true });
  });

  it('starts even where the certificate cannot be installed, and then says how to trust it', () => {
    // Installing the CA needs admin rights; where it worked there is nothing to explain. Without sudo it cannot work.
    const noSudo = process.platform === 'linux' && !['/usr/bin/sudo', '/bin/sudo'].some((p) => existsSync(p));
    if (noSudo) assert.match(output, /could not be installed/);
    if (/could not be installed/.test(output)) {
      assert.match(output, /ca\.crt/);
      assert.match(output, process.platform === 'linux' ? /Excel on the web/ : /administrator/);
    }
    assert.ok(port > 0);
  });

  it('answers malformed URLs with 400, serves the pane, and keeps running', async () => {
    assert.equal(await fetchStatus(port, '/%E0%A4%A'), 400);
    assert.equal(await fetchStatus(port, '/%'), 400);
    assert.equal(await fetchStatus(port, '/taskpane.html'), 200);
    assert.equal(await fetchStatus(port, '/../../etc/passwd'), 404);
    assert.equal(server!.exitCode, null, 'still running');
  });
});
