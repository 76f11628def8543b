import { budgetTotals, hasAtMostTwoDecimals, plannedByCurrency, toCents } from '../../shared/domain/budget';
import type { PlannedContribution } from '../../shared/model/programme';
import { entry } from './fixtures';

const planned = (amount: number | null, currency: string | null): PlannedContribution => ({
  id: `c-${amount}`,
  source: { orig: 'en', en: 'UNICEF' },
  institution: 'unicef',
  amount,
  currency,
  form: 'monetary',
  purpose: null,
});

describe('budget totals', () => {
  it('adds money in cents, so ten times 0.10 is exactly 1.00', () => {
    const entries = Array.from({ length: 10 }, (_, i) => entry({ id: `b-${i}`, amount: 0.1 }));
    expect(budgetTotals(entries, []).byCurrency).toEqual([{ currency: 'USD', cents: 100 }]);
    expect(toCents(0.29)).toBe(29);
    expect(toCents(1234567.89)).toBe(123456789);
  });

  it('totals per source, per kind and per currency, never mixing currencies', () => {
    const totals = budgetTotals(
      [
        entry({ id: 'b1', source: 'UNICEF', kind: 'expenditure', amount: 100, currency: 'USD' }),
        entry({ id: 'b2', source: 'UNICEF', kind: 'commitment', amount: 50.5, currency: 'USD' }),
        entry({ id: 'b3', source: 'DANE', kind: 'in-kind', amount: 2000, currency: 'COP' }),
      ],
      [],
    );
    expect(totals.bySource).toEqual([
      { source: 'DANE', currency: 'COP', cents: 200000 },
      { source: 'UNICEF', currency: 'USD', cents: 15050 },
    ]);
    expect(totals.byKind).toEqual([
      { kind: 'commitment', currency: 'USD', cents: 5050 },
      { kind: 'expenditure', currency: 'USD', cents: 10000 },
      { kind: 'in-kind', currency: 'COP', cents: 200000 },
    ]);
    expect(totals.byCurrency).toEqual([
      { currency: 'COP', cents: 200000 },
      { currency: 'USD', cents: 15050 },
    ]);
  });

  it('sets executed (spent or in kind) and committed against planned contributions per currency', () => {
    const totals = budgetTotals(
      [
        entry({ id: 'b1', kind: 'expenditure', amount: 4000 }),
        entry({ id: 'b2', kind: 'commitment', amount: 1000 }),
        entry({ id: 'b3', kind: 'in-kind', amount: 500 }),
      ],
      [planned(10000, 'USD'), planned(15000, 'USD'), planned(null, null), planned(300, 'EUR')],
    );
    expect(totals.execution).toEqual([
      { currency: 'EUR', plannedCents: 30000, committedCents: 0, executedCents: 0 },
      { currency: 'USD', plannedCents: 2500000, committedCents: 100000, executedCents: 450000 },
    ]);
  });

  it('sums planned contributions with an amount per currency and skips those without', () => {
    expect(plannedByCurrency([planned(10000, 'USD'), planned(15000.25, 'USD'), planned(null, null)])).toEqual(
      [{ currency: 'USD', cents: 2500025 }],
    );
  });

  it('knows two decimals from more', () => {
    expect(hasAtMostTwoDecimals(12.34)).toBe(true);
    expect(hasAtMostTwoDecimals(0.29)).toBe(true);
    expect(hasAtMostTwoDecimals(12)).toBe(true);
    expect(hasAtMostTwoDecimals(12.345)).toBe(false);
  });
});
