import fc from 'fast-check';
import { ENTITIES, HLC_PATTERN, Operation, ROLES, SITE_PATTERN } from '../../shared/model';
import {
  MAX_JSON_DEPTH,
  MAX_JSON_NODES,
  operationIssue,
  operationsIssue,
} from '../../shared/model/checkOperation';

// Keys the checker refuses on purpose (see checkOperation.ts) are left out of the comparison.
const key = fc.string({ maxLength: 12 }).filter((k) => k !== '__proto__');
const hlc = fc.stringMatching(HLC_PATTERN);
const validOp = fc.record({
  hlc,
  site: fc.stringMatching(SITE_PATTERN),
  author: fc.record({
    name: fc.string({ minLength: 1, maxLength: 200 }),
    email: fc.string({ maxLength: 200 }),
    country: fc.option(fc.stringMatching(/^[A-Z]{3}$/), { nil: null }),
    role: fc.constantFrom(...ROLES),
  }),
  entity: fc.constantFrom(...ENTITIES),
  key: fc.string({ minLength: 1, maxLength: 200 }),
  fields: fc.dictionary(
    key,
    fc.jsonValue({ maxDepth: 4 }).filter((v) => !hasProtoKey(v)),
    { maxKeys: 5 },
  ),
  prev: fc.dictionary(key, fc.option(hlc, { nil: null }), { maxKeys: 5 }),
});

const DELETE = Symbol('delete');
/** Values close to valid ones, and values no JSON holds: what the two checks must agree on refusing. */
const replacement = fc.oneof(
  fc.anything({
    maxDepth: 3,
    withNullPrototype: true,
    withSparseArray: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
  }),
  fc.string({ maxLength: 210 }),
  fc.stringMatching(/^\d{14,16}-\d{5,7}-[0-9a-fA-F]{14,66}$/),
  fc.constantFrom<unknown>(
    '',
    'a'.repeat(200),
    'a'.repeat(201),
    'COL',
    'col',
    'secretariat',
    'budget',
    'nonsense',
    NaN,
    Infinity,
    -0,
    undefined,
    null,
    [],
    {},
    DELETE,
  ),
);
const PATHS = [
  ['hlc'],
  ['site'],
  ['author'],
  ['author', 'name'],
  ['author', 'email'],
  ['author', 'country'],
  ['author', 'role'],
  ['author', 'extra'],
  ['entity'],
  ['key'],
  ['fields'],
  ['fields', 'x'],
  ['fields', 'x', 'y'],
  ['fields', 'x', '0'],
  ['prev'],
  ['prev', 'x'],
  ['extra'],
] as const;

/** A copy of `op` with the value at `path` replaced (or deleted), creating the objects on the way. */
function mutate(op: unknown, path: readonly string[], value: unknown): unknown {
  const copy = structuredClone(op) as Record<string, unknown>;
  let target = copy;
  for (const step of path.slice(0, -1)) {
    const next = target[step];
    target[step] = typeof next === 'object' && next !== null ? next : {};
    target = target[step] as Record<string, unknown>;
  }
  const last = path[path.length - 1]!;
  if (value === DELETE) Reflect.deleteProperty(target, last);
  else target[last] = value;
  return copy;
}

/** Whether a `__proto__` own key is anywhere in `v`; fast-check's JSON values include some on purpose. */
function hasProtoKey(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  return Object.hasOwn(v, '__proto__') || Object.values(v).some(hasProtoKey);
}

/** Same verdict as the schema; where a `__proto__` key appears, a refusal whatever the schema says. */
const agrees = (v: unknown) =>
  hasProtoKey(v)
    ? operationIssue(v) !== null
    : (operationIssue(v) === null) === Operation.safeParse(v).success;

describe('the hand-written operation check', () => {
  it('accepts every valid operation, like the schema', () => {
    fc.assert(
      fc.property(validOp, (op) => operationIssue(op) === null && Operation.safeParse(op).success),
      { numRuns: 2000 },
    );
  });

  it('refuses exactly what the schema refuses, for operations with one part replaced', () => {
    fc.assert(
      fc.property(validOp, fc.constantFrom(...PATHS), replacement, (op, path, value) =>
        agrees(mutate(op, path, value)),
      ),
      { numRuns: 5000 },
    );
  });

  it('refuses exactly what the schema refuses, for anything at all', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withSparseArray: true, withBoxedValues: true }),
        agrees,
      ),
      { numRuns: 2000 },
    );
  });

  it('says where and what the first problem is', () => {
    fc.assert(
      fc.property(validOp, (op) => {
        const bad = { ...op, fields: { ...op.fields, when: new Date(0) } };
        expect(operationsIssue([op, bad], 'ops')).toBe('ops.1.fields.when: expected a JSON value');
        expect(operationIssue({ ...op, entity: 'nonsense' })).toBe(
          `entity: expected one of ${ENTITIES.join('|')}`,
        );
        expect(operationIssue({ ...op, extra: 1 })).toBe('extra: unrecognized key');
        expect(operationIssue(null)).toBe('(root): expected object');
      }),
      { numRuns: 20 },
    );
  });

  it('refuses fields nested or sized beyond its limits, and __proto__ keys, which the schema would let through', () => {
    fc.assert(
      fc.property(validOp, (op) => {
        let deep: unknown = 1;
        for (let i = 0; i < MAX_JSON_DEPTH; i++) deep = [deep];
        expect(operationIssue({ ...op, fields: { deep } })).toMatch(/^fields\.deep(\.0)*: too deep/);
        let fine: unknown = 1;
        for (let i = 0; i < MAX_JSON_DEPTH - 2; i++) fine = [fine];
        expect(operationIssue({ ...op, fields: { fine } })).toBeNull();
        expect(operationIssue({ ...op, fields: { big: new Array(MAX_JSON_NODES).fill(0) } })).toMatch(
          /too large/,
        );
        expect(operationIssue({ ...op, fields: JSON.parse('{"__proto__": {"polluted": true}}') })).toBe(
          'fields.__proto__: reserved key',
        );
        expect(operationIssue({ ...op, prev: JSON.parse('{"__proto__": null}') })).toBe(
          'prev.__proto__: reserved key',
        );
      }),
      { numRuns: 5 },
    );
  });
});
