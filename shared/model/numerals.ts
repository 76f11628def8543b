const VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** The value of a well-formed roman numeral, or null (for group codes such as `MDG`). */
export function romanValue(s: string): number | null {
  if (!/^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(s) || s === '') return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = VALUES[s[i] ?? ''] ?? 0;
    const next = VALUES[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Groups in the programme's order: I, II, … XI, then named groups alphabetically. */
export function compareNumerals(a: string, b: string): number {
  const ra = romanValue(a);
  const rb = romanValue(b);
  if (ra !== null && rb !== null) return ra - rb;
  if (ra !== null) return -1;
  if (rb !== null) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
