import type { Status } from '../../shared/model/records';
import type { Lang } from '../../shared/model/text';
import { useSheetT } from './useSheetT';

export function StatusBadge({ status, lang }: { status: Status | null; lang: Lang }) {
  const t = useSheetT(lang);
  const key = status ?? 'unreported';
  return (
    <span className={`status st-${key}`}>
      <i className="dot" aria-hidden="true" />
      {t(`status.${key}`)}
    </span>
  );
}
