import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/model/text';

/** The sheets namespace in the sheet's own language, which may differ from the app's (a preview in English from a Spanish app). */
export function useSheetT(lang: Lang) {
  return useTranslation('sheets', { lng: lang }).t;
}
