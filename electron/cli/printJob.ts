import { sourceFromDatabase, type ReportSource } from '../../shared/report/source';
import { withStore, type CliContext } from './command';

/**
 * What the print commands (report, sheet, spreadsheet) share: the database read as reports see it,
 * released before the slow part, then `write` makes the files and each written path goes on its own line.
 */
export async function runPrintJob(
  ctx: CliContext,
  write: (source: ReportSource) => Promise<string[]>,
): Promise<void> {
  const source = await withStore(ctx, (store) => sourceFromDatabase(store.read(), store.state()));
  const written = await write(source);
  ctx.out(written.join('\n') + '\n');
}
