import { z } from 'zod';
import { GroupId, GroupNumeral, Iso3, ProgrammeId } from '../model/programme';
import { Lang } from '../model/text';
import { PAPERS } from '../report/paper';
import { endpoint } from './common';

/** `2020-2021/X`, or `X` for the current programme. */
const GroupRef = z.union([GroupId, GroupNumeral]);

/**
 * What a sheet is of: a group (optionally as one country reported it) or a country. At least one
 * must be given; the handler builds the same sheet the CLI prints.
 */
export const SheetInput = z
  .object({
    groupId: GroupRef.optional(),
    country: Iso3.optional(),
    lang: Lang,
    paper: z.enum(PAPERS),
  })
  .strict()
  .refine((i) => i.groupId !== undefined || i.country !== undefined, {
    error: 'a sheet is of a group or of a country',
  });
export type SheetInput = z.infer<typeof SheetInput>;

/** A file made in the main process, handed to the renderer to save (no path ever comes from the renderer). */
export interface PrintedFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

export const printApi = {
  /** A standalone HTML document (with its print stylesheet) for the preview frame and window.print. */
  'sheet.html': endpoint<{ html: string }>()(SheetInput),
  /** The sheet as PDF through a local Chromium; in Electron, printToPDF of sheet.html gives the same page. */
  'sheet.pdf': endpoint<PrintedFile>()(SheetInput),
  /** The report is written in Spanish or English; its file is named in the reader's language (`fileLang`). */
  'report.docx': endpoint<PrintedFile>()(
    z.object({ groupId: GroupRef, lang: z.enum(['es', 'en']), fileLang: Lang.optional() }).strict(),
  ),
  'spreadsheet.xlsx': endpoint<PrintedFile>()(z.object({ programmeId: ProgrammeId, lang: Lang }).strict()),
};
