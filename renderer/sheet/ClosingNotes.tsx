import { Fragment } from 'react';
import type { Lang } from '../../shared/model/text';
import type { LanguageNote } from '../../shared/report/languageNote';
import { useSheetT } from './useSheetT';

/**
 * The notes every sheet closes with (legend, language, source), side by side where two fit on a line
 * and each kept whole: a line each pushed full sheets onto a second page.
 */
export function ClosingNotes({
  legend,
  languageNote,
  symbol,
  lang,
}: {
  legend?: string;
  languageNote: LanguageNote | null;
  symbol: string;
  lang: Lang;
}) {
  const t = useSheetT(lang);
  const notes = [
    legend,
    languageNote &&
      t(`footnotes.language.${languageNote.kind}`, {
        shown: languageNote.shown,
        held: languageNote.held,
        original: languageNote.original,
        symbol: languageNote.symbol,
      }),
    t('footnotes.source', { symbol }),
  ].filter((n): n is string => typeof n === 'string' && n !== '');
  return (
    <p className="closing">
      {notes.map((n, i) => (
        <Fragment key={n}>
          {i > 0 && ' '}
          <span>{n}</span>
        </Fragment>
      ))}
    </p>
  );
}
