import type { Meeting, WorkingGroup } from '../../shared/model';
import { groupReferences } from '../../shared/report/references';
import { useT } from '../app/i18n';
import { Card } from '../ui/Card';

/** The documents the group's source refers to, cited as it cites them; nothing when it cites none. */
export function References({
  group,
  meetings,
}: {
  group: Pick<WorkingGroup, 'references'>;
  meetings: Pick<Meeting, 'id' | 'title'>[];
}) {
  const { t, lang } = useT();
  const references = groupReferences(group, meetings, lang);
  if (references.length === 0) return null;
  return (
    <Card title={t('group:references.title')}>
      <p className="field__hint">{t('group:references.hint')}</p>
      <ul>
        {references.map((r) => (
          <li key={r.citation}>
            <strong>{t(`group:referenceKind.${r.kind}`)}: </strong>
            <span lang={r.citationLang}>{r.citation}</span>
            {r.translatedTitle !== null && (
              <span>
                {' '}
                [{r.translatedTitle.text}
                {r.translatedTitle.unofficial && ` — ${t('group:references.unofficial')}`}]
              </span>
            )}
            {r.presentedAt.length > 0 && (
              <div>
                {t('group:references.presentedAt')}: {r.presentedAt.join('; ')}
              </div>
            )}
            {r.serves.length > 0 && (
              <div>
                {t('group:references.serves')}: {r.serves.join(', ')}
              </div>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
