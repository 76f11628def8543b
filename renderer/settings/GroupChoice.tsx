import { useId } from 'react';
import type { ProgrammeDetail } from '../../shared/api/programme';
import type { Result } from '../../shared/errors';
import { useApi } from '../api/ApiContext';
import { useLoad } from '../api/useLoad';
import { useT } from '../app/i18n';
import { Loadable } from '../ui/Loadable';
import { LocalizedText } from '../ui/LocalizedText';

/** Checkboxes for the working groups of every programme, newest programme first. */
export function GroupChoice({
  value,
  onChange,
  error,
}: {
  value: string[];
  onChange(groups: string[]): void;
  error: string | undefined;
}) {
  const { t } = useT();
  const api = useApi();
  const id = useId();
  const programmes = useLoad('all-programmes', async (): Promise<Result<ProgrammeDetail[]>> => {
    const list = await api.call('programmes.list', {});
    if (!list.ok) return list;
    const details = await Promise.all(
      [...list.data]
        .sort((a, b) => b.id.localeCompare(a.id))
        .map((p) => api.call('programme.get', { programmeId: p.id })),
    );
    const failed = details.find((d) => !d.ok);
    if (failed && !failed.ok) return failed;
    return { ok: true, data: details.flatMap((d) => (d.ok ? [d.data] : [])) };
  });
  const toggle = (groupId: string, on: boolean) =>
    onChange(on ? [...value, groupId] : value.filter((g) => g !== groupId));
  return (
    <fieldset className="group-choice" aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}>
      <legend>{t('settings:groups')}</legend>
      <p className="field__hint" id={`${id}-hint`}>
        {t('settings:groupsHint')}
      </p>
      <Loadable loaded={programmes}>
        {(details) =>
          details.map(({ programme }) => (
            <div key={programme.id} className="group-choice__programme">
              <p className="group-choice__title">{programme.id.replace('-', '–')}</p>
              <ul>
                {programme.groups.map((g) => (
                  <li key={g.id}>
                    <label>
                      <input
                        type="checkbox"
                        checked={value.includes(g.id)}
                        onChange={(e) => toggle(g.id, e.target.checked)}
                      />
                      <span>
                        {g.numeral} — <LocalizedText value={g.title} />
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </div>
          ))
        }
      </Loadable>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
