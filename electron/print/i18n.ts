import { createInstance } from 'i18next';
import type { i18n } from 'i18next';
import type { Lang } from '../../shared/model/text';
import en from '../../shared/i18n/locales/en/sheets.json';
import es from '../../shared/i18n/locales/es/sheets.json';
import fr from '../../shared/i18n/locales/fr/sheets.json';
import pt from '../../shared/i18n/locales/pt/sheets.json';

/**
 * A private i18next instance with only the sheets namespace: printing from the CLI or the main process
 * must not depend on (or change the language of) the app's own instance.
 */
export function sheetsI18n(lang: Lang): i18n {
  const instance = createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'es',
    ns: ['sheets'],
    defaultNS: 'sheets',
    resources: { es: { sheets: es }, en: { sheets: en }, pt: { sheets: pt }, fr: { sheets: fr } },
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  });
  return instance;
}
