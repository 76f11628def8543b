import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import type { CountrySheet } from '../../shared/report/countrySheet';
import type { GroupSheet } from '../../shared/report/groupSheet';
import type { Paper } from '../../shared/report/paper';
import type { SheetRenderer } from '../../shared/report/sheetRenderer';
import { sheetsI18n } from '../../shared/report/sheetsI18n';
import { StatusSheet } from './StatusSheet';

/**
 * The server-render entry of the status sheet, built by `npm run build:sheet` into dist/sheet/ssr.mjs
 * for electron/print to load: the same StatusSheet the app previews and prints, so the CLI's and the
 * main process's PDFs are that sheet too.
 */

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

function titleOf(sheet: GroupSheet | CountrySheet): string {
  return sheet.kind === 'group' ? `${sheet.header.numeral}. ${sheet.header.title.text}` : sheet.country;
}

function renderSheetHtml(sheet: GroupSheet | CountrySheet, paper: Paper, fontCss: string): string {
  const body = renderToStaticMarkup(
    <I18nextProvider i18n={sheetsI18n(sheet.lang)}>
      <StatusSheet sheet={sheet} paper={paper} />
    </I18nextProvider>,
  );
  return `<!doctype html>
<html lang="${sheet.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(titleOf(sheet))}</title>
<style>${fontCss}
html,body{margin:0;padding:0;background:#fff}</style></head>
<body>${body}</body>
</html>
`;
}

export default { renderSheetHtml } satisfies SheetRenderer;
