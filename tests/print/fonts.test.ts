import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embeddedFontCss, fontDir } from '../../electron/print/fonts';
import { AppFailure } from '../../shared/errors';
import { APP_FONT_FAMILY, FONT_FILES, LINKED_FONT_CSS } from '../../shared/font';

const RENDERER = join(import.meta.dirname, '..', '..', 'dist', 'renderer');

/** The URLs of the @font-face rules in a stylesheet. */
const urls = (css: string) => [...css.matchAll(/url\("([^"]+)"\)/g)].map((m) => m[1] ?? '');

describe("the app's font", () => {
  it('is built into dist/renderer/fonts, which the screens link from the page itself', () => {
    expect(fontDir()).toBe(join(RENDERER, 'fonts'));
    expect(readFileSync(join(RENDERER, 'index.html'), 'utf8')).toContain(`<style>${LINKED_FONT_CSS}</style>`);
    // Relative URLs: served by the app's own origin, never fetched from anywhere else.
    expect(urls(LINKED_FONT_CSS)).toEqual(FONT_FILES.map((f) => `fonts/${f.file}`));
    for (const url of urls(LINKED_FONT_CSS)) expect(existsSync(join(RENDERER, url)), url).toBe(true);
  });

  it('travels inside printed documents as data: URLs of the very files the build wrote', async () => {
    const css = await embeddedFontCss();
    expect(css.match(/@font-face/g)).toHaveLength(FONT_FILES.length);
    expect(css).toContain(`font-family:'${APP_FONT_FAMILY}'`);
    const embedded = urls(css);
    FONT_FILES.forEach((f, i) =>
      expect(embedded[i]).toBe(
        `data:font/woff2;base64,${readFileSync(join(RENDERER, 'fonts', f.file)).toString('base64')}`,
      ),
    );
  });

  it('says the app must be built when the files are missing', async () => {
    const missing = join(import.meta.dirname, 'no-such-fonts');
    const error = await embeddedFontCss(missing).then(
      () => null,
      (e: unknown) => (e instanceof AppFailure ? e.error : e),
    );
    expect(error).toMatchObject({
      code: 'SHEET_NOT_BUILT',
      i18nKey: 'sheets:errors.notBuilt',
      details: { path: join(missing, FONT_FILES[0]?.file ?? '') },
    });
  });
});
