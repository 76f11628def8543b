import { fail } from '../../shared/errors';
import type { Database } from '../../shared/model/database';
import type { Hlc, Operation } from '../../shared/model/ops';
import type { Identity, Review } from '../../shared/model/records';
import { findConflicts, resolutionChanges, type Conflict } from '../../shared/sync/conflicts';
import type { ConflictSubject } from '../../shared/api/sync';
import { fold, recordOf } from '../../shared/sync/fold';
import { mayCoordinate } from '../../shared/domain/roles';
import { groupOfRef } from '../../shared/sync/scope';
import type { Store } from '../store';
import { validateReview } from '../../shared/domain/validation';
import { refuseInvalid } from '../handlers/invalid';

function requireIdentity(db: Readonly<Database>) {
  if (!db.identity) fail('bundle-no-identity', 'sync:errors.no-identity');
  return db.identity;
}

export function listConflicts(db: Readonly<Database>): Conflict[] {
  return findConflicts(db.ops);
}

/**
 * Settles a conflict by choosing one of its values (the winner's, to confirm it). Only someone who
 * could have made the edit in a bundle may settle it: the coordinator of the group or the secretariat.
 */
export async function resolveConflict(
  store: Pick<Store, 'read' | 'commit'>,
  conflictId: string,
  chosen: Hlc,
): Promise<Operation[]> {
  const db = store.read();
  const identity = requireIdentity(db);
  const conflict = listConflicts(db).find((c) => c.id === conflictId);
  if (!conflict) fail('bundle-unknown-conflict', 'sync:errors.unknown-conflict', { conflict: conflictId });
  if (!mayDecide(db, identity, conflict))
    fail('forbidden', 'errors:forbidden', { action: 'conflicts.resolve' });
  return store.commit(resolutionChanges(conflict, chosen));
}

/** Whether `identity` may settle the conflict: the coordinator of its group, or the secretariat. */
export function mayDecide(db: Readonly<Database>, identity: Identity, conflict: Conflict): boolean {
  const group = groupOfConflict(db, conflict);
  return group !== null && mayCoordinate(identity, group, db.programmes);
}

/** Each open conflict's activity, group and country, and whether `identity` may decide it. */
export function conflictSubjects(db: Readonly<Database>, identity: Identity | null): ConflictSubject[] {
  const conflicts = listConflicts(db);
  if (conflicts.length === 0) return [];
  const folded = fold(db.ops);
  return conflicts.map((c) => {
    const record =
      c.entity === 'activity' || c.entity === 'contribution'
        ? null
        : recordOf(folded[c.entity === 'review' ? 'progress' : c.entity].get(c.key));
    const activityId =
      c.entity === 'activity' ? c.key : typeof record?.activity === 'string' ? record.activity : null;
    const group = groupOfRef(activityId ?? c.key) ?? groupOfRef(record?.group);
    return {
      conflictId: c.id,
      activityId,
      groupNumeral: group?.split('/')[1] ?? null,
      activityNumber: activityId?.split('/')[2] ?? null,
      country: typeof record?.country === 'string' ? record.country : null,
      mayDecide: identity !== null && mayDecide(db, identity, c),
    };
  });
}

function groupOfConflict(db: Readonly<Database>, conflict: Conflict): string | null {
  if (conflict.entity === 'activity' || conflict.entity === 'contribution') return groupOfRef(conflict.key);
  const folded = fold(db.ops);
  const record = recordOf(
    folded[conflict.entity === 'review' ? 'progress' : conflict.entity].get(conflict.key),
  );
  if (!record) return null;
  return groupOfRef(record.group) ?? groupOfRef(record.activity) ?? groupOfRef(record.objective);
}

/**
 * A coordinator's or the secretariat's decision on a progress report. It is an operation like any
 * other, on the `review` entity keyed by the report, so it travels back in the consolidated bundle.
 */
export async function setReview(
  store: Pick<Store, 'read' | 'state' | 'commit'>,
  input: { reportId: string; decision: Review['decision']; comment: string },
  now: () => number = Date.now,
): Promise<Review> {
  const db = store.read();
  const identity = requireIdentity(db);
  const report = recordOf(store.state().folded.progress.get(input.reportId));
  if (!report) fail('bundle-unknown-report', 'sync:errors.unknown-report', { report: input.reportId });
  const group = groupOfRef(report.activity) ?? groupOfRef(report.objective);
  if (group === null || !mayCoordinate(identity, group, db.programmes))
    fail('forbidden', 'errors:forbidden', { action: 'review.set' });
  refuseInvalid(validateReview(input));
  const review: Review = {
    decision: input.decision,
    comment: input.comment,
    by: { name: identity.name, email: identity.email, country: identity.country, role: identity.role },
    at: new Date(now()).toISOString(),
  };
  await store.commit([{ entity: 'review', key: input.reportId, fields: { ...review } }]);
  return review;
}
