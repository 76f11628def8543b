import type { Country, WorkingGroup } from '../../shared/model/programme';
import type { Meeting } from '../../shared/model/records';
import { textOf } from '../../shared/model/text';
import { useApi } from '../api/ApiContext';
import { useFormat } from '../app/format';
import { useT } from '../app/i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { LocalizedText } from '../ui/LocalizedText';
import { SaveStatus } from '../ui/SaveStatus';
import { useSubmit } from '../ui/useSubmit';
import { countryNames, servedNumbers } from './meetingText';

interface Props {
  meetings: Meeting[];
  group: WorkingGroup;
  countries: Country[];
  /** Ids of the meetings this user may correct or remove. */
  editable: string[];
  onEdit(meeting: Meeting): void;
  onRemoved(): void;
}

/** The group's meetings, oldest first, each as the 2011 report describes one. */
export function MeetingList({ meetings, group, countries, editable, onEdit, onRemoved }: Props) {
  const { t, lang } = useT();
  const format = useFormat(lang);
  const api = useApi();
  const remove = useSubmit<{ meetingId: string }>();
  const status = <SaveStatus savedAt={remove.savedAt} message={t('meetings:removed')} />;
  if (meetings.length === 0)
    return (
      <>
        <p>{t('meetings:empty')}</p>
        {status}
      </>
    );
  return (
    <>
      <ol className="meetings__list">
        {meetings.map((m) => {
          const title = textOf(m.title, lang);
          const days =
            m.start === m.end ? format.day(m.start) : `${format.day(m.start)} – ${format.day(m.end)}`;
          const served = servedNumbers(m, group);
          const names = (list: Meeting['organisers']) => list.map((n) => textOf(n, lang)).join('; ');
          const facts: [string, string][] = [
            [t('meetings:organisers'), names(m.organisers)],
            [t('meetings:funders'), names(m.funders)],
            [t('meetings:countries'), countryNames(m.countries, countries, lang).join('; ')],
            [t('meetings:agencies'), names(m.agencies)],
            [
              t('meetings:serves'),
              [
                ...served.objectives.map((n) => t('meetings:objective', { number: n })),
                ...served.activities.map((n) => t('meetings:activity', { number: n })),
              ].join('; '),
            ],
            [t('meetings:documents'), m.documents.join('; ')],
          ];
          return (
            <li key={m.id}>
              <article aria-label={title}>
                <h3>
                  <LocalizedText value={m.title} />
                </h3>
                <p className="muted">
                  {t(`meetings:kinds.${m.kind}`)} · <LocalizedText value={m.place} /> · {days} ·{' '}
                  {m.held ? t('meetings:held') : t('meetings:planned')}
                </p>
                <dl className="facts">
                  {facts
                    .filter(([, value]) => value !== '')
                    .map(([label, value]) => (
                      <div key={label}>
                        <dt>{label}</dt>
                        <dd>{value}</dd>
                      </div>
                    ))}
                </dl>
                {m.description && (
                  <p>
                    <LocalizedText value={m.description} />
                  </p>
                )}
                <p className="muted">
                  {m.provenance
                    ? t('meetings:fromDocument')
                    : t('meetings:recordedBy', { name: m.author.name })}
                </p>
                {editable.includes(m.id) && (
                  <p>
                    <button
                      type="button"
                      className="button button--link"
                      aria-label={t('meetings:editLabel', { title })}
                      onClick={() => onEdit(m)}
                    >
                      {t('meetings:edit')}
                    </button>{' '}
                    <button
                      type="button"
                      className="button button--link"
                      disabled={remove.saving}
                      aria-label={t('meetings:remove', { title })}
                      onClick={async () => {
                        if (!window.confirm(t('meetings:removeConfirm', { title }))) return;
                        const result = await remove.run(() =>
                          api.call('meeting.delete', { meetingId: m.id }),
                        );
                        if (result.ok) onRemoved();
                      }}
                    >
                      {t('common:actions.remove')}
                    </button>
                  </p>
                )}
              </article>
            </li>
          );
        })}
      </ol>
      {remove.error && <ErrorMessage error={remove.error} />}
      {status}
    </>
  );
}
