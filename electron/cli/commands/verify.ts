import { cliFail } from '../errors';
import { existsSync } from 'node:fs';
import { readBundleFiles } from '../../sync/files';
import { verifyBundle } from '../../sync/verify';
import { parseArgs } from '../args';
import { withDatabase, type Command } from '../command';
import { describeSender, TRUST_NEW_FLAGS } from '../signer';

const usage = 'verify FILE [--trust-new]';

/**
 * Exit 0 when the bundle would be accepted, 1 with the reason when not. Without a database only
 * what the file itself proves is checked (format, signature, content); with one, also programme,
 * signer trust, role and replay, exactly as `import` would.
 */
export const verify: Command = {
  name: 'verify',
  summary: 'check a bundle without importing it (exit 0 valid, 1 not, with the reason)',
  usage,
  async run(args, ctx) {
    const { flags, positionals } = parseArgs(args, TRUST_NEW_FLAGS, usage, { positionals: true });
    if (positionals.length !== 1)
      cliFail('unexpected-argument', {
        value: positionals.slice(1).join(' ') || '-',
        usage,
      });
    const [file] = await readBundleFiles(positionals);
    if (!existsSync(ctx.db)) {
      const { manifest, fingerprint } = verifyBundle(null, file!);
      ctx.out(
        `${file!.name}: valid bundle no. ${manifest.seq} from ${manifest.sender.name}, ${manifest.opCount} change(s), key ${fingerprint} (not checked against a database)\n`,
      );
      return;
    }
    await withDatabase(ctx, (db) => {
      const v = verifyBundle(db, file!, { trustNew: flags['trust-new'], now: ctx.now });
      const m = v.manifest;
      const note = v.replay
        ? '; already imported (a replay: it would add nothing)'
        : v.newSigner
          ? '; signer not yet trusted'
          : '';
      ctx.out(
        `${file!.name}: valid bundle no. ${m.seq} from ${describeSender(m.sender)}, programme ${m.programme}, ${m.opCount} change(s), key ${v.fingerprint}${note}\n`,
      );
    });
  },
};
