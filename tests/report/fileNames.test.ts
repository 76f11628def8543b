import { describe, expect, it } from 'vitest';
import { downloadName } from '../../shared/report/fileNames';
import { LANGS } from '../../shared/model/text';

describe('download names', () => {
  it('name the file in the reader language from its words, the numeral or the period', () => {
    expect(downloadName({ kind: 'groupSheet', numeral: 'VII' }, 'es')).toBe('ficha-grupo-VII.pdf');
    expect(downloadName({ kind: 'groupSheet', numeral: 'VII' }, 'en')).toBe('group-VII-sheet.pdf');
    expect(downloadName({ kind: 'groupSheet', numeral: 'VII' }, 'pt')).toBe('ficha-grupo-VII.pdf');
    expect(downloadName({ kind: 'groupSheet', numeral: 'VII' }, 'fr')).toBe('fiche-groupe-VII.pdf');
    expect(downloadName({ kind: 'report', numeral: 'VII' }, 'es')).toBe('informe-grupo-VII.docx');
    expect(downloadName({ kind: 'report', numeral: 'VII' }, 'fr')).toBe('rapport-groupe-VII.docx');
    expect(downloadName({ kind: 'spreadsheet', period: '2026-2027' }, 'pt')).toBe('programa-2026-2027.xlsx');
    expect(downloadName({ kind: 'countrySheet', country: 'República Dominicana' }, 'es')).toBe(
      'ficha-República-Dominicana.pdf',
    );
  });

  it('never lets a name carry a path, a slash or a character a file system refuses', () => {
    for (const lang of LANGS) {
      const name = downloadName({ kind: 'countrySheet', country: '../a/b:c*?"<>|' }, lang);
      expect(name, lang).toMatch(/^[\p{L}\p{N}-]+\.pdf$/u);
      expect(name, lang).not.toMatch(/^-|--/);
    }
  });
});
