import { writeReason, type RoleReason } from '../domain/roles';
import type { Operation } from '../model/ops';
import type { Programme } from '../model/programme';
import type { Role } from '../model/records';
import { fold, type Folded } from './fold';
import { findGroup } from '../domain/lookup';

/** Who signed a bundle, as its manifest declares and the importer trusts. */
export interface Signer {
  role: Role;
  country: string | null;
  groups: readonly string[];
  installation: string;
}

export type ScopeReason =
  RoleReason | 'foreign-installation' | 'foreign-author' | 'other-programme' | 'unknown-group' | 'unlocated';

export interface ScopeViolation {
  hlc: string;
  entity: Operation['entity'];
  key: string;
  reason: ScopeReason;
}

const GROUP_PREFIX = /^(\d{4}-\d{4})\/([A-Z]{1,8})(?:\/|$)/;

/** `PROGRAMME/GROUP` at the start of an activity id, objective ref, group id or contribution key. */
export function groupOfRef(ref: unknown): string | null {
  if (typeof ref !== 'string') return null;
  const m = GROUP_PREFIX.exec(ref);
  return m ? `${m[1]}/${m[2]}` : null;
}

interface Located {
  group: string | null;
  country: string | null;
}

/**
 * The group and country a record belongs to, from its current fields (or its key, for plan records).
 * A deleted record is placed by the fields it had, so that its deletion travels and is judged like
 * any other change of it.
 */
function locate(folded: Folded, op: Operation): Located | null {
  if (op.entity === 'activity' || op.entity === 'contribution' || op.entity === 'group')
    return { group: groupOfRef(op.key), country: null };
  // Read just the fields that place the record: copying it whole, for every operation, cost more.
  const fields = folded[op.entity === 'review' ? 'progress' : op.entity].get(op.key);
  if (!fields) return null;
  const country = fields.value('country');
  const group =
    op.entity === 'budget' || op.entity === 'meeting'
      ? groupOfRef(fields.value('group'))
      : (groupOfRef(fields.value('activity')) ?? groupOfRef(fields.value('objective')));
  return { group, country: typeof country === 'string' ? country : null };
}

/** The programme an operation belongs to, or null when its record cannot be placed from `folded`. */
export function programmeOfOp(folded: Folded, op: Operation): string | null {
  if (op.entity === 'programme') return op.key;
  return locate(folded, op)?.group?.split('/')[0] ?? null;
}

/** Where an operation's record is filed: its entity and key. */
function recordSlot(entity: Operation['entity'], key: string): string {
  return `${entity}|${key}`;
}

/**
 * Operations filed by the record they edit, each stamp once: lets an import check bundle after
 * bundle against a growing log without a pass over all of it per bundle.
 */
export class OpsByRecord {
  private readonly byRecord = new Map<string, Operation[]>();
  private readonly stamps = new Map<string, Operation>();

  constructor(ops: Iterable<Operation> = []) {
    this.add(ops);
  }

  add(ops: Iterable<Operation>): void {
    for (const op of ops) {
      if (this.stamps.has(op.hlc)) continue;
      this.stamps.set(op.hlc, op);
      const slot = recordSlot(op.entity, op.key);
      const list = this.byRecord.get(slot);
      if (list) list.push(op);
      else this.byRecord.set(slot, [op]);
    }
  }

  /** The operation held under a stamp, if any. */
  stamped(hlc: string): Operation | undefined {
    return this.stamps.get(hlc);
  }

  /** The operations of one record, by its slot as `recordSlot` writes it. */
  of(slot: string): readonly Operation[] {
    return this.byRecord.get(slot) ?? [];
  }
}

/**
 * Which operations of a bundle lie outside its signer's role (PRODUCT.md, "Roles"): a focal point of
 * country C may carry progress, budget and meeting records of C in the groups C belongs to; a coordinator of G also G's
 * plan (activities, planned contributions) and reviews of G's reports; the secretariat anything.
 * Coordination, and membership where the group lists members, are checked against the programme data
 * the importer holds, not only against what the signer claims. A record is located by its fields after the bundle is merged and, for records the importer
 * already holds, before as well, so an edit cannot move another country's report into the signer's.
 */
export function scopeViolations(
  signer: Signer,
  ops: readonly Operation[],
  context: {
    programme: string;
    programmes: readonly Programme[];
    localOps: readonly Operation[] | OpsByRecord;
  },
): ScopeViolation[] {
  // Only the records the bundle touches need locating: fold just their operations, not the whole log.
  const touched = new Set<string>();
  for (const op of ops) touched.add(recordSlot(op.entity === 'review' ? 'progress' : op.entity, op.key));
  const relevant = (op: Operation) => touched.has(recordSlot(op.entity, op.key));
  const { localOps } = context;
  const localRelevant =
    localOps instanceof OpsByRecord
      ? [...touched].flatMap((slot) => localOps.of(slot))
      : localOps.filter(relevant);
  const before = fold(localRelevant);
  // Every record a bundle operation edits is touched, so of its own operations only reviews (filed
  // under their report) are not relevant.
  const after = fold([...localRelevant, ...ops.filter((op) => op.entity !== 'review')]);
  const violations: ScopeViolation[] = [];
  // Per group, entity and country: every operation of a group asks the same.
  const known = new Map<string, ScopeReason | null>();
  const rightIn = (
    groupId: string,
    entity: Operation['entity'],
    country: string | null,
  ): ScopeReason | null => {
    const slot = `${groupId}|${entity}|${country ?? ''}`;
    const held = known.get(slot);
    if (held !== undefined) return held;
    const group = findGroup(context.programmes, groupId);
    const reason = group ? writeReason(signer, entity, group, country) : 'unknown-group';
    known.set(slot, reason);
    return reason;
  };

  // One function for every operation rather than closures made per operation: a bundle has thousands.
  const prefix = `${context.programme}/`;
  const reasonOf = (op: Operation): ScopeReason | null => {
    // A programme's own record is the programme: only the secretariat writes it, in its own bundle.
    if (op.entity === 'programme') {
      if (op.key !== context.programme) return 'other-programme';
      if (signer.role !== 'secretariat') return 'not-secretariat';
    }
    const now = op.entity === 'programme' ? { group: prefix, country: null } : locate(after, op);
    // The secretariat may carry an edit whose record the importer cannot place yet; nobody else may.
    if (!now || !now.group) return signer.role === 'secretariat' ? null : 'unlocated';
    if (!now.group.startsWith(prefix)) return 'other-programme';
    if (signer.role === 'secretariat') return null;
    // The stamp's installation is its last part (parsing every stamp cost more than this check).
    if (op.site !== signer.installation || !op.hlc.endsWith(`-${op.site}`)) return 'foreign-installation';
    // Only the secretariat's consolidated bundle carries others' operations.
    if (op.author.role !== signer.role || op.author.country !== signer.country) return 'foreign-author';
    const was = locate(before, op);
    const entity = op.entity;
    // A meeting record is placed like a progress report: by the country it speaks for and its group.
    if (entity === 'progress' || entity === 'budget' || entity === 'meeting') {
      // An edit may not move a record out of, or into, what the signer may write.
      if (was && was.country !== now.country) return 'other-country';
      if (was && was.group !== now.group)
        return rightIn(was.group ?? '', entity, was.country) ?? rightIn(now.group, entity, now.country);
      return rightIn(now.group, entity, now.country);
    }
    return rightIn(now.group, entity, null);
  };
  for (const op of ops) {
    const reason = reasonOf(op);
    if (reason) violations.push({ hlc: op.hlc, entity: op.entity, key: op.key, reason });
  }
  return violations;
}
