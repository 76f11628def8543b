/**
 * No screen shows the data's internals: every screen, in the four languages, for a focal point and
 * for the secretariat, over a database with a report, its review, a correction, a budget entry and
 * a conflict. The visible text must hold no JSON, ISO timestamps or months, internal ids, clock
 * stamps, code field names or untranslated keys.
 */
import { cleanup, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../renderer/app/App';
import { LANGS } from '../../shared/model/text';
import { createAppI18n } from '../../renderer/app/i18n';
import { makeApi, renderWithProviders, type TestApi } from './renderWithProviders';
import { colombiaReports, fileOf, SECRETARIAT } from './sync/colombiaReports';

const INTERNALS: [string, RegExp][] = [
  ['JSON', /[{}]|"\w+"\s*:/],
  ['an ISO timestamp', /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/],
  ['an ISO date or month', /(?<![\d-])\d{4}-(0[1-9]|1[0-2])(-\d{2})?(?![\d-])/],
  ['an internal id', /\b[a-z]{1,3}-[0-9a-z]{9}-[0-9a-f]{6,}\b|\b[A-Z]{1,4}-c-[0-9a-z]{9}/],
  ['an installation id or clock stamp', /\b[0-9a-f]{16,64}\b|\d{15}-\d{6}/],
  [
    'a field name from the code',
    /\b(actualStart|actualEnd|nextSteps|reportDate|plannedStart|plannedEnd|activityId|groupId|reportId|focal-point|in-progress|not-started|awaiting-review|undefined|NaN)\b|\[object Object\]/,
  ],
  [
    'an untranslated key',
    /\b(common|overview|group|activity|budget|settings|sync|recovery|sheet|errors):[a-zA-Z]/,
  ],
];

function leaks(text: string): string[] {
  return INTERNALS.filter(([, re]) => re.test(text)).map(
    ([what, re]) => `${what}: …${text.slice(Math.max(0, text.search(re) - 40), text.search(re) + 60)}…`,
  );
}

const SCREENS = [
  '#/',
  '#/programme/2020-2021',
  '#/group/2020-2021/VII',
  '#/activity/2020-2021/VII/3',
  '#/budget/2020-2021/VII',
  '#/sheet/2020-2021/VII',
  '#/sheet/country/COL',
  '#/settings',
  '#/sync',
];

let focal: TestApi;
let sec: TestApi;

beforeAll(async () => {
  const world = await colombiaReports();
  focal = world.focal;
  sec = await makeApi(SECRETARIAT);
  await focal.client.send('budget.add', {
    groupId: '2020-2021/VII',
    activityId: null,
    kind: 'expenditure',
    source: 'DANE',
    institution: 'nso-col',
    amount: 1200.5,
    currency: 'COP',
    purpose: 'Taller',
    date: '2021-02-01',
  });
  await sec.client.send('bundle.import', {
    files: [fileOf(world.bundle), fileOf(await focal.client.send('bundle.export', {}))],
    trustNew: true,
  });
  // A conflict: both change the percent of the same report without seeing each other.
  await focal.store.commit([{ entity: 'progress', key: world.report.id, fields: { percent: 30 } }]);
  await sec.store.commit([{ entity: 'progress', key: world.report.id, fields: { percent: 25 } }]);
  await sec.client.send('bundle.import', { files: [fileOf(await focal.client.send('bundle.export', {}))] });
  await sec.client.send('review.set', {
    reportId: world.report.id,
    decision: 'returned',
    comment: 'Falta la evidencia.',
  });
  await focal.client.send('bundle.import', {
    files: [fileOf(await sec.client.send('bundle.export', { all: true }))],
    trustNew: true,
  });
  expect(await sec.client.send('conflicts.list', {})).toHaveLength(1);
  expect((await focal.client.send('home.get', {})).returned).toHaveLength(1);
}, 60_000);

describe('the check itself', () => {
  it('catches what the issue saw on the screens', () => {
    for (const bad of [
      'review p-0mx519wmk-35820acddc3b, field "by"',
      'Applied: {"month":"2021-06","words":null} (Luis Ramírez)',
      'at 2026-12-01T10:42:00.000Z',
      'Planned: 2021-06',
      'reportDate',
      'sync:ui.conflicts.title',
      'site 5ec5ec5ec5ec5ec5',
    ])
      expect(leaks(bad), bad).not.toEqual([]);
    expect(
      leaks(
        'Programa 2020–2021 · LC/CEA.10/5 · 2020-2021-COL-0001.ceabundle · Fin previsto: junio de 2021 · 1A2B 3C4D',
      ),
    ).toEqual([]);
  });
});

describe.each(LANGS)('no internals on any screen, in %s', (lang) => {
  const loading = createAppI18n(lang).t('common:loading');
  it.each([
    ['focal point', () => focal],
    ['secretariat', () => sec],
  ] as const)(
    'as the %s',
    async (_who, api) => {
      const found: string[] = [];
      for (const hash of SCREENS) {
        renderWithProviders(<App />, { client: api().client, lang, hash });
        await screen.findByRole('heading', { level: 1 });
        await waitFor(() => expect(document.body.textContent).not.toContain(loading), { timeout: 5000 });
        expect(document.body.textContent?.length ?? 0, hash).toBeGreaterThan(200);
        found.push(...leaks(document.body.textContent ?? '').map((l) => `${hash} ${l}`));
        cleanup();
      }
      expect(found).toEqual([]);
    },
    60_000,
  );
});
