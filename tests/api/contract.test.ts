import { z } from 'zod';
import { METHODS, contract, isMethod } from '../../shared/api';
import { createClient } from '../../shared/api/client';
import { httpTransport, ipcTransport } from '../../shared/api/transports';
import type { InvokeBridge } from '../../shared/api/transports';
import { AppFailure } from '../../shared/errors';
import type { Result } from '../../shared/errors';

describe('the contract', () => {
  it('names each method once, with a dotted name and a zod input schema', () => {
    expect(new Set(METHODS).size).toBe(METHODS.length);
    for (const m of METHODS) {
      expect(m).toMatch(/^[a-z]+(\.[a-zA-Z]+)+$/);
      expect(contract[m].input).toBeInstanceOf(z.ZodType);
    }
    expect(METHODS).toEqual(
      expect.arrayContaining([
        'programmes.list',
        'programme.get',
        'group.get',
        'activity.get',
        'progress.save',
        'budget.list',
        'budget.add',
        'budget.remove',
        'catalogue.get',
        'identity.get',
        'identity.set',
        'settings.get',
        'backups.list',
        'backups.restore',
      ]),
    );
  });

  it('takes an object with no unknown fields for every method (strict schemas), so nothing unexpected reaches a handler', () => {
    for (const m of METHODS) {
      const def = (
        contract[m].input as unknown as {
          _zod: { def: { type: string; catchall?: { _zod: { def: { type: string } } } } };
        }
      )._zod.def;
      expect(def.type, m).toBe('object');
      expect(def.catchall?._zod.def.type, m).toBe('never');
    }
    expect(contract['programmes.list'].input.safeParse({ unexpectedField: 1 }).success).toBe(false);
  });

  it('knows its own methods and nothing inherited', () => {
    expect(isMethod('group.get')).toBe(true);
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', '', 42, null])
      expect(isMethod(name)).toBe(false);
  });
});

const okReply: Result<unknown> = { ok: true, data: [{ id: '2020-2021' }] };
const errReply: Result<unknown> = {
  ok: false,
  error: { code: 'unknown-group', i18nKey: 'errors:unknown-group', details: { id: 'x' } },
};

describe('client over the IPC bridge', () => {
  it('send returns the data and throws AppFailure with the error value; call returns the Result', async () => {
    const seen: unknown[] = [];
    const bridge: InvokeBridge = {
      invoke: async (method, input) => {
        seen.push([method, input]);
        return method === 'programmes.list' ? okReply : errReply;
      },
    };
    const client = createClient(ipcTransport(bridge));
    expect(await client.send('programmes.list', {})).toEqual(okReply.ok && okReply.data);
    await expect(client.send('group.get', { groupId: '2020-2021/XX' })).rejects.toBeInstanceOf(AppFailure);
    await expect(client.send('group.get', { groupId: '2020-2021/XX' })).rejects.toMatchObject({
      error: { code: 'unknown-group' },
    });
    expect(await client.call('group.get', { groupId: '2020-2021/XX' })).toEqual(errReply);
    expect(seen[0]).toEqual(['programmes.list', {}]);
  });

  it('turns a broken bridge or a malformed reply into error values', async () => {
    const throwing = createClient(ipcTransport({ invoke: () => Promise.reject(new Error('gone')) }));
    expect(await throwing.call('programmes.list', {})).toEqual({
      ok: false,
      error: { code: 'transport', i18nKey: 'errors:transport' },
    });
    const garbled = createClient(ipcTransport({ invoke: async () => ({ nonsense: true }) as never }));
    expect(await garbled.call('programmes.list', {})).toEqual({
      ok: false,
      error: { code: 'bad-reply', i18nKey: 'errors:bad-reply' },
    });
  });
});

describe('client over HTTP', () => {
  it('POSTs JSON to /api/<method> with the bearer token and reads the Result', async () => {
    const requests: { url: string; init: RequestInit | undefined }[] = [];
    const fakeFetch = (async (url: RequestInfo | URL, init?: RequestInit) => {
      requests.push({ url: url instanceof Request ? url.url : String(url), init });
      return new Response(JSON.stringify(okReply), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }) as typeof fetch;
    const client = createClient(
      httpTransport({ baseUrl: 'http://127.0.0.1:4000', token: 'tok', fetch: fakeFetch }),
    );
    expect(await client.send('programme.get', { programmeId: '2020-2021' })).toEqual(
      okReply.ok && okReply.data,
    );
    expect(requests[0]?.url).toBe('http://127.0.0.1:4000/api/programme.get');
    expect(requests[0]?.init).toMatchObject({
      method: 'POST',
      body: JSON.stringify({ programmeId: '2020-2021' }),
    });
    expect(new Headers(requests[0]?.init?.headers).get('Authorization')).toBe('Bearer tok');
    expect(new Headers(requests[0]?.init?.headers).get('Content-Type')).toBe('application/json');
  });

  it('reports network failures, a 401 without a body and a non-JSON reply as error values', async () => {
    const down = createClient(
      httpTransport({ baseUrl: '', token: 't', fetch: () => Promise.reject(new TypeError('offline')) }),
    );
    expect(await down.call('programmes.list', {})).toEqual({
      ok: false,
      error: { code: 'transport', i18nKey: 'errors:transport' },
    });
    const denied = createClient(
      httpTransport({ baseUrl: '', token: 't', fetch: async () => new Response('', { status: 401 }) }),
    );
    expect(await denied.call('programmes.list', {})).toEqual({
      ok: false,
      error: { code: 'unauthorized', i18nKey: 'errors:unauthorized' },
    });
    const html = createClient(
      httpTransport({ baseUrl: '', token: 't', fetch: async () => new Response('<html>', { status: 502 }) }),
    );
    expect(await html.call('programmes.list', {})).toEqual({
      ok: false,
      error: { code: 'bad-reply', i18nKey: 'errors:bad-reply', details: { status: 502 } },
    });
  });
});
