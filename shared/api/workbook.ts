import { z } from 'zod';
import { ProgrammeId } from '../model/programme';
import { endpoint, NoInput, type ProgrammeHeader } from './common';
import type { PrintedFile } from './print';

/**
 * The largest workbook accepted, as base64. A typed biennial programme (a dozen groups, a hundred
 * activities) is tens of kilobytes; 4 MB leaves room for formatting while keeping a hostile file small.
 */
export const MAX_WORKBOOK_BYTES = 4 * 1024 * 1024;
const MAX_BASE64 = Math.ceil(MAX_WORKBOOK_BYTES / 3) * 4;

export const WorkbookInput = z
  .object({
    bytesBase64: z
      .string()
      .min(1)
      .max(MAX_BASE64)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
    /** Check and preview only: nothing is written. */
    dryRun: z.boolean(),
  })
  .strict();

/**
 * One thing wrong in a workbook: a key of `errors:` and where it is, which `errors:workbook.at` words
 * (sheet, row, column) before the message. `row` is the spreadsheet's own row number (the header is
 * row 1); `row` and `column` are absent when the whole sheet is meant.
 */
export interface CellError {
  i18nKey: string;
  details: { sheet: string; row?: number; column?: string; value?: string } & Record<string, string | number>;
}

/** What a workbook creates, group by group. */
export interface WorkbookPreview {
  programme: ProgrammeHeader;
  groups: {
    numeral: string;
    activities: number;
    contributions: number;
    /** Coordinating countries first, then the other members (ISO3). */
    coordinators: string[];
    members: string[];
  }[];
  activities: number;
  contributions: number;
}

/** A workbook with errors changes nothing and is answered with every error found (up to a cap). */
export type WorkbookImport =
  { status: 'refused'; errors: CellError[] } | { status: 'preview' | 'created'; preview: WorkbookPreview };

/** The secretariat's programme workbook (issue 13): the empty template, a programme's export, its import. */
export const workbookApi = {
  'programme.template': endpoint<PrintedFile>()(NoInput),
  'programme.exportWorkbook': endpoint<PrintedFile>()(z.object({ programmeId: ProgrammeId }).strict()),
  'programme.importWorkbook': endpoint<WorkbookImport>()(WorkbookInput),
};
