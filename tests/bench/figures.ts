/**
 * A benchmark figure as `npm run bench -- --out FILE` writes it: the measured value, the cheapest way
 * to do the same work on this machine (its floor), their ratio, the target from issue 6 and whether it
 * was met. A figure that could not be measured keeps `value: null` and says why in `note`.
 */
export interface Figure {
  label: string;
  value: number | null;
  unit: 'ms' | 'MB' | 'KB';
  floor: number | null;
  ratio: number | null;
  target: string;
  met: boolean | null;
  note?: string;
}

export type Figures = Record<string, Figure>;

/** Prefix of the line on which a measuring process hands its figures to run.ts. */
export const RESULT_MARK = 'BENCH-RESULT ';

/** What a target checks: at most `maxRatio` times the floor and/or at most `max` in the figure's unit. */
export interface Target {
  maxRatio?: number;
  max?: number;
  /** What the ratio is taken against, as the table names it: the floor unless a peer. */
  of?: string;
}

function describeTarget(t: Target, unit: string): string {
  const parts: string[] = [];
  if (t.maxRatio !== undefined) parts.push(`<= ${t.maxRatio}x ${t.of ?? 'floor'}`);
  if (t.max !== undefined) parts.push(`< ${t.max} ${unit}`);
  return parts.join(' and ') || '-';
}

export function figure(
  label: string,
  value: number,
  unit: Figure['unit'],
  floor: number | null,
  target: Target,
  note?: string,
): Figure {
  const ratio = floor !== null && floor > 0 ? value / floor : null;
  const checks: boolean[] = [];
  if (target.maxRatio !== undefined && ratio !== null) checks.push(ratio <= target.maxRatio);
  if (target.max !== undefined) checks.push(value < target.max);
  return {
    label,
    value,
    unit,
    floor,
    ratio,
    target: describeTarget(target, unit),
    met: checks.length === 0 ? null : checks.every(Boolean),
    ...(note !== undefined && { note }),
  };
}

export function notMeasured(label: string, unit: Figure['unit'], target: Target, reason: string): Figure {
  return {
    label,
    value: null,
    unit,
    floor: null,
    ratio: null,
    target: describeTarget(target, unit),
    met: null,
    note: `not measured (${reason})`,
  };
}

export function median(xs: readonly number[]): number {
  return percentile(xs, 50);
}

/** Nearest-rank percentile: with few samples p95 is the slowest one, never an interpolated guess. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) throw new Error('percentile of no samples');
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

/**
 * Runs `fn` `runs` times (after one warm-up when asked) and returns each duration in ms; stops early,
 * after at least two runs, once `budgetMs` is spent, so the largest sizes keep the bench short.
 */
export async function timeRuns(
  runs: number,
  fn: () => unknown,
  warmUp = true,
  budgetMs = Infinity,
): Promise<number[]> {
  if (warmUp) await fn();
  const out: number[] = [];
  const start = performance.now();
  for (let i = 0; i < runs; i++) {
    if (out.length >= 2 && performance.now() - start > budgetMs) break;
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

function fmt(n: number | null, digits = 1): string {
  if (n === null) return '-';
  if (Math.abs(n) >= 100) return n.toFixed(0);
  return n.toFixed(digits);
}

export function table(figures: Figures, against = 'floor'): string {
  const rows = [['figure', 'value', against, 'ratio', 'target', 'met']];
  for (const f of Object.values(figures)) {
    rows.push([
      f.label,
      f.value === null ? (f.note ?? 'not measured') : `${fmt(f.value)} ${f.unit}`,
      f.floor === null ? '-' : `${fmt(f.floor)} ${f.unit}`,
      f.ratio === null ? '-' : `${fmt(f.ratio, 2)}x`,
      f.target,
      f.met === null ? '-' : f.met ? 'yes' : 'NO',
    ]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  // Figures measured together share a note; print it once, under the first of them.
  const seen = new Set<string>();
  const notes: string[] = [];
  for (const f of Object.values(figures)) {
    if (f.value === null || f.note === undefined || seen.has(f.note)) continue;
    seen.add(f.note);
    notes.push(`- ${f.label}: ${f.note}`);
  }
  return [
    line(rows[0]!),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.slice(1).map(line),
    '',
    ...notes,
  ].join('\n');
}
