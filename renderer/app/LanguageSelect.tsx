import { LANGS } from '../../shared/model/text';
import { Select } from '../ui/Select';
import { useT } from './i18n';
import { useSwitchLanguage } from './useSwitchLanguage';

export function LanguageSelect() {
  const { t, lang } = useT();
  const switchTo = useSwitchLanguage();
  return (
    <div className="language-select">
      <label htmlFor="language-select">{t('settings:language')}</label>
      <Select id="language-select" value={lang} onChange={switchTo} options={LANGS.map((l) => ({ value: l, label: t(`common:lang.${l}`) }))} />
    </div>
  );
}
