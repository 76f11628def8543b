/**
 * An amount as people type it in any of our languages: `1500.5`, `1,500.50`, `1.500,50`, `1 500,50`.
 * With both separators, the last one is the decimal mark. With one kind only, it groups thousands when
 * every group after it has exactly three digits (`1.500`, `1,500,000`): money has at most two
 * decimals, so three digits after a mark can only be a group. NaN when the text is not a number.
 */
export function parseAmount(text: string): number {
  const s = text.replace(/[\s\u00a0\u202f']/g, '');
  if (!/^\d[\d.,]*$/.test(s)) return Number.NaN;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    normalized = s
      .split(decimal === '.' ? ',' : '.')
      .join('')
      .replace(decimal, '.');
  } else {
    const mark = lastComma >= 0 ? ',' : '.';
    normalized = new RegExp(`^\\d{1,3}(\\${mark}\\d{3})+$`).test(s)
      ? s.split(mark).join('')
      : s.replace(',', '.');
  }
  return /^\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : Number.NaN;
}
