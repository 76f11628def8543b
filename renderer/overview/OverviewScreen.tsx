import type { ProgrammeListItem } from '../../shared/api/programme';
import { mayEnterProgrammes } from '../../shared/domain/roles';
import { useApi } from '../api/ApiContext';
import { useCountryName } from '../api/useCatalogue';
import { useLoad } from '../api/useLoad';
import { useFormat } from '../app/format';
import { useT } from '../app/i18n';
import { useIdentity } from '../app/IdentityContext';
import { href } from '../app/route';
import { useNavigation } from '../app/Navigation';
import { HomePanel } from '../home/HomePanel';
import { DownloadButton } from '../ui/DownloadButton';
import { Field } from '../ui/Field';
import { Loadable } from '../ui/Loadable';
import { LocalizedText } from '../ui/LocalizedText';
import { ProgrammeStatus } from '../ui/ProgrammeStatus';
import { Select } from '../ui/Select';
import { GroupCard } from './GroupCard';

/** Newest first: programme ids are `YYYY-YYYY`, so they sort by time as text. */
function newestFirst(programmes: readonly ProgrammeListItem[]): ProgrammeListItem[] {
  return [...programmes].sort((a, b) => b.id.localeCompare(a.id));
}

/**
 * The home: what needs the user first, then her own groups as cards and the others in a short list
 * (the secretariat, who works with every group, sees them all as cards). Without a programme in the
 * address it opens on the current programme (shared/domain/currentProgramme.ts, asked by home.get).
 */
export function OverviewScreen({ programmeId }: { programmeId: string | null }) {
  const { t, lang } = useT();
  const format = useFormat(lang);
  const api = useApi();
  const { navigate } = useNavigation();
  const list = useLoad('programmes', () => api.call('programmes.list', {}));
  const home = useLoad('home', () => api.call('home.get', {}));
  const current = home.state === 'ready' ? home.data.programme : null;
  const fallback = list.state === 'ready' ? (newestFirst(list.data)[0]?.id ?? null) : null;
  const chosen = programmeId ?? (home.state === 'loading' ? null : (current?.id ?? fallback));
  const detail = useLoad(`programme:${chosen}`, () =>
    chosen
      ? api.call('programme.get', { programmeId: chosen })
      : Promise.resolve({ ok: true as const, data: null }),
  );
  const countryName = useCountryName(lang);
  const identity = useIdentity();
  const mine = new Set(home.state === 'ready' ? home.data.myGroups.map((g) => g.id) : []);

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
                options={newestFirst(programmes).map((p) => ({
                  value: p.id,
                  label: `${p.id.replace('-', '–')} · ${p.symbol}`,
                }))}
              />
            )}
          </Field>
        )}
      </Loadable>
      {/* Loading (the programme to show waits for it) and failing are said, not left blank. */}
      <Loadable loaded={home}>
        {(data) =>
          (programmeId === null || programmeId === data.programme?.id) && (
            <HomePanel home={data} countryName={countryName} />
          )
        }
      </Loadable>
      <Loadable loaded={detail}>
        {(programme) => {
          if (!programme) return null;
          const { closed } = programme;
          const own = programme.summaries.filter((s) => mine.has(s.id));
          const others = programme.summaries.filter((s) => !mine.has(s.id));
          const cards = (summaries: typeof own) => (
            <ul className="group-cards">
              {summaries.map((s) => (
                <li key={s.id}>
                  <GroupCard summary={s} countryName={countryName} closed={closed} />
                </li>
              ))}
            </ul>
          );
          return (
            <>
              <p className="overview__title">
                <LocalizedText value={programme.programme.title} />
              </p>
              <ProgrammeStatus programme={programme.programme} />
              {closed && (
                <p className="notice">
                  {t('overview:closed', { month: format.month(programme.programme.end) })}
                </p>
              )}
              <DownloadButton
                label={t('overview:spreadsheet')}
                make={() => api.call('spreadsheet.xlsx', { programmeId: programme.programme.id, lang })}
              />
              {identity?.country && (
                <p>
                  <a
                    className="button button--secondary"
                    href={href({ screen: 'country-sheet', country: identity.country })}
                  >
                    {t('sheet:openCountry')}
                  </a>
                </p>
              )}
              {mayEnterProgrammes(identity) && (
                <p>
                  <a className="button button--secondary" href={href({ screen: 'enter', programmeId: null })}>
                    {t('overview:enterLink')}
                  </a>{' '}
                  <a
                    className="button button--secondary"
                    href={href({ screen: 'enter', programmeId: programme.programme.id })}
                  >
                    {t('overview:enter.addGroup')}
                  </a>
                </p>
              )}
              {programme.summaries.length === 0 ? (
                <>
                  <h2>{t('overview:groups')}</h2>
                  <p>{t('overview:empty')}</p>
                </>
              ) : own.length === 0 ? (
                <>
                  <h2>{t('overview:groups')}</h2>
                  {cards(others)}
                </>
              ) : (
                <>
                  <h2>{t('overview:myGroups')}</h2>
                  {cards(own)}
                  {others.length > 0 && (
                    <>
                      <h2>{t('overview:otherGroups')}</h2>
                      <ul className="group-list">
                        {others.map((s) => (
                          <li key={s.id}>
                            <a href={href({ screen: 'group', groupId: s.id })}>
                              {t('overview:group', { numeral: s.numeral })} —{' '}
                              <LocalizedText value={s.title} />
                            </a>{' '}
                            <span className="muted">
                              {t('overview:otherGroup', {
                                done: s.completion.completed,
                                total: s.completion.total,
                              })}
                            </span>
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </>
              )}
            </>
          );
        }}
      </Loadable>
    </div>
  );
}
