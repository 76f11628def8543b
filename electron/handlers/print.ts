import { countryName } from '../../shared/domain/lookup';
import type { printApi } from '../../shared/api/print';
import { downloadName } from '../../shared/report/fileNames';
import { sourceFromDatabase } from '../../shared/report/source';
import { activityReportFile, sheetHtml, sheetPdf, spreadsheetFile } from '../print/jobs';
import type { Lang } from '../../shared/model/text';
import type { HandlerContext, HandlerStore, HandlersFor } from './context';

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `2020-2021/X` or `X` → `X`: the numeral is all of the group a file's name needs. */
const numeral = (groupId: string): string => groupId.split('/').pop() ?? groupId;

export function printHandlers(store: HandlerStore, ctx: HandlerContext): HandlersFor<typeof printApi> {
  const source = () => sourceFromDatabase(store.read(), store.state());
  const nameOf = (iso3: string, lang: Lang) => countryName(store.read().countries, iso3, lang);
  return {
    async 'sheet.html'(input) {
      return {
        html: await sheetHtml(
          source(),
          {
            group: input.groupId,
            country: input.country,
            lang: input.lang,
            paper: input.paper,
            today: ctx.today(),
          },
          'linked',
        ),
      };
    },
    async 'sheet.pdf'(input) {
      const pdf = await sheetPdf(
        source(),
        {
          group: input.groupId,
          country: input.country,
          lang: input.lang,
          paper: input.paper,
          today: ctx.today(),
        },
        ctx.printPdf,
      );
      const country = input.country === undefined ? undefined : nameOf(input.country, input.lang);
      const name =
        input.groupId === undefined
          ? downloadName({ kind: 'countrySheet', country: country ?? '' }, input.lang)
          : downloadName(
              {
                kind: 'groupSheet',
                numeral: numeral(input.groupId),
                ...(country === undefined ? {} : { country }),
              },
              input.lang,
            );
      return { fileName: name, mimeType: PDF, base64: pdf.toString('base64') };
    },
    async 'report.docx'(input) {
      const docx = await activityReportFile(source(), input.groupId, input.lang, ctx.today());
      return {
        fileName: downloadName(
          { kind: 'report', numeral: numeral(input.groupId) },
          input.fileLang ?? input.lang,
        ),
        mimeType: DOCX,
        base64: docx.toString('base64'),
      };
    },
    async 'spreadsheet.xlsx'(input) {
      const xlsx = await spreadsheetFile(source(), input.programmeId, input.lang);
      return {
        fileName: downloadName({ kind: 'spreadsheet', period: input.programmeId }, input.lang),
        mimeType: XLSX,
        base64: xlsx.toString('base64'),
      };
    },
  };
}
