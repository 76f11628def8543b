import type { Lang } from '../../shared/model/text';
import type { Stated } from '../../shared/report/activityState';
import { useSheetT } from './useSheetT';

/** A printed percent, or "not stated" where the report gives none: never a number the report did not say. */
export function PercentValue({ percent, lang }: { percent: Stated<number>; lang: Lang }) {
  const t = useSheetT(lang);
  return percent === 'not-stated' ? <span className="muted">{t('table.notStated')}</span> : <>{percent}</>;
}
