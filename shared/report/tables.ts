import type { Programme } from '../model/programme';
import { reportText } from '../model/records';
import type { Lang } from '../model/text';
import { pickText } from '../model/text';
import { reportedPercent, type Stated } from './activityState';
import type { ReportSource } from './source';

/**
 * The plan, the progress reports and the budget entries of a programme as typed tables: what the .xlsx
 * and the CSV files hold. Cells keep their type (a day stays a day, an amount a number) so each writer
 * can format it properly: Excel dates and currency formats, ISO text in CSV.
 */
export type ColumnType = 'text' | 'month' | 'day' | 'integer' | 'money';

export type Cell = string | number | null;

export interface Column {
  /** Key of `sheets:spreadsheet.*`, translated by the writer. */
  key: string;
  type: ColumnType;
  /** Relative width in characters, for the spreadsheet. */
  width: number;
}

export interface Table {
  name: TableName;
  columns: Column[];
  rows: Cell[][];
  /** For money columns, the ISO currency of each row (same order as rows). */
  currencies: (string | null)[];
  /** Values of translated columns are keys of `sheets:` (status, kind, review) to translate. */
  translated: string[];
}

export const TABLE_NAMES = ['plan', 'progress', 'budget'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

const col = (key: string, type: ColumnType, width: number): Column => ({ key, type, width });

function planTable(p: Programme, lang: Lang): Table {
  const rows: Cell[][] = [];
  for (const g of p.groups) {
    for (const a of g.activities) {
      const words = (d: typeof a.plannedStart) => (d.words === null ? null : pickText(d.words, lang).text);
      rows.push([
        g.numeral,
        a.id,
        a.number,
        a.section === null ? null : pickText(a.section, lang).text,
        pickText(a.text, lang).text,
        a.plannedStart.month,
        a.plannedEnd.month,
        words(a.plannedStart),
        words(a.plannedEnd),
      ]);
    }
  }
  return {
    name: 'plan',
    columns: [
      col('group', 'text', 7),
      col('activityId', 'text', 18),
      col('number', 'text', 6),
      col('section', 'text', 30),
      col('activity', 'text', 70),
      col('plannedStart', 'month', 12),
      col('plannedEnd', 'month', 12),
      col('startWords', 'text', 30),
      col('endWords', 'text', 30),
    ],
    rows,
    currencies: rows.map(() => null),
    translated: [],
  };
}

/** A percent the report does not state is the words "not stated", translated like a status. */
function percentCell(percent: Stated<number>): Cell {
  return percent === 'not-stated' ? 'table.notStated' : percent;
}

function progressTable(source: ReportSource, p: Programme, lang: Lang): Table {
  const ids = new Map(p.groups.flatMap((g) => g.activities.map((a) => [a.id, { g, a }] as const)));
  const objectivePrefix = `${p.id}/`;
  const reports = source.progress
    .filter((r) =>
      r.activity !== null ? ids.has(r.activity) : (r.objective ?? '').startsWith(objectivePrefix),
    )
    .sort(
      (a, b) =>
        (a.activity ?? a.objective ?? '').localeCompare(b.activity ?? b.objective ?? '', 'en', {
          numeric: true,
        }) || a.reportDate.localeCompare(b.reportDate),
    );
  const rows: Cell[][] = reports.map((r) => {
    const hit = r.activity === null ? undefined : ids.get(r.activity);
    const narrative = r.narrative === null ? '' : pickText(r.narrative, lang).text;
    return [
      hit?.g.numeral ?? (r.objective ?? '').split('/')[1] ?? null,
      r.activity ?? r.objective,
      hit ? pickText(hit.a.text, lang).text : null,
      r.country,
      `status.${r.status ?? 'not-stated'}`,
      percentCell(reportedPercent(r)),
      r.actualStart,
      r.actualEnd,
      r.reportDate,
      [narrative, reportText(r, 'done', lang)].filter((s) => s.trim() !== '').join('\n\n'),
      reportText(r, 'obstacles', lang),
      reportText(r, 'nextSteps', lang),
      r.evidence.join('; '),
      r.author.name,
      r.review === null ? null : `spreadsheet.${r.review.decision}`,
    ];
  });
  return {
    name: 'progress',
    columns: [
      col('group', 'text', 7),
      col('activityId', 'text', 18),
      col('activity', 'text', 50),
      col('country', 'text', 8),
      col('status', 'text', 13),
      col('percent', 'integer', 9),
      col('actualStart', 'month', 12),
      col('actualEnd', 'month', 12),
      col('reportDate', 'day', 12),
      col('done', 'text', 60),
      col('obstacles', 'text', 40),
      col('nextSteps', 'text', 40),
      col('evidence', 'text', 24),
      col('author', 'text', 20),
      col('review', 'text', 11),
    ],
    rows,
    currencies: rows.map(() => null),
    translated: ['status', 'percent', 'review'],
  };
}

function budgetTable(source: ReportSource, p: Programme): Table {
  const entries = source.budget
    .filter((e) => e.programme === p.id)
    .sort((a, b) => a.group.localeCompare(b.group, 'en', { numeric: true }) || a.date.localeCompare(b.date));
  return {
    name: 'budget',
    columns: [
      col('group', 'text', 14),
      col('activityId', 'text', 18),
      col('kind', 'text', 13),
      col('source', 'text', 36),
      col('amount', 'money', 16),
      col('currency', 'text', 9),
      col('date', 'day', 12),
      col('country', 'text', 8),
      col('purpose', 'text', 40),
      col('author', 'text', 20),
    ],
    rows: entries.map((e) => [
      e.group,
      e.activity,
      `spreadsheet.${e.kind}`,
      e.source,
      e.amount,
      e.currency,
      e.date,
      e.country,
      e.purpose,
      e.author.name,
    ]),
    currencies: entries.map((e) => e.currency),
    translated: ['kind'],
  };
}

export function programmeTables(source: ReportSource, programme: Programme, lang: Lang): Table[] {
  return [planTable(programme, lang), progressTable(source, programme, lang), budgetTable(source, programme)];
}
