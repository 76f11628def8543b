import type { Database } from '../../shared/model';
import { mergeOps } from '../../shared/sync/merge';
import { SEED_EDITION } from './loadSeed';

/**
 * A database made from an earlier edition of data/, brought up to `seed`'s: the programmes, countries
 * and institutions are the shipped documents' (no one edits them), so they are replaced; the new
 * edition's seeded operations are added after everything the database holds, which keeps every user
 * operation, the clock and the export positions as they were, and since they are stamped later than
 * the earlier edition's they win over it field by field. Whatever a user wrote later still wins.
 * Null when the database already holds this edition (or a later one).
 */
export function refreshSeed(db: Readonly<Database>, seed: () => Database): Database | null {
  if (db.seedEdition >= SEED_EDITION) return null;
  const shipped = seed();
  return {
    ...db,
    seedEdition: shipped.seedEdition,
    programmes: shipped.programmes,
    countries: shipped.countries,
    institutions: shipped.institutions,
    ops: mergeOps(db.ops, shipped.ops).ops,
  };
}
