import { renderToStaticMarkup } from 'react-dom/server';
import type { ActivityReportModel } from '../../shared/report/activityReport';
import { APP_FONT_STACK } from '../../shared/font';
import type { Paper } from '../../shared/report/paper';
import { reportBlocks } from './reportBlocks';
import type { Block } from './reportBlocks';

const CSS = (paper: Paper) => `
@page { size: ${paper === 'a4' ? 'A4' : 'letter'}; margin: 20mm 20mm 18mm; @bottom-center { content: counter(page); font: 8pt ${APP_FONT_STACK}; color: #5f6b76; } }
body { font: 10.5pt/1.4 ${APP_FONT_STACK}; color: #1d2731; margin: 0; }
h1.title { font-size: 15pt; text-align: center; color: #0b4f7c; margin: 0 0 2mm; }
p.subtitle { text-align: center; font-style: italic; margin: 0 0 4mm; }
p.note { font-style: italic; color: #5f6b76; font-size: 9pt; }
h2 { font-size: 12pt; color: #0b4f7c; margin: 6mm 0 2mm; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm; break-after: avoid; }
p { margin: 0 0 2mm; text-align: justify; }
ul { margin: 0 0 2mm; padding-left: 6mm; }
`;

function element(b: Block, i: number) {
  switch (b.kind) {
    case 'title':
      return (
        <h1 key={i} className="title">
          {b.text}
        </h1>
      );
    case 'subtitle':
      return (
        <p key={i} className="subtitle">
          {b.text}
        </p>
      );
    case 'note':
      return (
        <p key={i} className="note">
          {b.text}
        </p>
      );
    case 'h1':
      return <h2 key={i}>{b.text}</h2>;
    case 'h2':
      return <h3 key={i}>{b.text}</h3>;
    case 'bullet':
      return (
        <ul key={i}>
          <li>{b.text}</li>
        </ul>
      );
    case 'labelled':
      return (
        <p key={i}>
          <b>{b.label}:</b> {b.text}
        </p>
      );
    case 'p':
      return <p key={i}>{b.text}</p>;
  }
}

/** The activity report as HTML for Chromium to print: the same blocks as the .docx, in the app's font (`fontCss`). */
export function activityReportHtml(model: ActivityReportModel, paper: Paper, fontCss: string): string {
  const blocks = reportBlocks(model);
  const body = renderToStaticMarkup(
    <>
      <style>{fontCss + CSS(paper)}</style>
      {blocks.map(element)}
    </>,
  );
  return `<!doctype html>\n<html lang="${model.lang}"><head><meta charset="utf-8"><title>${model.numeral}</title></head><body>${body}</body></html>\n`;
}
