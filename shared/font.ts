/**
 * The app's one typeface, shipped with it (@fontsource/arimo, SIL Open Font License): Arimo has Arial's
 * metrics, and because every sheet, report and screen uses these files rather than whatever fonts a
 * computer has, a sheet lays out the same on every machine. The build copies the files into
 * dist/renderer/fonts; the screens and the sheet preview load them from the app's own origin, and the
 * printed documents carry them as data: URLs.
 */

/** A family name no installed font has, so only the shipped files can ever match it. */
export const APP_FONT_FAMILY = 'CEA Arimo';

/** The font-family value of everything the app prints. */
export const APP_FONT_STACK = `'${APP_FONT_FAMILY}', sans-serif`;

/** The folder, inside the built renderer (dist/renderer), that holds the font files. */
export const FONT_FOLDER = 'fonts';

/** The subsets used, with Fontsource's unicode ranges: Latin for the four languages, Greek for the Σ of totals. */
const SUBSETS = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  greek: 'U+0370-0377,U+037A-037F,U+0384-038A,U+038C,U+038E-03A1,U+03A3-03FF',
} as const;

export interface FontFile {
  /** The file's name in @fontsource/arimo/files and in the built fonts folder. */
  file: string;
  weight: 400 | 700;
  style: 'normal' | 'italic';
  unicodeRange: string;
}

export const FONT_FILES: readonly FontFile[] = Object.entries(SUBSETS).flatMap(([subset, unicodeRange]) =>
  ([400, 700] as const).flatMap((weight) =>
    (['normal', 'italic'] as const).map((style) => ({
      file: `arimo-${subset}-${weight}-${style}.woff2`,
      weight,
      style,
      unicodeRange,
    })),
  ),
);

/** The @font-face rules of the family, each file's URL given by `src` (a relative path or a data: URL). */
export function fontFaceCss(src: (file: string) => string): string {
  return FONT_FILES.map(
    (f) =>
      `@font-face{font-family:'${APP_FONT_FAMILY}';font-style:${f.style};font-weight:${f.weight};font-display:block;src:url("${src(f.file)}") format("woff2");unicode-range:${f.unicodeRange}}`,
  ).join('\n');
}

/** The rules as a page of the app links them: relative to the page, so they resolve on its own origin. */
export const LINKED_FONT_CSS = fontFaceCss((file) => `${FONT_FOLDER}/${file}`);
