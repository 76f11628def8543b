import type { Conflict, ConflictCandidate } from '../../shared/sync/conflicts';
import { useApi } from '../api/ApiContext';
import { useCountryName } from '../api/useCatalogue';
import { useLoad } from '../api/useLoad';
import { useFormat } from '../app/format';
import { useT } from '../app/i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Loadable } from '../ui/Loadable';
import { useSubmit } from '../ui/useSubmit';
import { conflictTitle, sideValue, sideWho, type ConflictSide, type Words } from './conflictWords';

/** A conflict's candidates as sides of the disagreement; the applied one first. */
function sidesOf(c: Conflict): { side: ConflictSide; applied: boolean }[] {
  const side = (x: ConflictCandidate) => ({
    entity: c.entity,
    field: c.field,
    value: x.value,
    author: x.author,
    hlc: x.hlc,
  });
  return [
    { side: side(c.winner), applied: true },
    ...c.losers.map((l) => ({ side: side(l), applied: false })),
  ];
}

/**
 * One card per disagreement, in words: what it is about, each person's value with who and when, and
 * the choice for those who may decide it (the group's coordinator, the secretariat); the others read
 * who will. Choosing records a new change, which travels in the next bundle and settles it everywhere.
 */
export function ConflictList({ version, onResolved }: { version: number; onResolved?: () => void }) {
  const { t, lang } = useT();
  const format = useFormat(lang);
  const api = useApi();
  const countryName = useCountryName(lang);
  const conflicts = useLoad(`conflicts-${version}`, async () => {
    const [list, subjects] = await Promise.all([
      api.call('conflicts.list', {}),
      api.call('conflicts.subjects', {}),
    ]);
    if (!list.ok) return list;
    if (!subjects.ok) return subjects;
    return {
      ok: true as const,
      data: { list: list.data, subjects: new Map(subjects.data.map((s) => [s.conflictId, s])) },
    };
  });
  const resolve = useSubmit<{ resolved: string }>();
  const words: Words = { t, format, lang, countryName };
  return (
    <section aria-labelledby="sync-conflicts">
      <h2 id="sync-conflicts">{t('sync:ui.conflicts.title')}</h2>
      {resolve.error && <ErrorMessage error={resolve.error} />}
      <Loadable loaded={conflicts}>
        {({ list, subjects }, reload) =>
          list.length === 0 ? (
            <p>{t('sync:ui.conflicts.empty')}</p>
          ) : (
            <>
              <p>{t('sync:ui.conflicts.intro')}</p>
              <ul className="conflict-cards">
                {list.map((c) => {
                  const subject = subjects.get(c.id);
                  const title = conflictTitle(words, { entity: c.entity, field: c.field }, subject);
                  const choose = async (hlc: string) => {
                    const result = await resolve.run(() =>
                      api.call('conflicts.resolve', { conflictId: c.id, chosen: hlc }),
                    );
                    if (result.ok) {
                      reload();
                      onResolved?.();
                    }
                  };
                  return (
                    <li key={c.id}>
                      <article className="card conflict-card" aria-label={title}>
                        <h3 className="card__title">{title}</h3>
                        <dl className="conflict-card__sides">
                          {sidesOf(c).map(({ side, applied }) => {
                            const value = sideValue(words, side);
                            return (
                              <div key={side.hlc}>
                                <dt>
                                  {applied
                                    ? t('sync:ui.conflicts.appliedLabel')
                                    : t('sync:ui.conflicts.keptLabel')}
                                </dt>
                                <dd>
                                  <strong>{value}</strong>
                                  <span className="muted"> — {sideWho(words, side)}</span>
                                  {subject?.mayDecide && (
                                    <>
                                      {' '}
                                      <button
                                        type="button"
                                        className={applied ? 'button' : 'button button--secondary'}
                                        disabled={resolve.saving}
                                        onClick={() => void choose(side.hlc)}
                                      >
                                        {t(applied ? 'sync:ui.conflicts.keep' : 'sync:ui.conflicts.pick', {
                                          value,
                                        })}
                                      </button>
                                    </>
                                  )}
                                </dd>
                              </div>
                            );
                          })}
                        </dl>
                        {!subject?.mayDecide && (
                          <p className="muted">{t('sync:ui.conflicts.othersDecide')}</p>
                        )}
                      </article>
                    </li>
                  );
                })}
              </ul>
            </>
          )
        }
      </Loadable>
    </section>
  );
}
