import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity, Hlc, JsonValue, Operation } from '../../shared/model/ops';
import { fold, foldInto, recordOf, type FieldValue, type Folded } from '../../shared/sync/fold';
import { makeSite } from './fixtures';

const ENTITIES: Entity[] = ['progress', 'budget'];
const KEYS = ['r1', 'r2', 'r3'];
const NAMES = ['status', 'percent', 'done', 'deleted', 'evidence'];

/**
 * The fold's definition, written as plainly as possible: per record a Map of `{ value, hlc }`, each
 * field taken by a strictly newer stamp. The fold keeps far less per record; it must answer the same.
 */
function reference(ops: readonly Operation[]): Map<string, Map<string, FieldValue>> {
  const out = new Map<string, Map<string, FieldValue>>();
  for (const op of ops) {
    const slot = `${op.entity}|${op.key}`;
    let fields = out.get(slot);
    if (!fields) out.set(slot, (fields = new Map<string, FieldValue>()));
    for (const [name, value] of Object.entries(op.fields)) {
      const current = fields.get(name);
      if (!current || current.hlc < op.hlc) fields.set(name, { value, hlc: op.hlc });
    }
  }
  return out;
}

function asEntries(folded: Folded): Map<string, [string, FieldValue][]> {
  const out = new Map<string, [string, FieldValue][]>();
  for (const entity of ENTITIES)
    for (const [key, fields] of folded[entity]) out.set(`${entity}|${key}`, [...fields]);
  return out;
}

const site = makeSite(1);
const hlcOf = (wall: number, counter: number, siteId: string): Hlc =>
  `${String(wall).padStart(15, '0')}-${String(counter).padStart(6, '0')}-${siteId}`;

/**
 * Operations on a few records, their fields in random order (so records pass through different
 * shapes), stamps that may tie on the wall clock, and the same operation object sometimes repeated.
 */
const opsArb = fc
  .array(
    fc.record({
      wall: fc.integer({ min: 1, max: 20 }),
      siteId: fc.constantFrom('00000000000000aa', '00000000000000bb'),
      entity: fc.constantFrom(...ENTITIES),
      key: fc.constantFrom(...KEYS),
      fields: fc.uniqueArray(
        fc.tuple(
          fc.constantFrom(...NAMES),
          fc.oneof(fc.integer(), fc.boolean(), fc.string(), fc.constant(null)),
        ),
        { selector: ([name]) => name, minLength: 1 },
      ),
    }),
    { maxLength: 40 },
  )
  .map((raw) =>
    raw.map((r, i): Operation => ({
      hlc: hlcOf(r.wall, i, r.siteId),
      site: r.siteId,
      author: site.author,
      entity: r.entity,
      key: r.key,
      fields: Object.fromEntries(r.fields),
      prev: {},
    })),
  )
  .chain((ops) =>
    fc.tuple(
      fc.constant(ops),
      fc.array(fc.nat({ max: Math.max(0, ops.length - 1) }), { maxLength: ops.length === 0 ? 0 : 5 }),
    ),
  )
  .map(([ops, repeats]) => [...ops, ...repeats.map((i) => ops[i]!)]);

describe('fold', () => {
  it('gives each record the fields, order, values and stamps of the plain definition, in any arrival order', () => {
    fc.assert(
      fc.property(opsArb, fc.func(fc.nat()), (ops, rank) => {
        const shuffled = ops
          .map((op, i) => ({ op, r: rank(i) }))
          .sort((a, b) => a.r - b.r)
          .map((x) => x.op);
        const want = reference(ops);
        const inOrder = fold(ops);
        expect(asEntries(inOrder)).toEqual(new Map([...want].map(([slot, fields]) => [slot, [...fields]])));
        // Another order may meet the fields in another order; the winners are the same.
        const other = asEntries(fold(shuffled));
        for (const [slot, fields] of want) {
          expect(new Map(other.get(slot))).toEqual(fields);
          const [entity, key] = slot.split('|') as [Entity, string];
          const record = inOrder[entity].get(key)!;
          expect(record.size).toBe(fields.size);
          for (const name of NAMES) {
            expect(record.has(name)).toBe(fields.has(name));
            expect(record.get(name)).toEqual(fields.get(name));
          }
          expect([...record.keys()]).toEqual([...fields.keys()]);
          const plain =
            fields.get('deleted')?.value === true
              ? null
              : Object.fromEntries(
                  [...fields].filter(([name]) => name !== 'deleted').map(([name, fv]) => [name, fv.value]),
                );
          expect(recordOf(record)).toStrictEqual(plain);
          expect(Object.keys(recordOf(record) ?? {})).toEqual(Object.keys(plain ?? {}));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('folding in steps gives what folding at once gives', () => {
    fc.assert(
      fc.property(opsArb, fc.nat(), (ops, at) => {
        const cut = ops.length === 0 ? 0 : at % ops.length;
        const stepped = foldInto(fold(ops.slice(0, cut)), ops.slice(cut));
        expect(asEntries(stepped)).toEqual(asEntries(fold(ops)));
      }),
    );
  });

  it('reads a record as a plain object, and a tombstoned or unknown record as null', () => {
    const op = (hlc: Hlc, key: string, fields: Record<string, JsonValue>): Operation => ({
      hlc,
      site: site.site,
      author: site.author,
      entity: 'budget',
      key,
      fields,
      prev: {},
    });
    const folded = fold([
      op(hlcOf(1, 0, site.site), 'b1', { amount: 5, currency: 'USD' }),
      op(hlcOf(2, 0, site.site), 'b1', { amount: 7, purpose: 'census' }),
      op(hlcOf(1, 1, site.site), 'b2', { amount: 1 }),
      op(hlcOf(3, 0, site.site), 'b2', { deleted: true }),
      op(hlcOf(4, 0, site.site), 'b3', { amount: 2, deleted: false }),
    ]);
    expect(recordOf(folded.budget.get('b1'))).toEqual({ amount: 7, currency: 'USD', purpose: 'census' });
    expect(recordOf(folded.budget.get('b2'))).toBeNull();
    expect(recordOf(folded.budget.get('b3'))).toEqual({ amount: 2 });
    expect(recordOf(folded.budget.get('b4'))).toBeNull();
    expect(folded.budget.get('b1')?.get('amount')).toEqual({ value: 7, hlc: hlcOf(2, 0, site.site) });
    expect(folded.budget.get('b1')?.get('currency')).toEqual({ value: 'USD', hlc: hlcOf(1, 0, site.site) });
  });
});
