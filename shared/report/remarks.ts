import { reportText, type ProgressReport } from '../model/records';
import type { Lang } from '../model/text';
import { pickText } from '../model/text';

const MAX = 80;

/** One line for the sheet: obstacles first (what a director must know), then next steps, then what was done. */
export function remarkOf(r: ProgressReport | null, lang: Lang, max = MAX): string {
  if (r === null) return '';
  const narrative = r.narrative === null ? '' : pickText(r.narrative, lang).text;
  const text =
    [
      reportText(r, 'obstacles', lang),
      reportText(r, 'nextSteps', lang),
      reportText(r, 'done', lang),
      narrative,
    ]
      .map((s) => s.trim())
      .find((s) => s !== '') ?? '';
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
