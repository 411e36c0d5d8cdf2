import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { staticHandler } from '../../addin/build/static';
import { tempDir } from '../temp-dirs';

/** GET a raw request path (sent as written, not re-encoded) from the loopback server. */
function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => { body += d; }).on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject).end();
  });
}

describe('the add-in\'s static file server', () => {
  const root = tempDir('crm-static-');
  writeFileSync(join(root, 'taskpane.html'), '<p>pane</p>');
  writeFileSync(join(root, 'help.html'), '<p>help</p>');
  let server: Server;
  let port = 0;

  before(async () => {
    server = createServer(staticHandler(root));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  after(() => new Promise((resolve) => server.close(resolve)));

  it('serves files under its root, taskpane.html at /', async () => {
    assert.deepEqual(await get(port, '/'), { status: 200, body: '<p>pane</p>' });
    assert.deepEqual(await get(port, '/help.html#owner'), { status: 200, body: '<p>help</p>' });
  });

  it('answers malformed URLs with 400 and keeps serving', async () => {
    for (const path of ['/%E0%A4%A', '/%', '/help%00.html', '/%C0%AF']) {
      assert.equal((await get(port, path)).status, 400, path);
    }
    assert.equal((await get(port, '/help.html')).status, 200, 'still serving');
  });

  it('never serves outside its root', async () => {
    for (const path of ['/../../etc/passwd', '/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/missing.js']) {
      assert.equal((await get(port, path)).status, 404, path);
    }
  });
});
