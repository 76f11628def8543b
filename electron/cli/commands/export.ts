import { writeBundleFile } from '../../sync/files';
import { parseArgs } from '../args';
import { callMethod } from '../callMethod';
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
      const result = await callMethod(store, ctx.now, 'bundle.export', {
        all: flags.all,
        ...(flags.programme ? { programmeId: flags.programme } : {}),
      });
      const bytes = Buffer.from(result.base64, 'base64');
      await writeBundleFile(flags.out, bytes);
      ctx.say(result.consolidated ? 'cli:out.exported-consolidated' : 'cli:out.exported', {
        file: flags.out,
        count: result.ops,
        seq: result.seq,
        bytes: bytes.length,
      });
      ctx.say('cli:out.fingerprint', { fingerprint: result.fingerprint });
    });
  },
};
