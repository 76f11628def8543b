import type { Translate } from '../app/i18n';

/** "Activity VII.3": the group's numeral and the activity's number, as the programme cites them. */
export function activityLabel(t: Translate, numeral: string, number: string): string {
  return t('overview:home.activity', { numeral, number });
}
