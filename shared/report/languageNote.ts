import type { Programme } from '../model/programme';
import { pickText, type Lang } from '../model/text';
import { languageName } from './format';

/**
 * The one note a sheet prints about its texts' languages, instead of a mark on every line:
 * - `officialMayDiffer`: our translation into the language of an original we do not hold
 *   (Spanish texts of LC/CEA.10/5, translated from its English version);
 * - `ofVersion`: our translation of a version, into a third language;
 * - `ofOriginal`: our translation of the original we hold (English texts of the 2011 MDG report);
 * - `version`: no translation of ours, but the document we hold is itself a version of another original;
 * - `untranslated`: the document has no text in the sheet's language, so its texts are printed as held.
 */
export interface LanguageNote {
  kind: 'officialMayDiffer' | 'ofVersion' | 'ofOriginal' | 'version' | 'untranslated';
  /** Language names in the sheet's language. */
  shown: string;
  held: string;
  original: string;
  symbol: string;
}

/** `translated`: whether any text the sheet prints is our own (unofficial) translation. */
export function languageNote(programme: Programme, lang: Lang, translated: boolean): LanguageNote | null {
  const held = programme.document?.lang ?? programme.sourceLang;
  const original = programme.document?.original ?? held;
  const symbol = programme.document?.symbol ?? programme.symbol;
  const names = {
    shown: languageName(lang, lang),
    held: languageName(held, lang),
    original: languageName(original, lang),
    symbol,
  };
  if (translated) {
    if (held === original) return { kind: 'ofOriginal', ...names };
    return { kind: lang === original ? 'officialMayDiffer' : 'ofVersion', ...names };
  }
  if (held !== original && lang !== original) return { kind: 'version', ...names };
  // A programme entered in the app has no document record: its texts are in the language its title is.
  const shownIn = pickText(programme.title, lang).lang;
  return shownIn !== lang ? { kind: 'untranslated', ...names, held: languageName(shownIn, lang) } : null;
}
