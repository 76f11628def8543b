import { createInstance } from 'i18next';
import type { i18n } from 'i18next';
import type { Lang } from '../model/text';
import en from '../i18n/locales/en/sheets.json';
import es from '../i18n/locales/es/sheets.json';
import fr from '../i18n/locales/fr/sheets.json';
import pt from '../i18n/locales/pt/sheets.json';

/**
 * A private i18next instance with only the sheets namespace: the sheet's server render
 * (renderer/sheet/ssr.tsx) and electron/print's reports and spreadsheets must not depend on (or change
 * the language of) the app's own instance.
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
