import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { exportBundle } from '../../electron/bundle/export';
import { importBundles } from '../../electron/bundle/import';
import { readBundle } from '../../electron/bundle/read';
import { cliI18n, messageOf } from '../../electron/cli/i18n';
import type { AppFailure } from '../../shared/errors';
import { HLC_PATTERN } from '../../shared/model/ops';
import { clockBehind, formatHlc, MAX_COUNTER, observe, tick, type ClockState } from '../../shared/sync/hlc';
import { canonicalState, stateHash } from '../../shared/sync/state';
import { craft } from './craft';
import { argentinaKnownToSecretariat, installation, reportChange, tempDir } from './installations';

const EN = cliI18n('en');

describe('the clock after an import', () => {
  it('observing only the greatest stamp leaves the clock where observing every stamp would (what import relies on)', () => {
    const clock = fc.record({
      wall: fc.integer({ min: 0, max: 50 }),
      counter: fc.integer({ min: 0, max: 5 }),
    });
    const stamp = fc.tuple(
      fc.integer({ min: 0, max: 50 }),
      fc.integer({ min: 0, max: 5 }),
      fc.constantFrom('aaaaaaaaaaaaaaaa', 'ffffffffffffffff'),
    );
    fc.assert(
      fc.property(clock, fc.array(stamp, { minLength: 1, maxLength: 20 }), (start: ClockState, raw) => {
        const stamps = raw.map(([wall, counter, site]) => formatHlc(wall, counter, site));
        const greatest = stamps.reduce((a, b) => (b > a ? b : a));
        expect(observe(start, greatest)).toEqual(stamps.reduce(observe, start));
      }),
    );
  });
});

describe('a clock no input can break (issue 11, failure 1)', () => {
  const DAY = 24 * 3600 * 1000;

  it('ticking never makes a malformed stamp: a counter at its limit moves the wall time on', () => {
    const clock = fc.record({
      wall: fc.integer({ min: 0, max: 10 ** 14 }),
      counter: fc.integer({ min: 0, max: MAX_COUNTER }),
    });
    fc.assert(
      fc.property(
        clock,
        fc.integer({ min: 0, max: 10 ** 14 }),
        fc.integer({ min: 1, max: 30 }),
        (start: ClockState, now, ticks) => {
          let state = start;
          let last = formatHlc(start.wall, start.counter, 'aaaaaaaaaaaaaaaa');
          for (let i = 0; i < ticks; i++) {
            const next = tick(state, now, 'aaaaaaaaaaaaaaaa');
            expect(next.hlc).toMatch(HLC_PATTERN);
            expect(next.hlc > last).toBe(true);
            state = next.state;
            last = next.hlc;
          }
        },
      ),
    );
    expect(tick({ wall: 5, counter: MAX_COUNTER }, 0, 'aaaaaaaaaaaaaaaa').hlc).toBe(
      formatHlc(6, 0, 'aaaaaaaaaaaaaaaa'),
    );
  });

  it('a trusted bundle stamped wall 999999999999999, counter 999999 is refused whole, naming the sender and the time claimed; saving goes on', async () => {
    const { arg, sec, first } = await argentinaKnownToSecretariat();
    for (const [wall, counter] of [
      [999999999999999, 999999],
      [Date.UTC(3000, 0, 1), 999990],
    ] as const) {
      const op = {
        ...readBundle(first.bytes).ops[0]!,
        hlc: formatHlc(wall, counter, arg.read().identity!.installation),
        key: `p-future-${counter}`,
      };
      const bytes = craft({
        manifest: { ...first.manifest, seq: first.manifest.seq + counter, opCount: 1 },
        opsText: JSON.stringify([op]),
        privateKey: arg.read().sync.privateKey!,
      });
      const before = readFileSync(sec.file);
      const refused = await importBundles(sec, [{ name: 'future.ceabundle', bytes }]).catch(
        (e: unknown) => e,
      );
      expect(refused).toMatchObject({
        error: {
          code: 'bundle-future-clock',
          details: { signer: 'focal-point ARG', at: wall, file: 'future.ceabundle' },
        },
      });
      expect(readFileSync(sec.file).equals(before)).toBe(true);
      const message = messageOf(EN, (refused as AppFailure).error);
      expect(message).toContain('focal-point ARG');
      // The time in words as the app's English writes it (i18next's datetime, in this computer's zone).
      const day = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(wall));
      expect(message).toContain(wall === 999999999999999 ? '33658' : day);
    }
    for (let i = 0; i < 12; i++) await sec.commit([reportChange('ARG', '2020-2021/I/2', i)]);
    expect(sec.read().ops.every((op) => HLC_PATTERN.test(op.hlc))).toBe(true);
    await arg.close();
    await sec.close();
  });

  it('a laptop whose clock ran ahead loses nothing once it is put right: its refused changes reach the secretariat, re-stamped', async () => {
    const dir = tempDir();
    const realNow = Date.UTC(2020, 9, 15, 12);
    let laptopNow = realNow + 400 * DAY;
    const arg = await installation(
      dir,
      { role: 'focal-point', country: 'ARG', groups: ['2020-2021/I'] },
      () => laptopNow,
    );
    const sec = await installation(dir, { role: 'secretariat', country: null, groups: [] }, () => realNow);
    const ahead = reportChange('ARG', '2020-2021/I/1', 40);
    await arg.commit([ahead]);
    const refusedBundle = await exportBundle(arg, { now: () => laptopNow });
    await expect(
      importBundles(sec, [{ name: 'ahead.ceabundle', bytes: refusedBundle.bytes }], {
        trustNew: true,
        now: () => realNow,
      }),
    ).rejects.toMatchObject({
      error: { code: 'bundle-future-clock' },
    });
    // The clock is put right: the installation still holds its edit, warns, and keeps saving.
    laptopNow = realNow;
    expect(clockBehind(arg.read().clock, laptopNow)).not.toBeNull();
    const after = reportChange('ARG', '2020-2021/I/2', 10);
    await arg.commit([after]);
    expect(clockBehind(arg.read().clock, laptopNow)).toBeNull();
    const fixed = await exportBundle(arg, { now: () => laptopNow });
    const summary = await importBundles(sec, [{ name: 'fixed.ceabundle', bytes: fixed.bytes }], {
      trustNew: true,
      now: () => realNow,
    });
    expect(summary.files[0]!.status).toBe('imported');
    const held = canonicalState(sec.read().ops) as { progress: Record<string, unknown> };
    expect(held.progress[ahead.key]).toMatchObject({ percent: 40 });
    expect(held.progress[after.key]).toMatchObject({ percent: 10 });
    expect(stateHash(sec.read().ops.filter((op) => op.site === arg.read().identity!.installation))).toBe(
      stateHash(arg.read().ops.filter((op) => op.site === arg.read().identity!.installation)),
    );
    await arg.close();
    await sec.close();
  });
});
