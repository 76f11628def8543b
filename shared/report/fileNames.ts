import type { Lang } from '../model/text';
import { sheetsI18n } from './sheetsI18n';

/** What a downloaded file holds, in the words its name is made of. */
export type FileSubject =
  | { kind: 'groupSheet'; numeral: string; country?: string }
  | { kind: 'countrySheet'; country: string }
  | { kind: 'report'; numeral: string }
  | { kind: 'spreadsheet'; period: string };

const EXT: Record<FileSubject['kind'], string> = {
  groupSheet: 'pdf',
  countrySheet: 'pdf',
  report: 'docx',
  spreadsheet: 'xlsx',
};

/**
 * A download's name in the reader's language ("ficha-grupo-VII.pdf", "group-VII-sheet.pdf"): words,
 * the group's numeral or the programme's period, and no ids. Letters of any script are kept; what a
 * file system may refuse becomes a hyphen.
 */
export function downloadName(subject: FileSubject, lang: Lang): string {
  const t = sheetsI18n(lang).t;
  const key =
    subject.kind === 'groupSheet' && subject.country !== undefined ? 'groupCountrySheet' : subject.kind;
  const stem = t(`fileNames.${key}`, subject);
  return `${stem.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '')}.${EXT[subject.kind]}`;
}
