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
      ctx.say('cli:out.verified-alone', {
        file: file!.name,
        seq: manifest.seq,
        sender: manifest.sender.name,
        count: manifest.opCount,
        fingerprint,
      });
      return;
    }
    await withDatabase(ctx, (db) => {
      const v = verifyBundle(db, file!, { trustNew: flags['trust-new'], now: ctx.now });
      const m = v.manifest;
      const note = v.replay
        ? `; ${ctx.t('cli:out.replay-note')}`
        : v.newSigner
          ? `; ${ctx.t('cli:out.untrusted-note')}`
          : '';
      const line = ctx.t('cli:out.verified', {
        file: file!.name,
        seq: m.seq,
        sender: describeSender(m.sender),
        programme: m.programme,
        count: m.opCount,
        fingerprint: v.fingerprint,
      });
      ctx.out(`${line}${note}\n`);
    });
  },
};
