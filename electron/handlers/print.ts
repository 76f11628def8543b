import type { printApi } from '../../shared/api/print';
import { sourceFromDatabase } from '../../shared/report/source';
import { activityReportFile, sheetHtml, sheetPdf, spreadsheetFile } from '../print/jobs';
import type { HandlerContext, HandlerStore, HandlersFor } from './context';

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** File names carry what and when, so a folder of printed sheets sorts and reads by itself. */
function fileName(subject: string, day: string, ext: string): string {
  return `${subject.replace(/[^A-Za-z0-9-]+/g, '-')}-${day}.${ext}`;
}

export function printHandlers(store: HandlerStore, ctx: HandlerContext): HandlersFor<typeof printApi> {
  const source = () => sourceFromDatabase(store.read());
  const day = () => ctx.today().toISOString().slice(0, 10);
  return {
    async 'sheet.html'(input) {
      return { html: await sheetHtml(source(), { group: input.groupId, country: input.country, lang: input.lang, paper: input.paper, today: ctx.today() }, 'linked') };
    },
    async 'sheet.pdf'(input) {
      const pdf = await sheetPdf(source(), { group: input.groupId, country: input.country, lang: input.lang, paper: input.paper, today: ctx.today() }, ctx.printPdf);
      const subject = [input.groupId, input.country].filter((x) => x !== undefined).join('-');
      return { fileName: fileName(`sheet-${subject}`, day(), 'pdf'), mimeType: PDF, base64: pdf.toString('base64') };
    },
    async 'report.docx'(input) {
      const docx = await activityReportFile(source(), input.groupId, input.lang, ctx.today());
      return { fileName: fileName(`report-${input.groupId}-${input.lang}`, day(), 'docx'), mimeType: DOCX, base64: docx.toString('base64') };
    },
    async 'spreadsheet.xlsx'(input) {
      const xlsx = await spreadsheetFile(source(), input.programmeId, input.lang);
      return { fileName: fileName(`programme-${input.programmeId}`, day(), 'xlsx'), mimeType: XLSX, base64: xlsx.toString('base64') };
    },
  };
}
