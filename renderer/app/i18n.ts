import type { i18n as I18n, TOptions } from 'i18next';
import { useTranslation } from 'react-i18next';
import { createI18n, langFromTag } from '../../shared/i18n';
import type { TKey } from '../../shared/i18n/keys';
import type { Lang } from '../../shared/model/text';

// Every locale file is bundled at build time, so a namespace another part of the app adds is found
// without a list to keep in sync (see shared/i18n/index.ts).
const files = import.meta.glob('../../shared/i18n/locales/*/*.json', { eager: true, import: 'default' });

/** An i18next instance in the language of `tag` (`navigator.language` on start-up). */
export function createAppI18n(tag: string | undefined): I18n {
  return createI18n(files, langFromTag(tag));
}

export type Translate = (key: TKey, options?: TOptions) => string;

/** `t` typed against the Spanish reference keys, and the current language. */
export function useT(): { t: Translate; lang: Lang; i18n: I18n } {
  const { t, i18n } = useTranslation();
  return { t: t as Translate, lang: langFromTag(i18n.language), i18n };
}
