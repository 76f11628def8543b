import type { CountrySheet } from './countrySheet';
import type { GroupSheet } from './groupSheet';
import type { Paper } from './paper';

/**
 * What the built sheet renderer (`dist/sheet/ssr.mjs`, built from renderer/sheet/ssr.tsx) exports.
 * electron/ loads that file at run time instead of importing the renderer's source, the way the main
 * process loads the renderer's page; declaring the API here lets TypeScript check both sides.
 */
export interface SheetRenderer {
  /**
   * A standalone HTML document of the sheet, in the sheet's language: what the preview shows and what
   * Chromium prints. `fontCss` is the app font's @font-face rules (shared/font.ts), linked or embedded.
   */
  renderSheetHtml(sheet: GroupSheet | CountrySheet, paper: Paper, fontCss: string): string;
}

/** Whether a loaded module has the renderer's API: an older build of ssr.mjs may not. */
export function isSheetRenderer(m: unknown): m is SheetRenderer {
  return (
    typeof m === 'object' && m !== null && typeof (m as Partial<SheetRenderer>).renderSheetHtml === 'function'
  );
}
