import type { Lang } from '../../shared/model/text';
import type { LanguageNote } from '../../shared/report/languageNote';
import { useSheetT } from './useSheetT';

/** The sheet's one note on the languages of its texts. */
export function LanguageNoteLine({ note, lang }: { note: LanguageNote | null; lang: Lang }) {
  const t = useSheetT(lang);
  if (note === null) return null;
  return <p>{t(`footnotes.language.${note.kind}`, { shown: note.shown, held: note.held, original: note.original, symbol: note.symbol })}</p>;
}
