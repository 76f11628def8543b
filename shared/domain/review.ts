import type { Hlc, Operation } from '../model/ops';
import type { Author, Review } from '../model/records';

/** Where a report stands in its review: a correction made after a decision puts it back in the queue. */
export type ReviewState = 'awaiting-review' | 'accepted' | 'returned';

/** Per report id: the newest stamp that edited the report and the newest that reviewed it. */
export interface ReportStamps {
  edited: Hlc | null;
  reviewed: Hlc | null;
  /** More than one operation wrote the report: it was corrected after it was first saved. */
  corrected: boolean;
}

export function reportStamps(
  ops: Iterable<Operation>,
  keys: ReadonlySet<string> | null = null,
): Map<string, ReportStamps> {
  const out = new Map<string, ReportStamps>();
  for (const op of ops) {
    if ((op.entity !== 'progress' && op.entity !== 'review') || (keys !== null && !keys.has(op.key)))
      continue;
    let s = out.get(op.key);
    if (!s) out.set(op.key, (s = { edited: null, reviewed: null, corrected: false }));
    if (op.entity === 'progress') {
      if (s.edited !== null) s.corrected = true;
      if (s.edited === null || op.hlc > s.edited) s.edited = op.hlc;
    } else if (s.reviewed === null || op.hlc > s.reviewed) s.reviewed = op.hlc;
  }
  return out;
}

/** A decision stands until the report is edited after it (stamps compare in causal order). */
export function reviewStateOf(review: Review | null, stamps: ReportStamps | undefined): ReviewState {
  if (!review) return 'awaiting-review';
  const editedSince = stamps?.edited != null && stamps.reviewed != null && stamps.edited > stamps.reviewed;
  return editedSince ? 'awaiting-review' : review.decision;
}

/** Nobody reviews a report they wrote themselves (the secretariat reporting on behalf of a country included). */
export function isOwnReport(
  reader: Pick<Author, 'name' | 'email'>,
  report: { author: Pick<Author, 'name' | 'email'> },
): boolean {
  return report.author.email === reader.email && report.author.name === reader.name;
}
