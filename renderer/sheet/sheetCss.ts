/**
 * The print stylesheet of the status sheets. It lives in a module rather than a .css file so that the
 * same text is inlined by the preview in the app, by window.print, and by the HTML the CLI hands to
 * Chromium: one stylesheet, whatever prints it.
 */
import { APP_FONT_STACK } from '../../shared/font';
import type { Paper } from '../../shared/report/paper';

const PAGE_SIZE: Record<Paper, string> = { a4: 'A4', letter: 'letter' };

/** Readable on paper: the body of a sheet at 8 pt, and nothing (not even a footnote mark) under 6.5 pt. */
export const BODY_PT = 8;
export const MIN_PT = 6.5;

/** CSS string literal: page labels are translated text, so quotes and backslashes must not break the rule. */
function cssString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export const STATUS_COLOURS = {
  completed: '#2e7d32',
  'in-progress': '#1f6fb2',
  delayed: '#e08a00',
  postponed: '#8d6e63',
  cancelled: '#9e9e9e',
  'not-started': '#90a4ae',
  unreported: '#cfd8dc',
} as const;

export function sheetCss(paper: Paper, pageLabel: string, ofLabel: string, footer: string): string {
  const statusRules = Object.entries(STATUS_COLOURS)
    .map(([status, colour]) => `.cea-sheet .st-${status}{--st:${colour}}`)
    .join('\n');
  return `
@page {
  size: ${PAGE_SIZE[paper]} portrait;
  margin: 7mm 8.5mm 10mm 8.5mm;
  @bottom-left { content: ${cssString(footer)}; font: 7pt ${APP_FONT_STACK}; color: #6b7680; }
  @bottom-right { content: ${cssString(pageLabel)} " " counter(page) " " ${cssString(ofLabel)} " " counter(pages); font: 7pt ${APP_FONT_STACK}; color: #6b7680; }
}
.cea-sheet {
  --ink: #1d2731; --muted: #5f6b76; --rule: #c9d1d8; --band: #eef2f5; --accent: #0b4f7c; --late: #c62828;
  font-family: ${APP_FONT_STACK}; font-size: ${BODY_PT}pt; line-height: 1.15; color: var(--ink);
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
@media screen { .cea-sheet { max-width: ${paper === 'a4' ? '193mm' : '199mm'}; margin: 0 auto; padding: 10mm; background: #fff; } }
.cea-sheet * { box-sizing: border-box; }
.cea-sheet h1 { font-size: 12.5pt; line-height: 1.2; margin: 0 0 1.5mm; color: var(--accent); }
.cea-sheet h2 { font-size: 8pt; text-transform: uppercase; letter-spacing: .04em; margin: 2.4mm 0 1mm; color: var(--accent); break-after: avoid; }
.cea-sheet .kicker { font-size: 7pt; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin-bottom: .8mm; }
.cea-sheet .masthead { border-bottom: .6mm solid var(--accent); padding-bottom: 1.6mm; }
.cea-sheet .meta { display: grid; grid-template-columns: 1fr 1fr; column-gap: 6mm; row-gap: .6mm; margin: 0; }
.cea-sheet .meta div { display: flex; gap: 1.5mm; }
.cea-sheet .meta dt { color: var(--muted); white-space: nowrap; font-weight: normal; }
.cea-sheet .meta dd { margin: 0; }
.cea-sheet .meta .wide { grid-column: 1 / -1; }
.cea-sheet .tiles { display: flex; gap: 1.5mm; margin-top: 2mm; }
.cea-sheet .tile { flex: 1; display: flex; flex-wrap: wrap; align-items: baseline; border: .25mm solid var(--rule); border-left: 1.2mm solid var(--st, var(--accent)); padding: .6mm 1.4mm; background: #fff; }
.cea-sheet .tile b { font-size: 10.5pt; line-height: 1.1; margin-right: 1.2mm; }
.cea-sheet .tile span { color: var(--muted); font-size: 7pt; }
.cea-sheet .tile.late { border-left-color: var(--late); }
.cea-sheet .tile.overall { flex: 1.6; }
.cea-sheet .meter { flex-basis: 100%; height: 1.2mm; background: var(--band); margin-top: .4mm; }
.cea-sheet .meter i { display: block; height: 100%; background: var(--accent); }
.cea-sheet table { width: 100%; border-collapse: collapse; table-layout: fixed; }
.cea-sheet thead { display: table-header-group; }
.cea-sheet tr { break-inside: avoid; page-break-inside: avoid; }
.cea-sheet th { text-align: left; font-weight: bold; font-size: 7pt; color: var(--muted); background: var(--band); padding: .5mm .9mm; border-bottom: .3mm solid var(--rule); vertical-align: bottom; }
.cea-sheet td { padding: .3mm .8mm; border-bottom: .2mm solid var(--rule); vertical-align: top; line-height: 1.1; overflow-wrap: anywhere; }
.cea-sheet td.num, .cea-sheet th.num { text-align: right; font-variant-numeric: tabular-nums; }
.cea-sheet tr.section td { background: #f7f9fa; font-weight: bold; color: var(--accent); }
.cea-sheet .status { display: inline-flex; align-items: baseline; gap: .8mm; }
.cea-sheet .dot { width: 1.8mm; height: 1.8mm; border-radius: 50%; background: var(--st); display: inline-block; flex: none; }
.cea-sheet .late-tag { color: var(--late); font-weight: bold; display: block; font-size: 7pt; }
.cea-sheet .muted { color: var(--muted); }
.cea-sheet .block { display: block; }
.cea-sheet .nowrap { white-space: nowrap; }
.cea-sheet .whole-words, .cea-sheet .status { overflow-wrap: normal; }
.cea-sheet .words { font-style: italic; }
.cea-sheet .mark { font-size: ${MIN_PT}pt; vertical-align: super; line-height: 0; }
.cea-sheet .remarks { font-size: 7pt; line-height: 1.1; color: #36424d; }
.cea-sheet td.tl, .cea-sheet th.tl { padding-left: 0; padding-right: 0; }
.cea-sheet .tl-axis, .cea-sheet .tl-track { position: relative; display: grid; grid-template-columns: repeat(var(--months), 1fr); }
.cea-sheet .tl-axis span { text-align: center; font-size: ${MIN_PT}pt; font-weight: normal; color: var(--muted); border-left: .15mm solid var(--rule); line-height: 1.4; }
.cea-sheet .tl-axis span.year { border-left: .3mm solid var(--muted); }
.cea-sheet .tl-years { display: flex; font-size: 7pt; color: var(--ink); }
.cea-sheet .tl-years span { border-left: .3mm solid var(--muted); padding-left: .6mm; }
.cea-sheet .tl-track { height: 3.4mm; margin-top: .2mm; background-image: repeating-linear-gradient(to right, transparent 0, transparent calc(100% / var(--months) - .15mm), var(--band) calc(100% / var(--months) - .15mm), var(--band) calc(100% / var(--months))); }
.cea-sheet .tl-bar { position: absolute; top: .5mm; bottom: .5mm; background: var(--st); border-radius: .5mm; }
.cea-sheet .tl-bar.open { background: repeating-linear-gradient(45deg, var(--st) 0, var(--st) .6mm, transparent .6mm, transparent 1.2mm); border: .2mm solid var(--st); }
.cea-sheet .tl-today { position: absolute; top: -.6mm; bottom: -.6mm; width: .35mm; background: var(--late); }
.cea-sheet .fin td.money, .cea-sheet .fin th.money { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.cea-sheet .fin tr.total td { font-weight: bold; border-top: .3mm solid var(--muted); }
.cea-sheet .notes { margin-top: 2.5mm; font-size: 7pt; color: var(--muted); break-inside: avoid; }
.cea-sheet .notes p { margin: .3mm 0; }
.cea-sheet .notes .closing { display: flex; flex-wrap: wrap; column-gap: 3mm; }
.cea-sheet .legend { display: flex; flex-wrap: wrap; gap: 2.4mm; font-size: 7pt; color: var(--muted); text-transform: none; letter-spacing: 0; font-weight: normal; }
.cea-sheet .heading-row { display: flex; justify-content: space-between; align-items: baseline; gap: 4mm; margin: 2.4mm 0 1mm; break-after: avoid; }
.cea-sheet .heading-row h2 { margin: 0; white-space: nowrap; }
.cea-sheet .heading-row p { margin: 0; }
.cea-sheet .legend .status { gap: .6mm; }
${statusRules}
`;
}
