import type { Status } from '../../shared/model/records';
import type { Stated } from '../../shared/report/activityState';
import type { Lang } from '../../shared/model/text';
import { useSheetT } from './useSheetT';

/** A status, the report's silence ("not stated"), or no report at all (null). */
export function StatusBadge({ status, lang }: { status: Stated<Status> | null; lang: Lang }) {
  const t = useSheetT(lang);
  const key = status ?? 'unreported';
  return (
    <span className={`status st-${key}`}>
      <i className="dot" aria-hidden="true" />
      {t(`status.${key}`)}
    </span>
  );
}
