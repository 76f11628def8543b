import { budgetTotals, toCents } from '../domain/budget';
import type { PlannedContribution, WorkingGroup } from '../model/programme';
import type { BudgetEntry } from '../model/records';
import type { Lang, Localized } from '../model/text';
import { LANGS, pickText } from '../model/text';
import { formatMoney } from './format';

export interface FinancingRow {
  source: string;
  unofficial: boolean;
  /** Null for budget entries whose source is not in the plan; `not-stated` where the plan does not say. */
  form: NonNullable<PlannedContribution['form']> | 'not-stated' | null;
  purpose: string | null;
  currency: string | null;
  planned: string | null;
  committed: string | null;
  spent: string | null;
}

export interface FinancingTotal {
  currency: string;
  planned: string;
  committed: string;
  spent: string;
}

export interface Financing {
  rows: FinancingRow[];
  /** Per currency, shown when there is more than one line to add up. */
  totals: FinancingTotal[];
}

function sourceTexts(t: Localized): string[] {
  return LANGS.flatMap((l) => (t[l] === undefined ? [] : [t[l].trim().toLowerCase()]));
}

/** A budget entry counts against a planned line when it names the same institution or the same source, in its currency. */
function matches(c: PlannedContribution, e: BudgetEntry): boolean {
  if (c.currency !== null && c.currency !== e.currency) return false;
  if (c.institution !== null && e.institution === c.institution) return true;
  return sourceTexts(c.source).includes(e.source.trim().toLowerCase());
}

interface Sums {
  committed: number;
  spent: number;
}

function addEntry(sums: Sums, e: BudgetEntry) {
  // In-kind entries are contributions given, so they count as executed alongside expenditure.
  if (e.kind === 'commitment') sums.committed += toCents(e.amount);
  else sums.spent += toCents(e.amount);
}

export function buildFinancing(group: WorkingGroup, entries: readonly BudgetEntry[], lang: Lang): Financing {
  const own = entries.filter((e) => e.group === group.id);
  const planned = group.contributions.map((c) => ({
    c,
    sums: { committed: 0, spent: 0 },
    currency: c.currency,
  }));
  const unplanned = new Map<string, { source: string; currency: string; sums: Sums }>();
  for (const e of own) {
    const line = planned.find((p) => matches(p.c, e));
    if (line) {
      line.currency ??= e.currency;
      addEntry(line.sums, e);
      continue;
    }
    const key = `${e.source}\u0000${e.currency}`;
    const u = unplanned.get(key) ?? {
      source: e.source,
      currency: e.currency,
      sums: { committed: 0, spent: 0 },
    };
    addEntry(u.sums, e);
    unplanned.set(key, u);
  }
  const money = (cents: number, currency: string | null) =>
    currency === null ? null : formatMoney(cents, currency, lang);
  const rows: FinancingRow[] = planned.map(({ c, sums, currency }) => {
    const source = pickText(c.source, lang);
    return {
      source: source.text,
      unofficial: source.unofficial,
      form: c.form ?? 'not-stated',
      purpose: c.purpose === null ? null : pickText(c.purpose, lang).text,
      currency,
      planned: c.amount === null ? null : money(toCents(c.amount), currency),
      committed: money(sums.committed, currency),
      spent: money(sums.spent, currency),
    };
  });
  for (const u of unplanned.values()) {
    rows.push({
      source: u.source,
      unofficial: false,
      form: null,
      purpose: null,
      currency: u.currency,
      planned: null,
      committed: money(u.sums.committed, u.currency),
      spent: money(u.sums.spent, u.currency),
    });
  }
  const totals =
    rows.length > 1
      ? budgetTotals(own, group.contributions).execution.map((x) => ({
          currency: x.currency,
          planned: formatMoney(x.plannedCents, x.currency, lang),
          committed: formatMoney(x.committedCents, x.currency, lang),
          spent: formatMoney(x.executedCents, x.currency, lang),
        }))
      : [];
  return { rows, totals };
}
