import { z } from 'zod';

export const LANGS = ['es', 'en', 'pt', 'fr'] as const;
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

/**
 * A narrative text in up to four languages. `orig` names the language of the text as the document we
 * hold gives it; `versionOf` is set when that document is itself a version of an original in another
 * language which we do not hold (LC/CEA.10/5 is the English version of a Spanish original);
 * `unofficial` lists the languages whose text is our own translation, not the Conference's.
 */
export const Localized = z
  .object({
    orig: Lang,
    versionOf: Lang.optional(),
    es: z.string().min(1).optional(),
    en: z.string().min(1).optional(),
    pt: z.string().min(1).optional(),
    fr: z.string().min(1).optional(),
    unofficial: z.array(Lang).optional(),
  })
  .strict()
  .refine((t) => t[t.orig] !== undefined, { error: 'the original language must have a text' });
export type Localized = z.infer<typeof Localized>;

export interface PickedText {
  text: string;
  lang: Lang;
  /** True when the shown text is not in the requested language or is an unofficial translation. */
  fallback: boolean;
  unofficial: boolean;
}

/**
 * Which text a reader sees: their language if we have it; otherwise the original (the Conference's
 * own words beat a second-hand translation); otherwise Spanish, then English, the region's lingua francas.
 */
export function pickText(t: Localized, lang: Lang): PickedText {
  const order: Lang[] = [lang, t.orig, 'es', 'en', 'pt', 'fr'];
  for (const l of order) {
    const text = t[l];
    if (text !== undefined) {
      return { text, lang: l, fallback: l !== lang, unofficial: (t.unofficial ?? []).includes(l) };
    }
  }
  throw new Error('unreachable: Localized always holds its original text');
}

export function textOf(t: Localized, lang: Lang): string {
  return pickText(t, lang).text;
}
