import { useState } from 'react';
import type { SheetInput } from '../../shared/api/print';
import { PAPERS, type Paper } from '../../shared/report/paper';
import { LANGS, type Lang } from '../../shared/model/text';
import { useApi } from '../api/ApiContext';
import { useCatalogue } from '../api/useCatalogue';
import { useLoad } from '../api/useLoad';
import { useT } from '../app/i18n';
import { href } from '../app/route';
import { DownloadButton } from '../ui/DownloadButton';
import { Field } from '../ui/Field';
import { Loadable } from '../ui/Loadable';
import { Select } from '../ui/Select';
import { SheetPreview } from '../sheet/SheetPreview';

/** What the sheet is of: a working group, or a country (a focal point's own sheet). */
export type SheetSubject = { groupId: string } | { country: string };

/**
 * The status sheet before it leaves the app: the user picks language and paper, sees the very page
 * the PDF is made from (`sheet.html`), and saves it as the PDF (`sheet.pdf`) that is printed: one button. It lives outside
 * renderer/sheet/, which is also rendered under Node and may not use the app's API or UI.
 */
export function SheetScreen({ subject }: { subject: SheetSubject }) {
  const { t, lang: uiLang } = useT();
  const api = useApi();
  // The sheet's language starts as the UI's but is the user's choice: a focal point working in
  // Spanish may print the English sheet for a partner.
  const [lang, setLang] = useState<Lang>(uiLang);
  const [paper, setPaper] = useState<Paper>('a4');
  const input: SheetInput = { ...subject, lang, paper };
  const html = useLoad(`sheet:${JSON.stringify(input)}`, () => api.call('sheet.html', input));
  const names = useCatalogue(uiLang);
  const back =
    'groupId' in subject
      ? href({ screen: 'group', groupId: subject.groupId })
      : href({ screen: 'overview', programmeId: null });
  return (
    <div className="sheet-screen">
      <nav aria-label={t('common:nav.breadcrumb')} className="breadcrumb">
        <a href={back}>{'groupId' in subject ? t('sheet:backToGroup') : t('common:nav.overview')}</a>
      </nav>
      <h1>
        {'groupId' in subject
          ? t('sheet:groupTitle', { numeral: subject.groupId.split('/').pop() })
          : t('sheet:countryTitle', {
              country: names.state === 'ready' ? names.data.country(subject.country) : subject.country,
            })}
      </h1>
      <div className="sheet-screen__options">
        <Field label={t('sheet:language')}>
          {(control) => (
            <Select<Lang>
              {...control}
              value={lang}
              onChange={setLang}
              options={LANGS.map((l) => ({ value: l, label: t(`common:lang.${l}`) }))}
            />
          )}
        </Field>
        <Field label={t('sheet:paper')}>
          {(control) => (
            <Select<Paper>
              {...control}
              value={paper}
              onChange={setPaper}
              options={PAPERS.map((p) => ({ value: p, label: t(`sheet:papers.${p}`) }))}
            />
          )}
        </Field>
        <DownloadButton label={t('sheet:savePdf')} make={() => api.call('sheet.pdf', input)} primary />
      </div>
      <Loadable loaded={html}>{(data) => <SheetPreview html={data.html} />}</Loadable>
    </div>
  );
}
