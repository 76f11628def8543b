import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonValue, Operation } from '../../shared/model/ops';
import type { Author } from '../../shared/model/records';
import { OperationPool, shareRepeats } from '../../shared/sync/intern';

const ana: Author = {
  name: 'Ana Pérez',
  email: 'ana@nso-col.example.org',
  country: 'COL',
  role: 'focal-point',
};

/** An operation as a file gives it: every object its own, as JSON.parse makes them. */
function read(n: number, author: Author, fields: Record<string, JsonValue> = { percent: n }): Operation {
  return structuredClone({
    hlc: `${String(n).padStart(15, '0')}-000000-00000000000000aa`,
    site: '00000000000000aa',
    author,
    entity: 'progress',
    key: `r${n}`,
    fields,
    prev: {},
  });
}

describe('shareRepeats', () => {
  it('gives operations with equal authors one author object, and the reports they carry the same one', () => {
    const ops = shareRepeats([
      read(1, ana, { author: { ...ana } }),
      read(2, ana),
      read(3, ana, { by: { ...ana }, author: { ...ana, role: 'coordinator' } }),
    ]);
    expect(ops[1]!.author).toBe(ops[0]!.author);
    expect(ops[2]!.author).toBe(ops[0]!.author);
    expect(ops[0]!.fields.author).toBe(ops[0]!.author);
    expect(ops[2]!.fields.by).toBe(ops[0]!.author);
    expect(ops[2]!.fields.author).not.toBe(ops[0]!.author);
    expect(ops[2]!.fields.author).toEqual({ ...ana, role: 'coordinator' });
  });

  it('keeps apart authors that differ in any part, including two people of one name', () => {
    const variants: Author[] = [
      ana,
      { ...ana, email: 'ana@other.example.org' },
      { ...ana, country: null },
      { ...ana, country: 'MEX' },
      { ...ana, role: 'secretariat' },
    ];
    const ops = shareRepeats(variants.flatMap((a, i) => [read(2 * i, a), read(2 * i + 1, a)]));
    const distinct = new Set(ops.map((op) => op.author));
    expect(distinct.size).toBe(variants.length);
    ops.forEach((op, i) => expect(op.author).toEqual(variants[Math.floor(i / 2)]));
  });

  it('leaves alone objects that are not exactly an author as the app writes one', () => {
    const reordered = { email: ana.email, name: ana.name, country: ana.country, role: ana.role };
    const extra = { ...ana, note: 'x' };
    const ops = shareRepeats([
      read(1, ana),
      read(2, ana, { author: reordered, other: extra, list: [{ ...ana }] }),
    ]);
    expect(ops[1]!.fields.author).not.toBe(ops[0]!.author);
    expect(ops[1]!.fields.other).not.toBe(ops[0]!.author);
    expect((ops[1]!.fields.list as JsonValue[])[0]).not.toBe(ops[0]!.author);
    // Written back, a reordered author keeps its order.
    expect(JSON.stringify(ops[1]!.fields.author)).toBe(JSON.stringify(reordered));
  });

  it('shares within one pool only, so a pool is as long-lived as what it reads', () => {
    const a = new OperationPool().share(read(1, ana));
    const b = new OperationPool().share(read(2, ana));
    expect(a.author).not.toBe(b.author);
  });

  it('changes no operation as JSON: the same text, field by field and in order', () => {
    const authorArb = fc.record({
      name: fc.constantFrom('Ana', 'Luis', 'André'),
      email: fc.constantFrom('a@x.org', 'b@x.org'),
      country: fc.constantFrom('COL', 'MEX', null),
      role: fc.constantFrom('focal-point', 'coordinator', 'secretariat'),
    }) as fc.Arbitrary<Author>;
    const fieldsArb = fc.dictionary(
      fc.constantFrom('author', 'by', 'percent', 'done', 'evidence'),
      fc.oneof(authorArb, fc.integer(), fc.string(), fc.array(fc.string(), { maxLength: 2 })),
      { maxKeys: 4 },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(authorArb, fieldsArb), { maxLength: 20 }), (specs) => {
        const ops = specs.map(([author, fields], i) => read(i, author, fields as Record<string, JsonValue>));
        const before = JSON.stringify(ops);
        expect(JSON.stringify(shareRepeats(ops))).toBe(before);
      }),
    );
  });
});
