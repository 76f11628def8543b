import { useId } from 'react';
import { LANGS } from '../../shared/model/text';
import { Select } from '../ui/Select';
import { useT } from './i18n';
import { useSwitchLanguage } from './useSwitchLanguage';

export function LanguageSelect() {
  const { t, lang } = useT();
  const switchTo = useSwitchLanguage();
  const id = useId();
  return (
    <div className="language-select">
      <label htmlFor={id}>{t('settings:language')}</label>
      <Select
        id={id}
        value={lang}
        onChange={switchTo}
        options={LANGS.map((l) => ({ value: l, label: t(`common:lang.${l}`) }))}
      />
    </div>
  );
}
