import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CellError, WorkbookPreview } from '../../../shared/api/workbook';
import { MAX_WORKBOOK_BYTES } from '../../../shared/api/workbook';
import { DEFAULT_LIMITS } from '../../bundle/limits';
import { readBundleFiles } from '../../sync/files';
import { parseArgs } from '../args';
import { callMethod } from '../callMethod';
import { withStore, type CliContext, type Command } from '../command';
import { cliFail } from '../errors';

const usage =
  'programme template --out F.xlsx | programme export --programme ID --out F.xlsx | programme import F.xlsx [--dry-run]';

const FLAGS = {
  out: { kind: 'string' },
  programme: { kind: 'string' },
  'dry-run': { kind: 'boolean' },
} as const;

function required(value: string | undefined, flag: string): string {
  if (value === undefined) cliFail('required', { flag, usage });
  return value;
}

async function write(ctx: CliContext, out: string, file: { base64: string }): Promise<void> {
  const bytes = Buffer.from(file.base64, 'base64');
  await writeFile(out, bytes);
  ctx.say('cli:out.workbook-written', { file: out, bytes: bytes.length });
}

function sayPreview(ctx: CliContext, preview: WorkbookPreview, created: boolean): void {
  ctx.say(created ? 'cli:out.workbook-created' : 'cli:out.workbook-preview', {
    programme: preview.programme.id,
    groups: preview.groups.length,
    activities: preview.activities,
    contributions: preview.contributions,
  });
  for (const g of preview.groups)
    ctx.say('cli:out.workbook-group', {
      numeral: g.numeral,
      activities: g.activities,
      coordinators: g.coordinators.join(', ') || '-',
      members: g.members.join(', ') || '-',
    });
}

/** One refused cell: where (sheet, row, column) and what is wrong, as the screens word it. */
function cellLine(ctx: CliContext, e: CellError): string {
  const at =
    e.details.row === undefined
      ? e.details.sheet
      : ctx.message({ code: 'workbook', i18nKey: 'errors:workbook.at', details: e.details });
  return `  ${at}: ${ctx.message({ code: 'workbook', i18nKey: e.i18nKey, details: e.details })}\n`;
}

/** The secretariat's programme workbook from the command line: the same handlers as the app. */
export const programme: Command = {
  name: 'programme',
  summary: 'the programme workbook: an empty template, a programme exported, or a filled one imported',
  usage,
  async run(args, ctx) {
    const { flags, positionals } = parseArgs(args, FLAGS, usage, { positionals: true });
    const [action, file] = positionals;
    await withStore(ctx, async (store) => {
      if (action === 'template')
        return write(
          ctx,
          required(flags.out, '--out'),
          await callMethod(store, ctx.now, 'programme.template', {}),
        );
      if (action === 'export')
        return write(
          ctx,
          required(flags.out, '--out'),
          await callMethod(store, ctx.now, 'programme.exportWorkbook', {
            programmeId: required(flags.programme, '--programme'),
          }),
        );
      if (action !== 'import' || file === undefined)
        cliFail('unexpected-argument', { value: action ?? '', usage });
      const [read] = await readBundleFiles([file], { ...DEFAULT_LIMITS, maxFileBytes: MAX_WORKBOOK_BYTES });
      const result = await callMethod(store, ctx.now, 'programme.importWorkbook', {
        bytesBase64: Buffer.from(read!.bytes).toString('base64'),
        dryRun: flags['dry-run'],
      });
      if (result.status !== 'refused') {
        sayPreview(ctx, result.preview, result.status === 'created');
        return;
      }
      for (const e of result.errors) ctx.out(cellLine(ctx, e));
      cliFail('workbook-refused', {
        file: basename(file),
        count: result.errors.length,
      });
    });
  },
};
