import { LANGS, type Lang } from '../../shared/model/text';
import { useApi } from '../api/ApiContext';
import { Select } from '../ui/Select';
import { useT } from './i18n';

/** Switches the whole UI at once (no restart) and remembers the choice in the database. */
export function LanguageSelect() {
  const { t, lang, i18n } = useT();
  const api = useApi();
  const change = (next: Lang) => {
    void i18n.changeLanguage(next);
    void api.call('language.set', { lang: next });
  };
  return (
    <div className="language-select">
      <label htmlFor="language-select">{t('settings:language')}</label>
      <Select id="language-select" value={lang} onChange={change} options={LANGS.map((l) => ({ value: l, label: t(`common:lang.${l}`) }))} />
    </div>
  );
}
