import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun, type IRunOptions } from 'docx';
import type { ActivityReportModel } from '../../shared/report/activityReport';
import { reportBlocks } from './reportBlocks';
import type { Block } from './reportBlocks';

function paragraph(b: Block): Paragraph {
  switch (b.kind) {
    case 'title':
      return new Paragraph({
        heading: HeadingLevel.TITLE,
        alignment: AlignmentType.CENTER,
        children: [new TextRun(b.text)],
      });
    case 'subtitle':
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 120 },
        children: [new TextRun({ text: b.text, italics: true } satisfies IRunOptions)],
      });
    case 'note':
      return new Paragraph({
        spacing: { after: 120 },
        children: [
          new TextRun({ text: b.text, italics: true, color: '5F6B76', size: 18 } satisfies IRunOptions),
        ],
      });
    case 'h1':
      return new Paragraph({
        heading: HeadingLevel.HEADING_1,
        spacing: { before: 240, after: 120 },
        children: [new TextRun(b.text)],
      });
    case 'h2':
      return new Paragraph({
        heading: HeadingLevel.HEADING_2,
        spacing: { before: 160, after: 80 },
        children: [new TextRun(b.text)],
      });
    case 'bullet':
      return new Paragraph({ bullet: { level: 0 }, children: [new TextRun(b.text)] });
    case 'labelled':
      return new Paragraph({
        spacing: { after: 80 },
        children: [
          new TextRun({ text: `${b.label}: `, bold: true } satisfies IRunOptions),
          new TextRun(b.text),
        ],
      });
    case 'p':
      return new Paragraph({
        spacing: { after: 100 },
        alignment: AlignmentType.JUSTIFIED,
        children: [new TextRun(b.text)],
      });
  }
}

/** The activity report as a Word document the coordinator edits: plain styles, headings Word's outline understands. */
export async function activityReportDocx(model: ActivityReportModel): Promise<Buffer> {
  const doc = new Document({
    creator: 'CEA Programme Tracker',
    title: reportBlocks(model)[0]?.text ?? model.title,
    styles: { default: { document: { run: { font: 'Arial', size: 21 } } } },
    sections: [{ children: reportBlocks(model).map(paragraph) }],
  });
  return Packer.toBuffer(doc);
}
