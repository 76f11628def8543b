import { request } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatch, createHandlers } from '../../electron/handlers';
import { startHost } from '../../electron/host';
import type { Host } from '../../electron/host';
import { createClient } from '../../shared/api/client';
import { httpTransport } from '../../shared/api/transports';
import { harness } from '../handlers/harness';
import type { Harness } from '../handlers/harness';

let h: Harness;
let host: Host;
let dir: string;

beforeAll(async () => {
  h = await harness();
  dir = await mkdtemp(join(tmpdir(), 'cea-host-'));
  await mkdir(join(dir, 'renderer', 'assets'), { recursive: true });
  await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><title>CEA</title>');
  await writeFile(join(dir, 'renderer', 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(dir, 'secret.txt'), 'outside the served folder');
  host = await startHost({
    dispatch: createDispatch(createHandlers(h.store, h.ctx), h.ctx),
    staticDir: join(dir, 'renderer'),
    maxBody: 64 * 1024,
  });
});

afterAll(async () => {
  await host.close();
  await h.close();
  await rm(dir, { recursive: true, force: true });
});

/** A raw request, so paths reach the server exactly as written (fetch would normalize `..`). */
function raw(path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: string;
  }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const api = (method: string, headers: Record<string, string>, body = '{}') =>
  raw(`/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });

describe('browser-mode host', () => {
  it('prints a 127.0.0.1 URL that carries a long random token in its fragment', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('serves the renderer with strict headers and no CORS', async () => {
    const res = await raw('/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>CEA</title>');
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'",
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect((await raw('/assets/app.js')).headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('refuses every API call without the token, or with a wrong one', async () => {
    for (const headers of [
      {} as Record<string, string>,
      { Authorization: 'Bearer wrong' },
      { Authorization: `Bearer ${host.token}x` },
      { Authorization: host.token },
    ]) {
      const res = await api('programmes.list', headers);
      expect(res.status).toBe(401);
      expect(JSON.parse(res.body)).toEqual({
        ok: false,
        error: { code: 'unauthorized', i18nKey: 'errors:unauthorized' },
      });
    }
    const preflight = await raw('/api/programmes.list', {
      method: 'OPTIONS',
      headers: { Origin: 'http://evil.example' },
    });
    expect(preflight.status).toBe(405);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses paths that leave the served folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%00index.html',
      '//etc/passwd',
    ]) {
      const res = await raw(path);
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('outside the served folder');
    }
  });

  it('answers only on the loopback address and only to its own Host name', async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (external) {
      await expect(fetch(`http://${external.address}:${host.port}/`)).rejects.toThrow();
    }
    const rebound = await raw('/', { headers: { Host: `attacker.example:${host.port}` } });
    expect(rebound.status).toBe(403);
  });

  it('refuses bodies over the limit and malformed JSON', async () => {
    const auth = { Authorization: `Bearer ${host.token}` };
    expect((await api('progress.save', auth, JSON.stringify({ done: 'x'.repeat(70 * 1024) }))).status).toBe(
      413,
    );
    expect((await api('progress.save', auth, '{not json')).status).toBe(400);
    expect(
      (
        await raw('/api/programmes.list', {
          method: 'POST',
          headers: { ...auth, 'Content-Type': 'text/plain' },
          body: '{}',
        })
      ).status,
    ).toBe(415);
  });

  it('runs the real handlers end to end through the HTTP transport, and data survives on disk', async () => {
    const client = createClient(
      httpTransport({ baseUrl: `http://127.0.0.1:${host.port}`, token: host.token }),
    );
    const programmes = await client.send('programmes.list', {});
    expect(programmes[0]?.id).toBe('2020-2021');
    const { report } = await client.send('progress.save', {
      activityId: '2020-2021/VII/3',
      status: 'in-progress',
      percent: 30,
      actualStart: '2020-08',
      actualEnd: null,
      done: 'Questionnaire sent to member countries',
      obstacles: '',
      nextSteps: '',
      evidence: [],
      reportDate: '2020-10-12',
    });
    const detail = await client.send('activity.get', { activityId: '2020-2021/VII/3' });
    expect(detail.reports[0]?.id).toBe(report.id);
    expect((await h.onDisk()).ops.some((op) => op.key === report.id)).toBe(true);
    const refused = await client.call('group.get', { groupId: '2020-2021/XX' });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'unknown-group', i18nKey: 'errors:unknown-group', details: { id: '2020-2021/XX' } },
    });
    const wrongToken = createClient(
      httpTransport({ baseUrl: `http://127.0.0.1:${host.port}`, token: 'nope' }),
    );
    await expect(wrongToken.send('programmes.list', {})).rejects.toMatchObject({
      error: { code: 'unauthorized' },
    });
  });
});
