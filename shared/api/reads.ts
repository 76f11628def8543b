import type { Method } from './index';

/**
 * Methods that change no record: after any other successful call, what the screens count (reports to
 * review, changes not sent, conflicts) may have changed. A method missing here counts as a write,
 * which costs one extra reload, never a stale count.
 */
const READS: ReadonlySet<Method> = new Set<Method>([
  'programmes.list',
  'programme.get',
  'group.get',
  'activity.get',
  'catalogue.get',
  'home.get',
  'budget.list',
  'meetings.list',
  'identity.get',
  'settings.get',
  'backups.list',
  'startup.status',
  'sheet.html',
  'sheet.pdf',
  'report.docx',
  'spreadsheet.xlsx',
  'programme.template',
  'programme.exportWorkbook',
  'conflicts.subjects',
  'conflicts.list',
  'bundle.outbox',
  'bundle.history',
  'bundle.senders',
  'intake.get',
]);

export function isRead(method: Method): boolean {
  return READS.has(method);
}
