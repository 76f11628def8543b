import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import type { CountrySheet } from '../../shared/report/countrySheet';
import type { GroupSheet } from '../../shared/report/groupSheet';
import { StatusSheet } from '../../renderer/sheet/StatusSheet';
import type { Paper } from '../../shared/report/paper';
import { sheetsI18n } from './i18n';

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

function titleOf(sheet: GroupSheet | CountrySheet): string {
  return sheet.kind === 'group' ? `${sheet.header.numeral}. ${sheet.header.title.text}` : sheet.country;
}

/** A standalone HTML document of the sheet: what the preview shows and what Chromium prints. */
export function renderSheetHtml(sheet: GroupSheet | CountrySheet, paper: Paper): string {
  const body = renderToStaticMarkup(
    <I18nextProvider i18n={sheetsI18n(sheet.lang)}>
      <StatusSheet sheet={sheet} paper={paper} />
    </I18nextProvider>,
  );
  return `<!doctype html>
<html lang="${sheet.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(titleOf(sheet))}</title>
<style>html,body{margin:0;padding:0;background:#fff}</style></head>
<body>${body}</body>
</html>
`;
}
