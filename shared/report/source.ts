import type { Database } from '../model/database';
import type { Country, Institution, Programme } from '../model/programme';
import type { BudgetEntry, Meeting, ProgressReport, Status } from '../model/records';
import type { VisibleState } from '../state';

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
  meetings: readonly Meeting[];
  /** Coordinators' status decisions per activity id (a cancellation stands whatever a country reports). */
  decisions: ReadonlyMap<string, Status>;
}

/** The database as the screens see it: `state` is its visible state, plan edits applied and records folded. */
export function sourceFromDatabase(db: Database, state: VisibleState): ReportSource {
  return {
    programmes: state.programmes,
    countries: db.countries,
    institutions: db.institutions,
    progress: state.reports,
    budget: state.budget,
    meetings: state.meetings,
    decisions: state.decisions,
  };
}
