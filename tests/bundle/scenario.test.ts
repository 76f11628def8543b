import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/runCli';
import { DATA_DIR, tempDir } from './installations';

/**
 * The "done means": three focal points of different countries and a secretariat, each with
 * its own database, exchange bundles in different orders through the real CLI and end with the same
 * `state --hash`.
 */
describe('three focal points and a secretariat', () => {
  it('exchange bundles in different orders, with replays and a peer exchange, and converge', async () => {
    const dir = tempDir();
    const db = (who: string) => join(dir, `${who}.json`);
    const file = (name: string) => join(dir, name);
    const run = async (who: string, ...args: string[]) => {
      const r = await cli([...args, '--lang', 'en', '--db', db(who)], {}, DATA_DIR);
      expect(r.stderr, `${who}: ${args.join(' ')}`).toBe('');
      expect(r.code).toBe(0);
      return r.stdout;
    };
    const countries = ['ARG', 'BRA', 'URY'] as const;
    for (const c of countries)
      await run(
        c,
        'init',
        '--role',
        'focal-point',
        '--country',
        c,
        '--group',
        'I',
        '--group',
        'VII',
        '--name',
        `FP ${c}`,
        '--email',
        `fp@${c.toLowerCase()}.example`,
      );
    await run(
      'SEC',
      'init',
      '--role',
      'secretariat',
      '--name',
      'ECLAC Statistics Division',
      '--email',
      'sec@cepal.example',
    );

    // Round 1: every focal point reports and exports; the secretariat imports in one order.
    for (const [i, c] of countries.entries()) {
      await run(
        c,
        'progress',
        'set',
        '--activity',
        '2020-2021/I/1',
        '--status',
        'in-progress',
        '--percent',
        String(10 * (i + 1)),
        '--note',
        `${c} drafted its chapter`,
      );
      await run(
        c,
        'budget',
        'add',
        '--group',
        '2020-2021/VII',
        '--kind',
        'in-kind',
        '--source',
        `NSO ${c}`,
        '--amount',
        '2500',
        '--currency',
        'USD',
      );
      await run(c, 'export', '--out', file(`${c}-1.ceabundle`));
    }
    const first = await run(
      'SEC',
      'import',
      file('BRA-1.ceabundle'),
      file('URY-1.ceabundle'),
      file('ARG-1.ceabundle'),
      '--trust-new',
    );
    expect(first).toMatch(
      /BRA-1\.ceabundle: FP BRA \(focal-point, BRA\), bundle no\. 1: 2 new, 0 already known, 0 in conflict; now trusting key/,
    );

    // Round 2: more work; a peer exchange between two focal points; bundles arrive in reverse, one twice.
    for (const c of countries) {
      await run(
        c,
        'progress',
        'set',
        '--activity',
        '2020-2021/VII/2',
        '--status',
        'completed',
        '--percent',
        '100',
        '--note',
        `${c} sent its data`,
      );
      await run(c, 'export', '--out', file(`${c}-2.ceabundle`));
    }
    await run('ARG', 'import', file('BRA-1.ceabundle'), file('BRA-2.ceabundle'), '--trust-new');
    const second = await run(
      'SEC',
      'import',
      file('URY-2.ceabundle'),
      file('ARG-1.ceabundle'),
      file('BRA-2.ceabundle'),
      file('ARG-2.ceabundle'),
    );
    expect(second).toMatch(/ARG-1\.ceabundle: .*already imported, nothing taken/);

    // The same bundle again is refused and changes nothing.
    const before = readFileSync(db('SEC'));
    const again = await cli(
      ['import', file('ARG-2.ceabundle'), '--lang', 'en', '--db', db('SEC')],
      {},
      DATA_DIR,
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already imported/);
    expect(readFileSync(db('SEC')).equals(before)).toBe(true);

    // The consolidated bundle goes back; each focal point is at a different point when it arrives.
    await run('SEC', 'export', '--out', file('SEC-1.ceabundle'));
    await run('URY', 'import', file('SEC-1.ceabundle'), '--trust-new');
    await run('BRA', 'import', file('SEC-1.ceabundle'), file('ARG-2.ceabundle'), '--trust-new');
    await run('ARG', 'import', file('SEC-1.ceabundle'), '--trust-new');

    const hashes = await Promise.all(
      ['ARG', 'BRA', 'URY', 'SEC'].map(async (who) => (await run(who, 'state', '--hash')).trim()),
    );
    expect(hashes[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(hashes).size).toBe(1);
    expect(await run('SEC', 'conflicts')).toBe('No conflicts.\n');
  });
});
