import { pickText, type Localized } from '../../shared/model/text';
import { useT } from '../app/i18n';

/**
 * A narrative text in the reader's language when we have it. Text in another language carries its
 * `lang` so screen readers pronounce it right; our own (unofficial) translations say so on hover.
 */
export function LocalizedText({ value }: { value: Localized }) {
  const { t, lang } = useT();
  const picked = pickText(value, lang);
  const title = picked.unofficial
    ? t('common:text.unofficial')
    : picked.fallback
      ? t('common:text.otherLanguage', { lang: t(`common:lang.${picked.lang}`) })
      : undefined;
  return (
    <span lang={picked.lang === lang ? undefined : picked.lang} title={title}>
      {picked.text}
    </span>
  );
}
