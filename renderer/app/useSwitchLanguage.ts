import { useCallback } from 'react';
import type { Lang } from '../../shared/model/text';
import { useApi } from '../api/ApiContext';
import { useT } from './i18n';

/** Switches the whole UI at once (no restart) and remembers the choice in the database. */
export function useSwitchLanguage(): (lang: Lang) => void {
  const { i18n } = useT();
  const api = useApi();
  return useCallback(
    (lang: Lang) => {
      void i18n.changeLanguage(lang);
      void api.call('language.set', { lang });
    },
    [i18n, api],
  );
}
