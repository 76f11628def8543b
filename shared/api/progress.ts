import { z } from 'zod';
import { Month } from '../model/dates';
import { ActivityId, Iso3 } from '../model/programme';
import { Day, Status } from '../model/records';
import type { ProgressReport } from '../model/records';
import { endpoint } from './common';

/**
 * The progress form as it is submitted. Bounds are checked here; the rules that relate fields to each
 * other (end before start, 100% but not completed…) are in shared/domain/validation.ts so that the
 * form can show them field by field before it submits, and the handler applies the same rules.
 */
export const ProgressInput = z
  .object({
    activityId: ActivityId,
    status: Status,
    percent: z.number().int().min(0).max(100),
    actualStart: Month.nullable(),
    actualEnd: Month.nullable(),
    done: z.string().max(20000),
    obstacles: z.string().max(20000),
    nextSteps: z.string().max(20000),
    evidence: z.array(z.string().trim().min(1).max(500)).max(100),
    reportDate: Day,
    /** Only the secretariat reports on behalf of a country; everyone else reports for their own. */
    country: Iso3.nullable().optional(),
  })
  .strict();
export type ProgressInput = z.infer<typeof ProgressInput>;

/** A focal point's correction of her own report: the same fields as a new report, on the report it replaces. */
export const ProgressCorrectionInput = ProgressInput.omit({ activityId: true, country: true })
  .extend({ reportId: z.string().min(1).max(100) })
  .strict();
export type ProgressCorrectionInput = z.infer<typeof ProgressCorrectionInput>;

export const progressApi = {
  'progress.save': endpoint<{ report: ProgressReport }>()(ProgressInput),
  /** A new operation on the report: the earlier values stay in the history of operations. */
  'progress.correct': endpoint<{ report: ProgressReport }>()(ProgressCorrectionInput),
  /** A tombstone on the report, like a removed budget entry. */
  'progress.withdraw': endpoint<{ reportId: string }>()(
    z.object({ reportId: z.string().min(1).max(100) }).strict(),
  ),
};
