import { deltaOf } from '../../electron/store/delta';
import { emptyDatabase } from '../../electron/seed/emptyDatabase';
import type { Database, Operation } from '../../shared/model';
import { IDENTITY } from './helpers';

function op(n: number): Operation {
  return {
    hlc: `${String(n).padStart(15, '0')}-000000-${IDENTITY.installation}`,
    site: IDENTITY.installation,
    author: { name: IDENTITY.name, email: IDENTITY.email, country: IDENTITY.country, role: IDENTITY.role },
    entity: 'progress',
    key: 'r1',
    fields: { percent: n },
    prev: {},
  };
}

const base: Database = {
  ...emptyDatabase('2026-11-22T00:00:00.000Z'),
  identity: IDENTITY,
  ops: [op(1), op(2)],
};

describe('deltaOf', () => {
  it('is null for a state that holds the same values, even as copies', () => {
    expect(deltaOf(base, { ...structuredClone(base), ops: base.ops })).toBeNull();
  });

  it('gives the operations appended after the ones held, and only the parts that changed', () => {
    const next = { ...base, ops: [...base.ops, op(3)], clock: { wall: 3, counter: 0 } };
    expect(deltaOf(base, next)).toEqual({ from: 2, ops: [op(3)], set: { clock: { wall: 3, counter: 0 } } });
  });

  it('gives a changed part on its own, without operations', () => {
    const next = { ...base, identity: { ...IDENTITY, lang: 'fr' as const } };
    expect(deltaOf(base, next)).toEqual({ from: 2, ops: [], set: { identity: next.identity } });
  });

  it('asks for a rewrite when an operation held is replaced or removed, which appending cannot say', () => {
    expect(deltaOf(base, { ...base, ops: [base.ops[0]!, op(9)] })).toBe('rewrite');
    expect(deltaOf(base, { ...base, ops: [base.ops[0]!] })).toBe('rewrite');
    // An equal copy is still another object: only the very same operation counts as kept.
    expect(deltaOf(base, { ...base, ops: [base.ops[0]!, structuredClone(base.ops[1]!), op(3)] })).toBe(
      'rewrite',
    );
  });
});
