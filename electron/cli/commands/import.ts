import { importBundles } from '../../bundle/import';
import { englishMessage } from '../messages';
import { readBundleFiles } from '../../sync/files';
import { parseArgs } from '../args';
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
    const files = await readBundleFiles(positionals);
    await withStore(ctx, async (store) => {
      const summary = await importBundles(store, files, { trustNew: flags['trust-new'], now: ctx.now });
      for (const f of summary.files) {
        const what =
          f.status === 'replay'
            ? 'already imported, nothing taken'
            : `${f.new} new, ${f.known} already known, ${f.conflicts} in conflict`;
        ctx.out(
          `${f.file}: ${describeSender(f.sender)}, bundle no. ${f.seq}: ${what}${f.newSigner ? `; now trusting key ${f.fingerprint}` : ''}\n`,
        );
        for (const w of f.warnings) ctx.out(`  warning: ${englishMessage(w)}\n`);
      }
      if (summary.backup) ctx.out(`Backup before import: ${summary.backup}\n`);
    });
  },
};
