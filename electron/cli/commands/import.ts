import { readBundleFiles } from '../../sync/files';
import { parseArgs } from '../args';
import { callMethod } from '../callMethod';
import { withStore, type Command } from '../command';
import { describeSender, TRUST_NEW_FLAGS } from '../signer';

const usage = 'import FILE… [--trust-new]';

export const importCommand: Command = {
  name: 'import',
  summary:
    'check and import bundles, all or nothing (an unknown signer needs --trust-new after comparing its fingerprint)',
  usage,
  async run(args, ctx) {
    const { flags, positionals } = parseArgs(args, TRUST_NEW_FLAGS, usage, { positionals: true });
    // Read here, with the reader's size limit and its messages; the contract takes the bytes.
    const files = await readBundleFiles(positionals);
    await withStore(ctx, async (store) => {
      const summary = await callMethod(store, ctx.now, 'bundle.import', {
        files: files.map((f) => ({ name: f.name, bytesBase64: Buffer.from(f.bytes).toString('base64') })),
        trustNew: flags['trust-new'],
      });
      for (const f of summary.files) {
        const what = {
          file: f.file,
          sender: describeSender(f.sender),
          seq: f.seq,
          new: f.new,
          known: f.known,
          conflicts: f.conflicts,
        };
        const line = ctx.t(f.status === 'replay' ? 'cli:out.replayed' : 'cli:out.imported', what);
        const trusting = f.newSigner
          ? `; ${ctx.t('cli:out.now-trusting', { fingerprint: f.fingerprint })}`
          : '';
        ctx.out(`${line}${trusting}\n`);
        for (const w of f.warnings) ctx.out(`  ${ctx.t('cli:out.warning', { message: ctx.message(w) })}\n`);
      }
    });
  },
};
