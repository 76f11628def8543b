import { importBundles } from '../../bundle/import';
import { englishMessage } from '../messages';
import { readBundleFiles } from '../../sync/files';
import { parseArgs } from '../args';
import { withStore, type Command } from '../command';

const usage = 'import FILE… [--trust-new]';

const FLAGS = { 'trust-new': { kind: 'boolean' } } as const;

export const importCommand: Command = {
  name: 'import',
  summary: 'check and import bundles, all or nothing (an unknown signer needs --trust-new after comparing its fingerprint)',
  usage,
  async run(args, ctx) {
    const { flags, positionals } = parseArgs(args, FLAGS, usage, { positionals: true });
    const files = await readBundleFiles(positionals);
    await withStore(ctx, async (store) => {
      const summary = await importBundles(store, files, { trustNew: flags['trust-new'], now: ctx.now });
      for (const f of summary.files) {
        const who = `${f.sender.name} (${f.sender.role}${f.sender.country ? `, ${f.sender.country}` : ''})`;
        const what = f.status === 'replay' ? 'already imported, nothing taken' : `${f.new} new, ${f.known} already known, ${f.conflicts} in conflict`;
        ctx.out(`${f.file}: ${who}, bundle no. ${f.seq}: ${what}${f.newSigner ? `; now trusting key ${f.fingerprint}` : ''}\n`);
        for (const w of f.warnings) ctx.out(`  warning: ${englishMessage(w)}\n`);
      }
      if (summary.backup) ctx.out(`Backup before import: ${summary.backup}\n`);
    });
  },
};
