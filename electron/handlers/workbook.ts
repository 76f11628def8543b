import type { CellError, WorkbookImport, workbookApi } from '../../shared/api/workbook';
import { firstChangeIssue, issueDetails } from '../../shared/domain/content';
import { fail } from '../../shared/errors';
import type { Database } from '../../shared/model/database';
import type { Change, Entity, Operation } from '../../shared/model/ops';
import type { VisibleState } from '../../shared/state';
import type { SheetName } from '../workbook/format';
import { planChanges, planPreview, type WorkbookPlan } from '../workbook/plan';
import { readWorkbook } from '../workbook/read';
import { writeWorkbook } from '../workbook/write';
import { authorOf, requireIdentity, requireSecretariat } from './access';
import type { HandlerStore, HandlersFor } from './context';
import { countryName } from '../../shared/domain/lookup';
import { changeLabel } from '../../shared/domain/recordLabel';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const SHEET_OF: Partial<Record<Entity, SheetName>> = {
  programme: 'programme',
  group: 'groups',
  activity: 'activities',
  contribution: 'contributions',
};

const file = async (fileName: string, bytes: Promise<Buffer>) => ({
  fileName,
  mimeType: XLSX,
  base64: (await bytes).toString('base64'),
});

/** Country names in the user's language, for messages. */
const nameIn = (db: Database) => (iso3: string) => countryName(db.countries, iso3, db.identity?.lang ?? 'es');

/**
 * Checks a workbook as its import would: every cell, then the operations it makes, by the check every
 * save gets (shared/domain/content.ts), against the database as it is. Nothing is written.
 */
async function checkWorkbook(
  db: Database,
  state: VisibleState,
  author: Operation['author'],
  bytesBase64: string,
): Promise<{ refused: CellError[] } | { plan: WorkbookPlan; changes: Change[] }> {
  const held = state.programmes.map((p) => p.id);
  const read = await readWorkbook(Buffer.from(bytesBase64, 'base64'), {
    countries: db.countries,
    institutions: db.institutions,
    heldProgrammes: held,
  });
  if (!read.ok) return { refused: read.errors };
  const changes = planChanges(read.plan);
  const found = firstChangeIssue(changes, author, state.folded, db);
  if (!found) return { plan: read.plan, changes };
  // The cells passed their own checks, so this is a rule only the record as a whole can break.
  const error: CellError = {
    i18nKey: 'sync:errors.invalid-change',
    details: {
      sheet: SHEET_OF[found.change.entity] ?? '',
      ...issueDetails(found.change, found.issue, changeLabel(found.change, state.folded, nameIn(db))),
    },
  };
  return { refused: [error] };
}

/**
 * The secretariat's programme workbook (issue 13). Each handler takes and gives bytes, so a command
 * line `programme template|export|import [--dry-run]` is a call and a file write.
 */
export function workbookHandlers(store: HandlerStore): HandlersFor<typeof workbookApi> {
  return {
    async 'programme.template'() {
      return file('programme-template.xlsx', writeWorkbook(null));
    },

    async 'programme.exportWorkbook'({ programmeId }) {
      const programme = store.state().programmes.find((p) => p.id === programmeId);
      if (!programme) fail('unknown-programme', 'errors:unknown-programme', { id: programmeId });
      return file(`programme-${programmeId}.xlsx`, writeWorkbook(programme));
    },

    async 'programme.importWorkbook'({ bytesBase64, dryRun }): Promise<WorkbookImport> {
      const db = store.read();
      const identity = requireIdentity(db.identity);
      requireSecretariat(identity);
      const checked = await checkWorkbook(db, store.state(), authorOf(identity), bytesBase64);
      if ('refused' in checked) return { status: 'refused', errors: checked.refused };
      const preview = planPreview(checked.plan);
      if (dryRun) return { status: 'preview', preview };
      // One commit: the whole programme is saved, and checked again by the store's save check, or nothing is.
      await store.commit(checked.changes);
      return { status: 'created', preview };
    },
  };
}
