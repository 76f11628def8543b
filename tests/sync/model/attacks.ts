import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, type Manifest } from '../../../electron/bundle/manifest';
import type { JsonValue, Operation } from '../../../shared/model/ops';
import { formatHlc } from '../../../shared/sync/hlc';
import { craft } from '../../bundle/craft';
import { reportChange } from '../../bundle/installations';
import { CAST, HOSTILE, PROGRAMME, keyOf, type Member } from './world';

/** What the issue demands of an importer given the bundle: refuse it whole, take it, or either (then it must still save). */
export type Expect = 'refuse' | 'accept' | 'either';

export interface Crafted {
  name: string;
  expect: Expect;
  bytes: Uint8Array;
  ops: Operation[];
  /** Valid wherever it arrives, so it may be delivered again later (mail forwarded, a replay). */
  mailable: boolean;
}

/** What the hostile installation knows of a target, to aim at records it holds. */
export interface Target {
  /** Operations the target holds, newest last. */
  ops: readonly Operation[];
  now: number;
}

const author = (m: Member) => ({
  name: m.identity.name,
  email: m.identity.email,
  country: m.identity.country,
  role: m.identity.role,
});
const prevOf = (fields: Record<string, JsonValue>) =>
  Object.fromEntries(Object.keys(fields).map((f) => [f, null]));

/**
 * The hostile installation: a focal point of Peru in group III whose key every installation trusts. It
 * writes its bundles by hand (validly signed with its own key) from a grammar of attacks, and also
 * sends valid bundles, so that what it may do is told apart from what it may not.
 */
export class Hostile {
  private counter = 0;
  private n = 0;
  seq = 0;
  /** Its valid operations sent so far: what a stamp-reuse attack reuses. */
  readonly sent: Operation[] = [];

  constructor(private readonly now: () => number) {}

  stamp(wall = this.now(), counter = ++this.counter % 1000, site = HOSTILE.identity.installation): string {
    return formatHlc(wall, counter, site);
  }

  op(
    entity: Operation['entity'],
    key: string,
    fields: Record<string, JsonValue>,
    over: Partial<Operation> = {},
  ): Operation {
    return {
      hlc: this.stamp(),
      site: HOSTILE.identity.installation,
      author: author(HOSTILE),
      entity,
      key,
      fields,
      prev: prevOf(fields),
      ...over,
    };
  }

  report(over: Record<string, JsonValue> = {}, activity = `${PROGRAMME}/III/1`): Operation {
    const { fields } = reportChange('PER', activity, 40);
    return this.op('progress', `p-per-${++this.n}`, {
      ...fields,
      author: author(HOSTILE),
      reportDate: '2020-10-15',
      ...over,
    });
  }

  budget(over: Record<string, JsonValue> = {}): Operation {
    const fields: Record<string, JsonValue> = {
      programme: PROGRAMME,
      group: `${PROGRAMME}/III`,
      activity: `${PROGRAMME}/III/2`,
      kind: 'in-kind',
      source: 'INEI',
      institution: null,
      amount: 1200,
      currency: 'USD',
      purpose: 'Survey rounds',
      date: '2020-10-15',
      country: 'PER',
      author: author(HOSTILE),
      ...over,
    };
    return this.op('budget', `b-per-${++this.n}`, fields);
  }

  bundle(
    name: string,
    expect: Expect,
    ops: Operation[],
    opts: {
      sender?: Partial<Manifest['sender']>;
      manifest?: Partial<Manifest>;
      opsText?: string;
      mailable?: boolean;
      sameSeq?: boolean;
      signWith?: string;
    } = {},
  ): Crafted {
    const key = keyOf(HOSTILE);
    if (!opts.sameSeq || this.seq === 0) this.seq++;
    const { name: senderName, email, role, country, groups, installation } = HOSTILE.identity;
    const manifest: Manifest = {
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_FORMAT_VERSION,
      programme: PROGRAMME,
      sender: { name: senderName, email, role, country, groups: [...groups], installation, ...opts.sender },
      publicKey: key.publicKey,
      seq: this.seq,
      createdAt: new Date(this.now()).toISOString(),
      scope: { kind: 'changes', consolidated: false },
      opCount: ops.length,
      contentHash: `sha256:${'0'.repeat(64)}`,
      ...opts.manifest,
    };
    const bytes = craft({
      manifest,
      opsText: opts.opsText ?? JSON.stringify(ops),
      privateKey: opts.signWith ?? key.privateKey,
    });
    return {
      name: `PER-${this.seq}-${name}.ceabundle`,
      expect,
      bytes,
      ops,
      mailable: opts.mailable ?? false,
    };
  }

  /** A valid bundle: kept as sent, so that later attacks can reuse its stamps. */
  valid(
    name: string,
    ops: Operation[],
    expect: Expect = 'accept',
    opts: { sameSeq?: boolean; mailable?: boolean } = {},
  ): Crafted {
    return this.bundle(name, expect, ops, {
      mailable: opts.mailable ?? expect === 'accept',
      sameSeq: opts.sameSeq,
    });
  }

  remember(c: Crafted): void {
    this.sent.push(...c.ops);
  }
}

const honest = (i: number) => CAST[i]!;
const held = (t: Target, pred: (op: Operation) => boolean) => t.ops.filter(pred);
const pick = <T>(xs: readonly T[], v: number): T | undefined =>
  xs.length === 0 ? undefined : xs[v % xs.length];

const YEAR = 365 * 24 * 3600 * 1000;

type Build = (h: Hostile, t: Target, v: number) => Crafted;

/**
 * The grammar of attacks, by kind: each builds a bundle the importer must refuse whole (unless marked
 * otherwise), covering the failures 1–9 and more. `v` varies the choice within an attack.
 */
export const ATTACK_KINDS = {
  stamps: {
    // 1: far-future stamps and counter overflow
    'stamp-max': (h) =>
      h.bundle(
        'stamp-max',
        'refuse',
        [h.report({}, undefined)].map((op) => ({ ...op, hlc: h.stamp(999999999999999, 999999) })),
      ),
    'stamp-year-3000': (h) =>
      h.bundle('year-3000', 'refuse', [{ ...h.report(), hlc: h.stamp(Date.UTC(3000, 0, 1), 999990) }]),
    'stamp-next-year': (h, t) =>
      h.bundle('next-year', 'refuse', [{ ...h.report(), hlc: h.stamp(t.now + YEAR) }]),
    'stamp-next-month': (h, t) =>
      h.bundle('next-month', 'refuse', [{ ...h.report(), hlc: h.stamp(t.now + YEAR / 12) }]),
    'counter-overflow-now': (h, t) =>
      h.bundle('counter-999999', 'either', [{ ...h.report(), hlc: h.stamp(t.now, 999999) }]),
    'counter-overflow-soon': (h, t) =>
      h.bundle('counter-999999-soon', 'either', [
        { ...h.report(), hlc: h.stamp(t.now + 60 * 60 * 1000, 999999) },
      ]),
    // 4: a held stamp with another body
    'stamp-reuse': (h, t, v) => {
      const mine = held(t, (op) => op.site === HOSTILE.identity.installation && op.entity === 'progress');
      const old = pick(mine, v);
      if (!old) return h.bundle('stamp-reuse-none', 'accept', [h.report()], { mailable: false });
      return h.bundle('stamp-reuse', 'refuse', [
        { ...old, fields: { ...old.fields, percent: 0, status: 'not-started', done: 'rewritten' } },
      ]);
    },
    'stamp-twice-in-bundle': (h) => {
      const a = h.report();
      return h.bundle('stamp-twice', 'refuse', [a, { ...a, fields: { ...a.fields, percent: 90 } }]);
    },
  },
  values: {
    // 5: bad values within the signer's scope
    'percent-150': (h) => h.bundle('percent-150', 'refuse', [h.report({ percent: 150 })]),
    'percent-negative': (h) => h.bundle('percent-neg', 'refuse', [h.report({ percent: -1 })]),
    'percent-fraction': (h) => h.bundle('percent-frac', 'refuse', [h.report({ percent: 50.5 })]),
    'percent-text': (h) => h.bundle('percent-text', 'refuse', [h.report({ percent: '50' })]),
    'amount-huge': (h, _t, v) =>
      h.bundle('amount-huge', 'refuse', [h.budget({ amount: v % 2 ? 1e308 : -1e308 })]),
    'amount-zero': (h) => h.bundle('amount-zero', 'refuse', [h.budget({ amount: 0 })]),
    'date-9999': (h) => h.bundle('date-9999', 'refuse', [h.report({ reportDate: '9999-99-99' })]),
    'budget-date-bad': (h) => h.bundle('budget-date', 'refuse', [h.budget({ date: '2020-13-45' })]),
    'note-99999': (h) => h.bundle('note-99999', 'refuse', [h.report({ done: 'x'.repeat(99_999) })]),
    'evidence-many': (h) =>
      h.bundle('evidence-101', 'refuse', [
        h.report({ evidence: Array.from({ length: 101 }, (_, i) => `LC/CEA.${i}`) }),
      ]),
    'status-unknown': (h) => h.bundle('status', 'refuse', [h.report({ status: 'done' })]),
    'field-isAdmin': (h) => h.bundle('isAdmin', 'refuse', [h.report({ isAdmin: true })]),
    'field-toString': (h) => h.bundle('toString', 'refuse', [h.report({ toString: 'x' })]),
    'field-proto': (h) => {
      const op = h.report();
      const text = JSON.stringify([op]).replace('"fields":{', '"fields":{"__proto__":{"isAdmin":true},');
      return h.bundle('proto', 'refuse', [op], { opsText: text });
    },
    'deleted-not-true': (h) => h.bundle('deleted-yes', 'refuse', [h.budget({ deleted: 'yes' })]),
    'activity-and-objective': (h) =>
      h.bundle('both-refs', 'refuse', [h.report({ objective: `${PROGRAMME}/III/objective-1` })]),
    'activity-unknown': (h) => h.bundle('activity-99', 'refuse', [h.report({}, `${PROGRAMME}/III/99`)]),
    'cross-group-budget': (h) =>
      h.bundle('cross-group', 'refuse', [h.budget({ activity: `${PROGRAMME}/IV/1` })]),
    'budget-programme-mismatch': (h) =>
      h.bundle('budget-programme', 'refuse', [h.budget({ programme: '2012-2013' })]),
    'other-programme-report': (h) => h.bundle('2012-2013', 'refuse', [h.report({}, '2012-2013/MDG/1.a')]),
    'long-key': (h) => h.bundle('long-key', 'refuse', [{ ...h.report(), key: 'p'.repeat(201) }]),
    'bad-hlc': (h) => h.bundle('bad-hlc', 'refuse', [{ ...h.report(), hlc: 'yesterday' }]),
    'unknown-entity': (h) => h.bundle('entity', 'refuse', [{ ...h.report(), entity: 'admin' as never }]),
  },
  authorship: {
    // 6: operations authored as someone else
    'author-secretariat': (h) =>
      h.bundle(
        'as-secretariat',
        'refuse',
        [h.report({}, undefined)].map((op) => ({ ...op, author: author(honest(4)) })),
      ),
    'author-other-country': (h) =>
      h.bundle('as-ARG', 'refuse', [{ ...h.report(), author: author(honest(0)) }]),
    'site-other': (h) => {
      const arg = honest(0).identity.installation;
      return h.bundle('site-ARG', 'refuse', [
        {
          ...h.report({ country: 'ARG', author: author(honest(0)) }),
          site: arg,
          hlc: h.stamp(undefined, undefined, arg),
          author: author(honest(0)),
        },
      ]);
    },
    'site-mismatch': (h) =>
      h.bundle('site-mismatch', 'refuse', [
        { ...h.report(), hlc: h.stamp(undefined, undefined, honest(0).identity.installation) },
      ]),
    'claims-consolidated': (h, t) => {
      const others = held(t, (op) => op.site !== HOSTILE.identity.installation);
      const forged = h.report({ country: 'ARG' });
      const arg = honest(0).identity.installation;
      const ops = [
        ...others.slice(-2),
        { ...forged, site: arg, hlc: h.stamp(undefined, undefined, arg), author: author(honest(0)) },
      ];
      return h.bundle('consolidated', 'refuse', ops, {
        manifest: { scope: { kind: 'all', consolidated: true } },
      });
    },
  },
  claims: {
    // 7: membership and role claimed in the header
    'claims-group': (h) =>
      h.bundle('claims-XI', 'refuse', [h.report({}, `${PROGRAMME}/XI/1`)], {
        sender: { groups: [`${PROGRAMME}/III`, `${PROGRAMME}/XI`] },
      }),
    'undeclared-group': (h) => h.bundle('group-VII', 'refuse', [h.report({}, `${PROGRAMME}/VII/2`)]),
    'claims-coordinator': (h) =>
      h.bundle(
        'claims-coordinator',
        'refuse',
        [h.op('activity', `${PROGRAMME}/III/1`, { plannedStart: '2021-01' })],
        { sender: { role: 'coordinator' } },
      ),
    'claims-country': (h) =>
      h.bundle('claims-COL', 'refuse', [h.report({ country: 'COL' })], { sender: { country: 'COL' } }),
    'claims-secretariat': (h) =>
      h.bundle(
        'claims-secretariat',
        'refuse',
        [h.op('activity', `${PROGRAMME}/VII/1`, { plannedStart: '2021-01' })],
        { sender: { role: 'secretariat', country: null, groups: [] } },
      ),
  },
  role: {
    // 8: plan, contributions and reviews are not a focal point's
    'plan-edit': (h) =>
      h.bundle('plan-edit', 'refuse', [h.op('activity', `${PROGRAMME}/III/1`, { plannedStart: '2021-01' })]),
    // Issue 13: the programme, its groups and their membership are the secretariat's
    'self-membership': (h) =>
      h.bundle('self-membership', 'refuse', [h.op('group', `${PROGRAMME}/III`, { members: ['PER'] })]),
    'programme-edit': (h) =>
      h.bundle('programme-edit', 'refuse', [h.op('programme', PROGRAMME, { symbol: 'LC/FAKE' })]),
    'new-activity': (h) =>
      h.bundle('new-activity', 'refuse', [
        h.op('activity', `${PROGRAMME}/III/99`, {
          text: { orig: 'es', es: 'Actividad inventada' },
          plannedStart: { month: '2021-01', words: null },
          plannedEnd: { month: '2021-06', words: null },
        }),
      ]),
    contribution: (h) =>
      h.bundle('contribution', 'refuse', [
        h.op('contribution', `${PROGRAMME}/III|III-c-1`, {
          source: { orig: 'es', es: 'INEI' },
          institution: null,
          amount: 10,
          currency: 'USD',
          form: 'monetary',
          purpose: null,
        }),
      ]),
    'review-own': (h, t, v) => {
      const mine = held(t, (op) => op.site === HOSTILE.identity.installation && op.entity === 'progress');
      const key = pick(mine, v)?.key ?? 'p-per-1';
      return h.bundle('review-own', 'refuse', [
        h.op('review', key, {
          decision: 'accepted',
          comment: '',
          by: author(HOSTILE),
          at: new Date(t.now).toISOString(),
        }),
      ]);
    },
  },
  ownership: {
    // 2, forged: deleting or rewriting what others own
    'tombstone-others-budget': (h, t, v) => {
      const theirs = held(t, (op) => op.entity === 'budget' && op.site !== HOSTILE.identity.installation);
      return h.bundle('delete-budget', 'refuse', [
        h.op('budget', pick(theirs, v)?.key ?? 'b-unknown', { deleted: true }),
      ]);
    },
    'tombstone-others-report': (h, t, v) => {
      const theirs = held(t, (op) => op.entity === 'progress' && op.site !== HOSTILE.identity.installation);
      return h.bundle('delete-report', 'refuse', [
        h.op('progress', pick(theirs, v)?.key ?? 'p-unknown', { deleted: true }),
      ]);
    },
    'edit-others-report': (h, t, v) => {
      const theirs = held(t, (op) => op.entity === 'progress' && op.site !== HOSTILE.identity.installation);
      return h.bundle('edit-report', 'refuse', [
        h.op('progress', pick(theirs, v)?.key ?? 'p-unknown', { percent: 0, country: 'PER' }),
      ]);
    },
    'move-own-report': (h, t, v) => {
      const mine = held(t, (op) => op.site === HOSTILE.identity.installation && op.entity === 'progress');
      return h.bundle('move-report', 'refuse', [
        h.op('progress', pick(mine, v)?.key ?? 'p-per-1', { country: 'COL', activity: `${PROGRAMME}/VII/1` }),
      ]);
    },
    'budget-other-country': (h) => h.bundle('budget-ARG', 'refuse', [h.budget({ country: 'ARG' })]),
  },
  file: {
    // the file itself
    'op-count': (h) => {
      const op = h.report();
      return h.bundle('op-count', 'refuse', [op], { manifest: { opCount: 2 } });
    },
    'other-key-signature': (h) =>
      h.bundle('bad-signature', 'refuse', [h.report()], { signWith: keyOf(honest(1)).privateKey }),
    'manifest-programme': (h) =>
      h.bundle('programme-2012', 'refuse', [h.report()], { manifest: { programme: '2012-2013' } }),
  },
} satisfies Record<string, Record<string, Build>>;

export const ATTACKS: Record<string, Build> = Object.assign({}, ...Object.values(ATTACK_KINDS));

/** Bundles the hostile installation may send: each must be taken (or may be, when marked either). */
export const VALID: Record<string, Build> = {
  report: (h) => h.valid('report', [h.report()]),
  budget: (h) => h.valid('budget', [h.budget()]),
  // 2: an owner deletes its own entry; the entry travels with it, so that any importer can place it
  'budget-and-delete': (h) => {
    const entry = h.budget();
    return h.valid('budget-deleted', [entry, h.op('budget', entry.key, { deleted: true })]);
  },
  'delete-own-held': (h, t, v) => {
    const deleted = new Set(
      held(t, (op) => op.entity === 'budget' && op.fields['deleted'] === true).map((op) => op.key),
    );
    const mine = held(
      t,
      (op) =>
        op.site === HOSTILE.identity.installation &&
        op.entity === 'budget' &&
        op.fields['deleted'] === undefined &&
        !deleted.has(op.key),
    );
    const entry = pick(mine, v);
    if (!entry) return h.valid('budget', [h.budget()]);
    return h.valid('delete-own', [h.op('budget', entry.key, { deleted: true })], 'accept', {
      mailable: false,
    });
  },
  // Deleting what is already deleted (the secretariat removed it first) changes nothing, in any order.
  'delete-own-twice': (h, t, v) => {
    const deleted = held(
      t,
      (op) =>
        op.site === HOSTILE.identity.installation && op.entity === 'budget' && op.fields['deleted'] === true,
    );
    const entry = pick(deleted, v);
    if (!entry)
      return h.valid('budget-deleted', ((e) => [e, h.op('budget', e.key, { deleted: true })])(h.budget()));
    return h.valid('delete-again', [h.op('budget', entry.key, { deleted: true })], 'accept', {
      mailable: false,
    });
  },
  'correct-own-held': (h, t, v) => {
    const mine = held(
      t,
      (op) =>
        op.site === HOSTILE.identity.installation &&
        op.entity === 'progress' &&
        typeof op.fields['percent'] === 'number',
    );
    const report = pick(mine, v);
    if (!report) return h.valid('report', [h.report()]);
    return h.valid(
      'correct-own',
      [h.op('progress', report.key, { percent: 60, done: 'Corrected figures' })],
      'accept',
      { mailable: false },
    );
  },
  // 3: the same number with other content is a renumbered bundle, not a replay
  renumbered: (h) => h.valid('renumbered', [h.report()], 'accept', { sameSeq: true }),
  empty: (h) => h.valid('empty', [], 'either', { mailable: false }),
};
