import ExcelJS from 'exceljs';
import type { CellError } from '../../shared/api/workbook';
import type { GroupField, ProgrammeField } from '../../shared/domain/authoring';
import { programmeIdOf, validateGroupForm, validateProgrammeForm } from '../../shared/domain/authoring';
import { FIELD_ERRORS, validatePlan } from '../../shared/domain/validation';
import { fail } from '../../shared/errors';
import { Month } from '../../shared/model/dates';
import { Currency, GroupNumeral, type Objective } from '../../shared/model/programme';
import { textOf, type Lang } from '../../shared/model/text';
import { checkArchive, WORKBOOK_LIMITS, type WorkbookLimits } from './archive';
import { MAX_ROWS, SHEET_NAMES, SHEETS, type ColumnSpec, type SheetName, type SheetSpec } from './format';
import type { WorkbookGroup, WorkbookPlan } from './plan';

/** How the group rules a workbook can break without a cell of their own are said, on the group's row. */
const GROUP_RULES: Partial<
  Record<GroupField, 'errors:workbook.no-general-objective' | 'errors:workbook.no-coordinator'>
> = {
  generalObjective: 'errors:workbook.no-general-objective',
  coordinators: 'errors:workbook.no-coordinator',
};

/** Enough to fix a workbook in one pass without making a hostile one cost a list as long as its rows. */
export const MAX_ERRORS = 200;

/** What a workbook's references are checked against. */
export interface WorkbookCatalogue {
  countries: readonly { iso3: string; nso: string }[];
  institutions: readonly { id: string }[];
  /** Programmes the database holds: a workbook may not enter one again. */
  heldProgrammes: readonly string[];
}

type Value = string | number | null;
/** One data row: its spreadsheet row number and its values by column name. */
interface Row {
  row: number;
  values: Record<string, Value>;
}

const ACTIVITY_NUMBER = /^\d+(\.[a-z])?$/;
const CONTRIBUTION_ID = /^[A-Za-z0-9-]+$/;

class Errors {
  readonly list: CellError[] = [];
  add(i18nKey: string, details: CellError['details']): void {
    if (this.list.length < MAX_ERRORS) this.list.push({ i18nKey, details });
  }
  at(
    sheet: SheetName,
    row: Row,
    column: string,
    i18nKey: string,
    extra: Record<string, string | number> = {},
  ) {
    this.add(i18nKey, { sheet, row: row.row, column, value: shown(row.values[column] ?? null), ...extra });
  }
}

function shown(value: string | number | Date | null): string {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** A cell as the sheet holds it: formulas, errors and booleans are what a typed programme never has. */
function cellOf(value: ExcelJS.CellValue): { value: string | number | Date | null } | { refused: string } {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return { value };
  if (typeof value === 'boolean') return { refused: 'errors:workbook.wrong-type' };
  if ('formula' in value || 'sharedFormula' in value) return { refused: 'errors:workbook.formula' };
  if ('richText' in value) return { value: value.richText.map((r) => r.text).join('') };
  if ('hyperlink' in value && typeof value.text === 'string') return { value: value.text };
  return { refused: 'errors:workbook.wrong-type' };
}

function monthOfDate(d: Date): string {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** A cell's value as its column reads it, or the key of what is wrong with it. */
function read(spec: ColumnSpec, raw: string | number | Date | null): { value: Value } | { refused: string } {
  const text = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : null;
  if (raw === null || text === '')
    return spec.required ? { refused: FIELD_ERRORS.required } : { value: null };
  switch (spec.kind) {
    case 'month': {
      const month = raw instanceof Date ? monthOfDate(raw) : text;
      return typeof raw !== 'number' && Month.safeParse(month).success
        ? { value: month }
        : { refused: 'errors:workbook.not-a-month' };
    }
    case 'amount': {
      const n = typeof raw === 'number' ? raw : /^\d+(\.\d+)?$/.test(text ?? '') ? Number(text) : NaN;
      return Number.isFinite(n) && n >= 0 ? { value: n } : { refused: 'errors:workbook.not-an-amount' };
    }
    default:
      if (text === null) return { refused: 'errors:workbook.wrong-type' };
      if (text.length > spec.max) return { refused: 'errors:workbook.too-long' };
      if (spec.values && !spec.values.includes(text)) return { refused: 'errors:workbook.not-allowed' };
      return { value: text };
  }
}

function headerText(value: ExcelJS.CellValue): string {
  const cell = cellOf(value);
  return 'value' in cell && typeof cell.value === 'string' ? cell.value.trim() : '';
}

/** The data rows of one sheet, every cell read by its column; rows with nothing in them are skipped. */
function readSheet(ws: ExcelJS.Worksheet | undefined, spec: SheetSpec, errors: Errors): Row[] {
  if (!ws) {
    errors.add('errors:workbook.missing-sheet', { sheet: spec.name });
    return [];
  }
  if (ws.rowCount > MAX_ROWS + 1) {
    errors.add('errors:workbook.too-many-rows', { sheet: spec.name, limit: MAX_ROWS });
    return [];
  }
  const at = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => {
    const name = headerText(cell.value);
    if (name === '') return;
    if (!spec.columns.some((c) => c.name === name) || at.has(name))
      errors.add('errors:workbook.unknown-column', { sheet: spec.name, row: 1, column: shown(name) });
    else at.set(name, col);
  });
  const missing = spec.columns.filter((c) => !at.has(c.name));
  for (const c of missing) errors.add('errors:workbook.missing-column', { sheet: spec.name, column: c.name });
  if (missing.length > 0) return [];
  const rows: Row[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const cells = ws.getRow(r);
    const raw = spec.columns.map((c) => cellOf(cells.getCell(at.get(c.name)!).value));
    if (raw.every((c) => 'value' in c && (c.value === null || c.value === ''))) continue;
    const row: Row = { row: r, values: {} };
    spec.columns.forEach((c, i) => {
      const cell = raw[i]!;
      const got = 'refused' in cell ? cell : read(c, cell.value);
      if ('value' in got) row.values[c.name] = got.value;
      else {
        row.values[c.name] = null;
        const value = 'value' in cell ? shown(cell.value) : shown(cells.getCell(at.get(c.name)!).text);
        errors.add(got.refused, {
          sheet: spec.name,
          row: r,
          column: c.name,
          value,
          ...(got.refused === 'errors:workbook.too-long' && { limit: c.max }),
          ...(c.values && { allowed: c.values.join(', ') }),
        });
      }
    });
    rows.push(row);
  }
  return rows;
}

const str = (row: Row, column: string): string => {
  const v = row.values[column];
  return typeof v === 'string' ? v : '';
};
const opt = (row: Row, column: string): string | null => str(row, column) || null;
const langOf = (row: Row): Lang => (opt(row, 'lang') as Lang | null) ?? 'es';
const typed = (row: Row, text: string) => ({ orig: langOf(row), [langOf(row)]: text });

const PROGRAMME_COLUMNS: Record<ProgrammeField, string> = {
  start: 'start',
  end: 'end',
  symbol: 'symbol',
  titleEs: 'title_es',
  titleEn: 'title_en',
};

/**
 * Reads a filled workbook into the programme it enters, checking every cell and every reference
 * between sheets; any error refuses the whole workbook. A file that is not a workbook within the
 * limits has no cells to point to: it throws an AppFailure with one message.
 */
export async function readWorkbook(
  bytes: Uint8Array,
  catalogue: WorkbookCatalogue,
  limits: WorkbookLimits = WORKBOOK_LIMITS,
): Promise<{ ok: true; plan: WorkbookPlan } | { ok: false; errors: CellError[] }> {
  checkArchive(bytes, limits);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch {
    fail('workbook-not-a-workbook', 'errors:workbook.not-a-workbook');
  }
  const errors = new Errors();
  const sheets = Object.fromEntries(
    SHEET_NAMES.map((name) => [name, readSheet(wb.getWorksheet(name), SHEETS[name], errors)]),
  ) as Record<SheetName, Row[]>;
  const plan = assemble(sheets, catalogue, errors);
  return plan && errors.list.length === 0 ? { ok: true, plan } : { ok: false, errors: errors.list };
}

function assemble(sheets: Record<SheetName, Row[]>, catalogue: WorkbookCatalogue, errors: Errors) {
  const [head, ...extra] = sheets.programme;
  for (const row of extra) errors.at('programme', row, 'start', 'errors:workbook.one-programme');
  if (!head) {
    errors.add('errors:workbook.one-programme', { sheet: 'programme', row: 2 });
    return null;
  }
  const form = {
    start: str(head, 'start'),
    end: str(head, 'end'),
    symbol: str(head, 'symbol'),
    titleEs: str(head, 'title_es'),
    titleEn: str(head, 'title_en'),
  };
  // A month its cell refused is already reported; the other sheets are checked all the same.
  if (Month.safeParse(form.start).success && Month.safeParse(form.end).success) {
    const invalid = validateProgrammeForm(form, catalogue.heldProgrammes);
    for (const [field, key] of Object.entries(invalid))
      errors.at('programme', head, PROGRAMME_COLUMNS[field as ProgrammeField], key);
  }
  const institutions = new Set(catalogue.institutions.map((i) => i.id));
  const nso = new Map(catalogue.countries.map((c) => [c.iso3, c.nso]));

  const groups = new Map<string, WorkbookGroup & { row: Row }>();
  for (const row of sheets.groups) {
    const numeral = str(row, 'group');
    if (numeral === '') continue;
    if (!GroupNumeral.safeParse(numeral).success)
      errors.at('groups', row, 'group', 'errors:workbook.not-a-numeral');
    else if (groups.has(numeral)) errors.at('groups', row, 'group', 'errors:workbook.duplicate');
    const secretariats = str(row, 'secretariats')
      .split(/[\s,;]+/)
      .filter((s) => s !== '');
    for (const id of secretariats)
      if (!institutions.has(id))
        errors.at('groups', row, 'secretariats', 'errors:workbook.unknown-institution', { id });
    groups.set(numeral, {
      row,
      numeral,
      title: typed(row, str(row, 'title')),
      theme: typed(row, str(row, 'theme')),
      secretariats: [...new Set(secretariats)],
      objectives: [],
      coordinators: [],
      members: [],
      activities: [],
      contributions: [],
    });
  }
  /** The group a row of another sheet belongs to, or an error on its `group` cell. */
  const groupOf = (sheet: SheetName, row: Row) => {
    const found = groups.get(str(row, 'group'));
    if (!found && str(row, 'group') !== '') errors.at(sheet, row, 'group', 'errors:workbook.unknown-group');
    return found;
  };
  /** A second row with the same group and `value` in `column` (an empty value is reported as required). */
  const once = (sheet: SheetName, row: Row, column: string, seen: Set<string>, value: string) => {
    const key = `${str(row, 'group')}/${value}`;
    if (value !== '' && seen.has(key)) errors.at(sheet, row, column, 'errors:workbook.duplicate');
    seen.add(key);
  };

  const objectiveNumbers = new Set<string>();
  for (const row of sheets.objectives) {
    const g = groupOf('objectives', row);
    const kind = str(row, 'kind') as Objective['kind'];
    const number = str(row, 'number');
    if (kind === 'specific' && number === '') errors.at('objectives', row, 'number', FIELD_ERRORS.required);
    if (kind === 'specific') once('objectives', row, 'number', objectiveNumbers, number);
    g?.objectives.push({ kind, number, text: typed(row, str(row, 'text')) });
  }

  const activityNumbers = new Set<string>();
  for (const row of sheets.activities) {
    const g = groupOf('activities', row);
    const number = str(row, 'number');
    if (number !== '' && !ACTIVITY_NUMBER.test(number))
      errors.at('activities', row, 'number', 'errors:workbook.not-an-activity-number');
    once('activities', row, 'number', activityNumbers, number);
    const start = opt(row, 'planned_start');
    const end = opt(row, 'planned_end');
    for (const key of Object.values(validatePlan(start, end)))
      errors.at('activities', row, 'planned_end', key);
    const words = (column: string) => {
      const text = opt(row, column);
      return text === null ? null : typed(row, text);
    };
    g?.activities.push({
      number,
      text: typed(row, str(row, 'activity')),
      plannedStart: { month: start, words: words('start_words') },
      plannedEnd: { month: end, words: words('end_words') },
    });
  }

  const contributionIds = new Set<string>();
  for (const row of sheets.contributions) {
    const g = groupOf('contributions', row);
    const id = str(row, 'id') || `c${(g?.contributions.length ?? 0) + 1}`;
    if (!CONTRIBUTION_ID.test(id)) errors.at('contributions', row, 'id', 'errors:workbook.bad-id');
    once('contributions', row, 'id', contributionIds, id);
    const institution = opt(row, 'institution');
    if (institution !== null && !institutions.has(institution))
      errors.at('contributions', row, 'institution', 'errors:workbook.unknown-institution', {
        id: institution,
      });
    const currency = opt(row, 'currency');
    const amount = row.values.amount ?? null;
    if (currency !== null && !Currency.safeParse(currency).success)
      errors.at('contributions', row, 'currency', 'errors:workbook.not-a-currency');
    if ((currency === null) !== (amount === null))
      errors.at('contributions', row, 'currency', FIELD_ERRORS.currencyWithAmount);
    const purpose = opt(row, 'purpose');
    g?.contributions.push({
      id,
      source: typed(row, str(row, 'source')),
      institution,
      amount: typeof amount === 'number' ? amount : null,
      currency,
      form: opt(row, 'form') as 'monetary' | 'in-kind' | null,
      purpose: purpose === null ? null : typed(row, purpose),
    });
  }

  const memberships = new Set<string>();
  for (const row of sheets.members) {
    const g = groupOf('members', row);
    const country = str(row, 'country');
    if (country !== '' && !nso.has(country))
      errors.at('members', row, 'country', 'errors:workbook.unknown-country', { id: country });
    once('members', row, 'country', memberships, country);
    const institution = opt(row, 'institution');
    if (institution !== null && !institutions.has(institution))
      errors.at('members', row, 'institution', 'errors:workbook.unknown-institution', { id: institution });
    if (str(row, 'role') === 'coordinator') {
      const coordinator = { country, institution: institution ?? nso.get(country) ?? '' };
      g?.coordinators.push(coordinator);
    } else g?.members.push(country);
  }

  for (const g of groups.values()) {
    const general = g.objectives.find((o) => o.kind === 'general');
    const invalid = validateGroupForm({
      title: textOf(g.title, langOf(g.row)),
      theme: textOf(g.theme, langOf(g.row)),
      generalObjective: general ? textOf(general.text, langOf(g.row)) : '',
      coordinators: g.coordinators.map((c) => c.country),
    });
    for (const field of Object.keys(invalid) as GroupField[]) {
      // An empty title or theme cell is already reported where it is; the rest belong to the group's row.
      const where = GROUP_RULES[field];
      if (where) errors.at('groups', g.row, 'group', where);
    }
  }
  return {
    programme: { ...form, id: programmeIdOf(form) },
    groups: [...groups.values()].map(({ row: _row, ...g }) => g),
  };
}
