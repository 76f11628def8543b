import fc from 'fast-check';

/**
 * What the people of the model do, as plain data: fast-check generates and shrinks lists of these,
 * and every choice among things that exist only at run time (which report, which bundle, which
 * backup) is a number taken modulo what exists then, so that a shrunk list still runs.
 */
export type Cmd =
  | { t: 'report'; who: number; act: number; percent: number }
  | { t: 'budget'; who: number; grp: number; act: number | null; cents: number }
  | { t: 'unbudget'; who: number; pick: number }
  | { t: 'review'; who: number; pick: number; accept: boolean; comment: string }
  | { t: 'plan'; who: number; act: number; start: number; months: number | null; decision: number | null }
  | { t: 'contrib'; who: number; pick: number | null; amount: number }
  | { t: 'uncontrib'; who: number; pick: number }
  /** A secretariat looks at its conflicts and settles one, choosing one of its values. */
  | { t: 'resolve'; who: number; pick: number; side: number }
  | { t: 'export'; who: number; all: boolean }
  | { t: 'import'; who: number; picks: number[] }
  | { t: 'restore'; who: number; pick: number }
  | { t: 'clock'; who: number; minutes: number }
  /** A laptop's clock runs days ahead (`days` > 0) or behind (< 0), or is put right (0). */
  | { t: 'jump'; who: number; days: number }
  | { t: 'kill'; who: number; after: number; fraction: number; then: Cmd }
  | { t: 'attack'; who: number; kind: string; v: number; picks: number[] }
  | { t: 'hostile'; who: number; kind: string; v: number };

const who = fc.nat(5);
const saveCmds: fc.Arbitrary<Cmd>[] = [
  fc.record({
    t: fc.constant('report' as const),
    who,
    act: fc.nat(30),
    percent: fc.integer({ min: 0, max: 100 }),
  }),
  fc.record({
    t: fc.constant('budget' as const),
    who,
    grp: fc.nat(3),
    act: fc.option(fc.nat(20), { nil: null }),
    cents: fc.integer({ min: 1, max: 5_000_000 }),
  }),
  fc.record({ t: fc.constant('unbudget' as const), who, pick: fc.nat(20) }),
  // A return needs a comment saying what to correct; an acceptance may have none.
  fc.oneof(
    fc.record({
      t: fc.constant('review' as const),
      who: fc.nat(2),
      pick: fc.nat(20),
      accept: fc.constant(true),
      comment: fc.constantFrom('', 'Gracias'),
    }),
    fc.record({
      t: fc.constant('review' as const),
      who: fc.nat(2),
      pick: fc.nat(20),
      accept: fc.constant(false),
      comment: fc.constantFrom('Add the evidence', 'Falta la fecha'),
    }),
  ),
  fc.record({
    t: fc.constant('plan' as const),
    who: fc.nat(2),
    // Two activities only, so that the coordinator's and the secretariats' edits meet in conflicts.
    act: fc.nat(1),
    start: fc.nat(23),
    months: fc.option(fc.nat(12), { nil: null }),
    decision: fc.option(fc.nat(5), { nil: null }),
  }),
  fc.record({
    t: fc.constant('contrib' as const),
    who: fc.nat(2),
    pick: fc.option(fc.nat(5), { nil: null }),
    amount: fc.integer({ min: 1, max: 200_000 }),
  }),
  fc.record({ t: fc.constant('uncontrib' as const), who: fc.nat(2), pick: fc.nat(5) }),
  fc.record({ t: fc.constant('resolve' as const), who: fc.nat(1), pick: fc.nat(10), side: fc.nat(3) }),
];
/** Reports, budget entries and removals, reviews, plan edits, contributions added and removed, conflicts settled. */
const SAVE_WEIGHTS = [3, 2, 2, 2, 3, 1, 1, 2];
const syncCmds: fc.Arbitrary<Cmd>[] = [
  fc.record({ t: fc.constant('export' as const), who, all: fc.boolean() }),
  fc.record({
    t: fc.constant('import' as const),
    who,
    picks: fc.array(fc.nat(40), { minLength: 1, maxLength: 4 }),
  }),
];

/**
 * The command lists of one run. `attacks` and `valid` name the hostile grammar's attacks and valid
 * bundles the run may draw from (none: the hostile installation stays silent).
 */
export function commandsArb(opts: {
  attacks: readonly string[];
  valid: readonly string[];
  maxCommands: number;
}): fc.Arbitrary<Cmd[]> {
  const inner = fc.oneof(...saveCmds, ...syncCmds);
  const weighted: fc.WeightedArbitrary<Cmd>[] = [
    {
      arbitrary: fc.oneof(...saveCmds.map((arbitrary, i) => ({ arbitrary, weight: SAVE_WEIGHTS[i]! }))),
      weight: 8,
    },
    { arbitrary: fc.oneof(...syncCmds), weight: 8 },
    { arbitrary: fc.record({ t: fc.constant('restore' as const), who, pick: fc.nat(10) }), weight: 2 },
    // Within ±12 hours of the world's time: far below the 48 hours an importer accepts ahead of its own clock.
    {
      arbitrary: fc.record({
        t: fc.constant('clock' as const),
        who,
        minutes: fc.integer({ min: -360, max: 360 }),
      }),
      weight: 1,
    },
    // Far beyond the 48 hours: every importer refuses what it saves (ahead), or it refuses everyone's (behind), until its clock is put right.
    {
      arbitrary: fc.record({
        t: fc.constant('jump' as const),
        who,
        days: fc.oneof(fc.constant(0), fc.integer({ min: 3, max: 400 }), fc.integer({ min: -400, max: -3 })),
      }),
      weight: 1,
    },
    {
      arbitrary: fc.record({
        t: fc.constant('kill' as const),
        who,
        after: fc.nat(4),
        fraction: fc.double({ min: 0, max: 1, noNaN: true }),
        then: inner,
      }),
      weight: 2,
    },
  ];
  if (opts.attacks.length > 0) {
    weighted.push({
      arbitrary: fc.record({
        t: fc.constant('attack' as const),
        who,
        kind: fc.constantFrom(...opts.attacks),
        v: fc.nat(10),
        picks: fc.array(fc.nat(40), { maxLength: 2 }),
      }),
      weight: 3,
    });
  }
  if (opts.valid.length > 0)
    weighted.push({
      arbitrary: fc.record({
        t: fc.constant('hostile' as const),
        who,
        kind: fc.constantFrom(...opts.valid),
        v: fc.nat(10),
      }),
      weight: 2,
    });
  const cmd = fc.oneof(...weighted);
  return fc.array(cmd, { minLength: 1, maxLength: opts.maxCommands });
}
