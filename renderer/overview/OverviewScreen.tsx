import type { ProgrammeListItem } from '../../shared/api/programme';
import { useApi } from '../api/ApiContext';
import { useCatalogue } from '../api/useCatalogue';
import { useLoad } from '../api/useLoad';
import { useT } from '../app/i18n';
import { useIdentity } from '../app/IdentityContext';
import { href } from '../app/route';
import { useNavigation } from '../app/Navigation';
import { DownloadButton } from '../ui/DownloadButton';
import { Field } from '../ui/Field';
import { Loadable } from '../ui/Loadable';
import { LocalizedText } from '../ui/LocalizedText';
import { ProgrammeStatus } from '../ui/ProgrammeStatus';
import { Select } from '../ui/Select';
import { GroupCard } from './GroupCard';

/** The most recent biennium: programme ids are `YYYY-YYYY`, so they sort by time as text. */
function latest(programmes: readonly ProgrammeListItem[]): ProgrammeListItem | undefined {
  return [...programmes].sort((a, b) => b.id.localeCompare(a.id))[0];
}

export function OverviewScreen({ programmeId }: { programmeId: string | null }) {
  const { t, lang } = useT();
  const api = useApi();
  const { navigate } = useNavigation();
  const list = useLoad('programmes', () => api.call('programmes.list', {}));
  const chosen = programmeId ?? (list.state === 'ready' ? (latest(list.data)?.id ?? null) : null);
  const detail = useLoad(`programme:${chosen}`, () =>
    chosen ? api.call('programme.get', { programmeId: chosen }) : Promise.resolve({ ok: true as const, data: null }),
  );
  const names = useCatalogue(lang);
  const identity = useIdentity();

  return (
    <div className="overview">
      <h1>{t('overview:title')}</h1>
      <Loadable loaded={list}>
        {(programmes) => (
          <Field label={t('overview:programme')} className="overview__programme">
            {(control) => (
              <Select
                {...control}
                value={chosen ?? ''}
                onChange={(id) => navigate({ screen: 'overview', programmeId: id })}
                options={[...programmes].sort((a, b) => b.id.localeCompare(a.id)).map((p) => ({ value: p.id, label: `${p.id.replace('-', '–')} · ${p.symbol}` }))}
              />
            )}
          </Field>
        )}
      </Loadable>
      <Loadable loaded={detail}>
        {(programme) =>
          programme && (
            <>
              <p className="overview__title">
                <LocalizedText value={programme.programme.title} />
              </p>
              <ProgrammeStatus programme={programme.programme} />
              <DownloadButton label={t('overview:spreadsheet')} make={() => api.call('spreadsheet.xlsx', { programmeId: programme.programme.id, lang })} />
              {identity?.country && (
                <p>
                  <a className="button button--secondary" href={href({ screen: 'country-sheet', country: identity.country })}>
                    {t('sheet:openCountry')}
                  </a>
                </p>
              )}
              <h2>{t('overview:groups')}</h2>
              {programme.summaries.length === 0 ? (
                <p>{t('overview:empty')}</p>
              ) : (
                <ul className="group-cards">
                  {programme.summaries.map((s) => (
                    <li key={s.id}>
                      <GroupCard summary={s} countryName={names.state === 'ready' ? names.data.country : (iso3) => iso3} />
                    </li>
                  ))}
                </ul>
              )}
            </>
          )
        }
      </Loadable>
    </div>
  );
}
