import { pickText, type Localized } from '../../shared/model/text';
import { languageName } from '../../shared/report/format';
import { useT } from '../app/i18n';

/**
 * A narrative text in the reader's language when we have it. Text in another language carries its
 * `lang` so screen readers pronounce it right, and says which language it is in, in the reader's words;
 * our own (unofficial) translations say so on hover.
 */
export function LocalizedText({ value }: { value: Localized }) {
  const { t, lang } = useT();
  const picked = pickText(value, lang);
  const title = picked.unofficial ? t('common:text.unofficial') : undefined;
  return (
    <>
      <span lang={picked.fallback ? picked.lang : undefined} title={title}>
        {picked.text}
      </span>
      {picked.fallback && (
        <span className="text-language">
          {' '}
          ({t('common:text.inLanguage', { language: languageName(picked.lang, lang) })})
        </span>
      )}
    </>
  );
}
