import { DatabaseState, deriveState, contributionKey } from '../../shared/state';
import type { Database } from '../../shared/model/database';
import type { JsonValue, Operation, Entity } from '../../shared/model/ops';
import type { WorkingGroup } from '../../shared/model/programme';
import { formatHlc } from '../../shared/sync/hlc';
import { activity, author, entry, report } from './fixtures';

const SITE = 'a1b2c3d4e5f60718';
let wall = 1_600_000_000_000;
function op(entity: Entity, key: string, fields: Record<string, JsonValue>, at = (wall += 1000)): Operation {
  return { hlc: formatHlc(at, 0, SITE), site: SITE, author, entity, key, fields, prev: {} };
}

const group: WorkingGroup = {
  id: '2020-2021/VII',
  programme: '2020-2021',
  numeral: 'VII',
  title: { orig: 'en', en: 'Migration' },
  theme: { orig: 'en', en: 'Migration' },
  background: [],
  objectives: [],
  expectedImpact: [],
  financing: [],
  contributions: [
    {
      id: 'VII-c1',
      source: { orig: 'en', en: 'IOM' },
      institution: null,
      amount: 1000,
      currency: 'USD',
      form: 'monetary',
      purpose: null,
    },
  ],
  coordinators: [{ country: 'COL', institution: 'nso-col' }],
  members: [],
  secretariats: [],
  activities: [activity('2020-09')],
  footnotes: [],
};

function db(ops: Operation[]): Database {
  return {
    format: 'cea-programme-tracker',
    schemaVersion: 1,
    createdAt: '2020-01-01T00:00:00.000Z',
    seedEdition: 0,
    programmes: [
      {
        id: '2020-2021',
        title: group.title,
        symbol: 'LC/CEA.10/5',
        start: '2020-01',
        end: '2021-12',
        sourceLang: 'en',
        groups: [group],
      },
    ],
    countries: [],
    institutions: [],
    identity: null,
    clock: { wall: 0, counter: 0 },
    ops,
    sync: {
      publicKey: null,
      privateKey: null,
      exportSeq: 0,
      lastExportHlc: null,
      trusted: [],
      lastSeq: {},
      history: [],
    },
  };
}

const fieldsOf = (r: Record<string, unknown>, ...drop: string[]) =>
  Object.fromEntries(Object.entries(r).filter(([k]) => !drop.includes(k))) as Record<string, JsonValue>;

describe('visible state', () => {
  it('turns progress and review operations into reports, grouped per activity newest first', () => {
    const older = report({ id: 'p-1', reportDate: '2020-09-01' });
    const newer = report({ id: 'p-2', reportDate: '2020-10-01', status: 'delayed' });
    const state = deriveState(
      db([
        op('progress', 'p-1', fieldsOf(older, 'id', 'review')),
        op('progress', 'p-2', fieldsOf(newer, 'id', 'review')),
        op('review', 'p-1', {
          decision: 'returned',
          comment: 'Add evidence',
          by: author,
          at: '2020-09-05T10:00:00Z',
        }),
      ]),
    );
    expect(state.reportsByActivity.get('2020-2021/VII/3')?.map((r) => r.id)).toEqual(['p-2', 'p-1']);
    expect(state.reports.find((r) => r.id === 'p-1')?.review).toMatchObject({ decision: 'returned' });
  });

  it('applies the last write per field and drops tombstoned budget entries', () => {
    const e = entry({ id: 'b-1' });
    const f = entry({ id: 'b-2', amount: 5 });
    const state = deriveState(
      db([
        op('budget', 'b-1', fieldsOf(e, 'id')),
        op('budget', 'b-2', fieldsOf(f, 'id')),
        op('budget', 'b-2', { amount: 7.5 }),
        op('budget', 'b-1', { deleted: true }),
      ]),
    );
    expect(state.budget).toEqual([{ ...f, amount: 7.5 }]);
  });

  it("applies plan edits and status decisions to activities, keeping the document's words", () => {
    const state = deriveState(
      db([
        op('activity', '2020-2021/VII/3', {
          plannedEnd: { month: '2021-03', words: null },
          status: 'postponed',
        }),
      ]),
    );
    expect(state.activities.get('2020-2021/VII/3')?.activity.plannedEnd).toEqual({
      month: '2021-03',
      words: null,
    });
    expect(state.decisions.get('2020-2021/VII/3')).toBe('postponed');
    expect(state.programmes[0]?.groups[0]?.activities[0]?.plannedEnd.month).toBe('2021-03');
  });

  it('edits, adds and removes planned contributions of the right group only', () => {
    const state = deriveState(
      db([
        op('contribution', contributionKey('2020-2021/VII', 'VII-c1'), { amount: 1500 }),
        op('contribution', contributionKey('2020-2021/VII', 'VII-c2'), {
          source: { orig: 'es', es: 'DANE' },
          institution: 'nso-col',
          amount: null,
          currency: null,
          form: 'in-kind',
          purpose: null,
        }),
        op('contribution', contributionKey('2020-2021/VI', 'VII-c1'), { deleted: true }),
      ]),
    );
    expect(state.groups.get('2020-2021/VII')?.group.contributions.map((c) => [c.id, c.amount])).toEqual([
      ['VII-c1', 1500],
      ['VII-c2', null],
    ]);
    const removed = deriveState(
      db([op('contribution', contributionKey('2020-2021/VII', 'VII-c1'), { deleted: true })]),
    );
    expect(removed.groups.get('2020-2021/VII')?.group.contributions).toEqual([]);
  });

  it('ignores fields and records that do not validate, so a bad bundle cannot break the screens', () => {
    const state = deriveState(
      db([
        op('activity', '2020-2021/VII/3', { plannedEnd: 'soon', status: 'whenever', text: 42 }),
        op('progress', 'p-bad', { activity: '2020-2021/VII/3', percent: 400 }),
        op('budget', 'b-bad', { amount: -1 }),
      ]),
    );
    expect(state.activities.get('2020-2021/VII/3')?.activity).toEqual(activity('2020-09'));
    expect(state.decisions.size).toBe(0);
    expect(state.reports).toEqual([]);
    expect(state.budget).toEqual([]);
  });

  it('is held by its database: the same state until operations are appended, which fold incrementally', () => {
    const base = db([op('budget', 'b-1', fieldsOf(entry({ id: 'b-1' }), 'id'))]);
    const held = new DatabaseState(base);
    const first = held.visible();
    expect(held.visible()).toBe(first);
    const added = op('budget', 'b-2', fieldsOf(entry({ id: 'b-2' }), 'id'));
    const appended = { ...base, ops: [...base.ops, added] };
    held.append(appended, [added]);
    const second = held.visible();
    expect(second).not.toBe(first);
    expect(second.budget.map((e) => e.id).sort()).toEqual(['b-1', 'b-2']);
    expect(first.budget.map((e) => e.id)).toEqual(['b-1']);
    // Appended operations re-read only the records they touch, and a review re-reads its report.
    const r = report({ id: 'p-9' });
    const reported = op('progress', 'p-9', fieldsOf(r, 'id', 'review'));
    const withReport = { ...appended, ops: [...appended.ops, reported] };
    held.append(withReport, [reported]);
    expect(held.visible().reports.map((x) => [x.id, x.review])).toEqual([['p-9', null]]);
    const review = op('review', 'p-9', {
      decision: 'accepted',
      comment: '',
      by: author,
      at: '2020-10-02T00:00:00Z',
    });
    const reviewed = { ...withReport, ops: [...withReport.ops, review] };
    held.append(reviewed, [review]);
    expect(held.visible().reports[0]?.review?.decision).toBe('accepted');
    expect(
      held
        .visible()
        .budget.map((e) => e.id)
        .sort(),
    ).toEqual(['b-1', 'b-2']);
    expect(held.visible()).toEqual(deriveState(reviewed));
  });
});
