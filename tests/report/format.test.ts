import { describe, expect, it } from 'vitest';
import { createFormat } from '../../renderer/app/format';
import { LANGS } from '../../shared/model/text';
import { formatMoney } from '../../shared/report/format';

describe('amounts', () => {
  it('read the same on screen and on paper, in the reader locale with two decimals', () => {
    expect(formatMoney(14_000_000, 'USD', 'es')).toMatch(/^140\.000,00\sUS\$$/);
    expect(formatMoney(120_050, 'COP', 'es')).toMatch(/^1200,50\sCOP$/);
    expect(formatMoney(14_000_000, 'USD', 'en')).toBe('US$140,000.00');
    for (const lang of LANGS) {
      for (const [cents, currency] of [
        [120_050, 'COP'],
        [14_000_000, 'USD'],
        [25_000, 'EUR'],
        [100, 'CLP'],
      ] as const) {
        expect(createFormat(lang).money(cents, currency), `${lang} ${currency}`).toBe(
          formatMoney(cents, currency, lang),
        );
      }
    }
  });
});
