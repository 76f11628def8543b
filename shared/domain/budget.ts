import type { PlannedContribution } from '../model/programme';
import type { BudgetEntry, BudgetKind } from '../model/records';

/** Money is summed in integer cents: 0.1 + 0.2 must be 0.30, not 0.30000000000000004. */
export function toCents(amount: number): number {
  return Math.round(amount * 100);
}

/** True when the amount has at most two decimals (checked in cents, tolerant of binary representation). */
export function hasAtMostTwoDecimals(amount: number): boolean {
  return Math.abs(amount * 100 - Math.round(amount * 100)) < 1e-6;
}

export interface CurrencyCents {
  currency: string;
  cents: number;
}

export interface SourceTotal extends CurrencyCents {
  source: string;
}

export interface KindTotal extends CurrencyCents {
  kind: BudgetKind;
}

/** Per currency: what was planned, committed and executed (spent or given in kind). */
export interface ExecutionTotal {
  currency: string;
  plannedCents: number;
  committedCents: number;
  executedCents: number;
}

export interface BudgetTotals {
  bySource: SourceTotal[];
  byKind: KindTotal[];
  byCurrency: CurrencyCents[];
  execution: ExecutionTotal[];
}

function addTo<K>(
  map: Map<string, { key: K; currency: string; cents: number }>,
  key: K,
  keyText: string,
  currency: string,
  cents: number,
) {
  const id = `${keyText}\u0000${currency}`;
  const cur = map.get(id);
  if (cur) cur.cents += cents;
  else map.set(id, { key, currency, cents });
}

const byCurrencyThen = (a: { currency: string }, b: { currency: string }) =>
  a.currency.localeCompare(b.currency);

/** Planned contributions that carry an amount, summed per currency. */
export function plannedByCurrency(contributions: readonly PlannedContribution[]): CurrencyCents[] {
  const sums = new Map<string, number>();
  for (const c of contributions) {
    if (c.amount === null || c.currency === null) continue;
    sums.set(c.currency, (sums.get(c.currency) ?? 0) + toCents(c.amount));
  }
  return [...sums].map(([currency, cents]) => ({ currency, cents })).sort(byCurrencyThen);
}

export function budgetTotals(
  entries: readonly BudgetEntry[],
  contributions: readonly PlannedContribution[],
): BudgetTotals {
  const sources = new Map<string, { key: string; currency: string; cents: number }>();
  const kinds = new Map<string, { key: BudgetKind; currency: string; cents: number }>();
  const currencies = new Map<string, number>();
  const execution = new Map<string, ExecutionTotal>();
  const executionOf = (currency: string) => {
    let e = execution.get(currency);
    if (!e) {
      e = { currency, plannedCents: 0, committedCents: 0, executedCents: 0 };
      execution.set(currency, e);
    }
    return e;
  };
  for (const entry of entries) {
    const cents = toCents(entry.amount);
    addTo(sources, entry.source, entry.source, entry.currency, cents);
    addTo(kinds, entry.kind, entry.kind, entry.currency, cents);
    currencies.set(entry.currency, (currencies.get(entry.currency) ?? 0) + cents);
    const e = executionOf(entry.currency);
    if (entry.kind === 'commitment') e.committedCents += cents;
    else e.executedCents += cents;
  }
  for (const planned of plannedByCurrency(contributions))
    executionOf(planned.currency).plannedCents += planned.cents;
  return {
    bySource: [...sources.values()]
      .map(({ key, currency, cents }) => ({ source: key, currency, cents }))
      .sort((a, b) => a.source.localeCompare(b.source) || byCurrencyThen(a, b)),
    byKind: [...kinds.values()]
      .map(({ key, currency, cents }) => ({ kind: key, currency, cents }))
      .sort((a, b) => a.kind.localeCompare(b.kind) || byCurrencyThen(a, b)),
    byCurrency: [...currencies].map(([currency, cents]) => ({ currency, cents })).sort(byCurrencyThen),
    execution: [...execution.values()].sort(byCurrencyThen),
  };
}
