import type { Database } from '../model/database';
import type { Country, Institution, Programme } from '../model/programme';
import { BudgetEntry, ProgressReport } from '../model/records';
import { fold, recordOf } from '../sync/fold';

/**
 * What a printed document is computed from: the plan, the catalogues, and the progress and budget
 * records as they stand. Pure data, so the report builders can be tested without a store.
 */
export interface ReportSource {
  programmes: readonly Programme[];
  countries: readonly Country[];
  institutions: readonly Institution[];
  progress: readonly ProgressReport[];
  budget: readonly BudgetEntry[];
}

/**
 * The records of a database are the fold of its operations; a record that no longer parses (a field
 * deleted by a later version, say) is left out of the print rather than failing the whole sheet.
 */
export function sourceFromDatabase(db: Database): ReportSource {
  const folded = fold(db.ops);
  const records = <T>(entity: 'progress' | 'budget', parse: (v: unknown) => { success: boolean; data?: T }): T[] => {
    const out: T[] = [];
    for (const [key, fields] of folded[entity]) {
      const record = recordOf(fields);
      if (record === null) continue;
      const parsed = parse({ id: key, ...record });
      if (parsed.success && parsed.data !== undefined) out.push(parsed.data);
    }
    return out;
  };
  return {
    programmes: db.programmes,
    countries: db.countries,
    institutions: db.institutions,
    progress: records<ProgressReport>('progress', (v) => ProgressReport.safeParse(v)),
    budget: records<BudgetEntry>('budget', (v) => BudgetEntry.safeParse(v)),
  };
}
