import { programmeStatus, type Programme } from '../../shared/model/programme';
import { useT } from '../app/i18n';
import { LocalizedText } from './LocalizedText';

/** What the programme is: a draft, a proposal or adopted, and the meeting that received or adopted it. */
export function ProgrammeStatus({ programme }: { programme: Pick<Programme, 'versions'> }) {
  const { t } = useT();
  const version = programmeStatus(programme);
  if (version === null) return null;
  return (
    <p className="programme-status">
      <strong>{t(`common:programmeStatus.${version.status}`)}</strong> ·{' '}
      <LocalizedText value={version.meeting} />
    </p>
  );
}
