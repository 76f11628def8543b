import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BudgetEntry, Database, ProgressReport } from '../../shared/model';
import { scopeViolations } from '../../shared/sync/scope';
import { SEED_SITE } from '../../electron/seed';
import { generate, mulberry32, PROGRAMME } from './generate';

const dataDir = join(import.meta.dirname, '..', '..', 'data');
const small = (seed?: number) =>
  generate({ scale: 1, months: 3, dataDir, ...(seed !== undefined && { seed }) });

describe('benchmark data generator', () => {
  it('mulberry32 repeats its sequence for a seed and differs between seeds', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const seqA = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(seqA);
    expect([c(), c(), c()]).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });

  it('gives the same bytes for the same seed and different data for another seed', () => {
    const text = JSON.stringify(small().db);
    expect(JSON.stringify(small().db)).toBe(text);
    expect(JSON.stringify(small(99).db)).not.toBe(text);
  });

  it('produces a valid database whose records match the model', () => {
    const { db, installations } = small();
    expect(Database.safeParse(db).success).toBe(true);
    expect(installations).toHaveLength(33);
    const made = db.ops.filter((op) => op.site !== SEED_SITE);
    expect(made.length).toBe(installations.reduce((n, i) => n + i.ops.length, 0));
    // Full records (not later partial edits) must parse as the record schemas the screens use.
    const creations = made.filter((op) => Object.values(op.prev).every((p) => p === null));
    expect(creations.some((op) => op.entity === 'budget')).toBe(true);
    for (const op of creations) {
      const schema = op.entity === 'progress' ? ProgressReport : BudgetEntry;
      const extra = op.entity === 'progress' ? { review: null } : {};
      expect(schema.safeParse({ ...op.fields, ...extra, id: op.key }).success, op.key).toBe(true);
    }
  });

  it('keeps every country inside its role, so a bundle of its operations would be accepted', () => {
    const { db, installations } = small();
    const seedOps = db.ops.filter((op) => op.site === SEED_SITE);
    for (const inst of installations) {
      expect(inst.groups.length, inst.country.iso3).toBeGreaterThan(0);
      expect(inst.ops.every((op) => op.author.country === inst.country.iso3)).toBe(true);
      const signer = {
        role: inst.author.role,
        country: inst.country.iso3,
        groups: inst.groups,
        installation: inst.site,
      };
      expect(
        scopeViolations(signer, inst.ops, {
          programme: PROGRAMME,
          programmes: db.programmes,
          localOps: seedOps,
        }),
      ).toEqual([]);
    }
  });

  it('grows with the scale: ten times the reports and entries', () => {
    const one = generate({ scale: 1, months: 3, dataDir });
    const ten = generate({ scale: 10, months: 3, dataDir });
    const madeBy = (g: typeof one) =>
      g.installations.reduce(
        (n, i) => n + i.ops.filter((op) => Object.values(op.prev).every((p) => p === null)).length,
        0,
      );
    expect(madeBy(ten)).toBe(10 * madeBy(one));
  });
});
