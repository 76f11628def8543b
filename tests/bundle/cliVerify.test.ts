import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/runCli';
import { DATA_DIR, tempDir } from './installations';

describe('verify and import on the command line', () => {
  it('verify exits 0 for a valid bundle and 1 with the reason for a damaged one; import names an unknown signer’s fingerprint', async () => {
    const dir = tempDir();
    const fp = join(dir, 'fp.json');
    const sec = join(dir, 'sec.json');
    const bundle = join(dir, 'fp.ceabundle');
    const ok = async (...args: string[]) => {
      const r = await cli([...args, '--lang', 'en'], {}, DATA_DIR);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      return r.stdout;
    };
    await ok(
      'init',
      '--db',
      fp,
      '--role',
      'focal-point',
      '--country',
      'PER',
      '--group',
      'III',
      '--name',
      'FP Perú',
      '--email',
      'fp@inei.example',
    );
    await ok(
      'init',
      '--db',
      sec,
      '--role',
      'secretariat',
      '--name',
      'Secretaría',
      '--email',
      'sec@cepal.example',
    );
    await ok(
      'progress',
      'set',
      '--db',
      fp,
      '--activity',
      '2020-2021/III/1',
      '--status',
      'delayed',
      '--percent',
      '10',
      '--note',
      'Waiting for the survey',
    );
    const exported = await ok('export', '--db', fp, '--out', bundle);
    const fingerprint = /Key fingerprint: ([0-9A-F ]+)\n/.exec(exported)![1]!;

    expect(await ok('verify', bundle)).toMatch(
      /fp\.ceabundle: valid bundle no\. 1 from FP Perú, 1 change\(s\), key /,
    );
    expect(await ok('verify', bundle, '--db', sec, '--trust-new')).toMatch(
      /programme 2020-2021, 1 change\(s\), key .*; signer not yet trusted/,
    );

    const unknown = await cli(['verify', bundle, '--lang', 'en', '--db', sec], {}, DATA_DIR);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(fingerprint);
    const refused = await cli(['import', bundle, '--lang', 'en', '--db', sec], {}, DATA_DIR);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      new RegExp(
        `fp\\.ceabundle comes from FP Perú <fp@inei\\.example>, whose key is not trusted yet\\. Compare the fingerprint ${fingerprint}`,
      ),
    );

    const damaged = join(dir, 'damaged.ceabundle');
    const bytes = readFileSync(bundle);
    bytes[bytes.length - 40] = bytes[bytes.length - 40]! ^ 0x20;
    writeFileSync(damaged, bytes);
    const bad = await cli(['verify', damaged, '--lang', 'en', '--db', sec], {}, DATA_DIR);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^damaged\.ceabundle is damaged or truncated/);

    expect(await ok('import', bundle, '--db', sec, '--trust-new')).toMatch(
      /1 new, 0 already known, 0 in conflict; now trusting key /,
    );
    expect(await ok('verify', bundle, '--db', sec)).toMatch(
      /already imported \(a replay: it would add nothing\)/,
    );
  });
});
