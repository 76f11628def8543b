import { basename } from 'node:path';
import { exportBundle } from '../../bundle/export';
import { writeBundleFile } from '../../sync/files';
import { parseArgs } from '../args';
import { withStore, type Command } from '../command';

const usage = 'export --out FILE [--all] [--programme ID]';

const FLAGS = {
  out: { kind: 'string', required: true },
  all: { kind: 'boolean' },
  programme: { kind: 'string' },
} as const;

export const exportCommand: Command = {
  name: 'export',
  summary: 'write a signed bundle of the changes since the last export (or --all) for the secretariat',
  usage,
  async run(args, ctx) {
    const { flags } = parseArgs(args, FLAGS, usage);
    await withStore(ctx, async (store) => {
      const result = await exportBundle(store, {
        all: flags.all,
        fileName: basename(flags.out),
        now: ctx.now,
        ...(flags.programme ? { programme: flags.programme } : {}),
      });
      await writeBundleFile(flags.out, result.bytes);
      const m = result.manifest;
      ctx.out(
        `Wrote ${flags.out}: ${m.opCount} change(s), bundle no. ${m.seq}${m.scope.consolidated ? ' (consolidated)' : ''}, ${result.bytes.length} bytes\n`,
      );
      ctx.out(`Key fingerprint: ${result.fingerprint}\n`);
    });
  },
};
