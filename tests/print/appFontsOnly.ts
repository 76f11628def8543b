import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';

/** The one face fontconfig is shown: Chromium draws no text at all without a single system font. */
export const SYSTEM_FACE = 'arimo-latin-400-normal';

/**
 * WOFF 1.0 unwrapped into the TrueType file it holds (zlib-compressed tables behind a 44-byte header):
 * Chromium's FreeType opens neither WOFF nor WOFF2 as a system font.
 */
export function woffToTtf(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF file');
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compressed = woff.readUInt32BE(at + 8);
    const length = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compressed);
    return {
      tag: woff.subarray(at, at + 4),
      checksum: woff.readUInt32BE(at + 16),
      data: compressed < length ? inflateSync(raw) : raw,
    };
  });
  const header = Buffer.alloc(12 + 16 * count);
  woff.copy(header, 0, 4, 8);
  const log2 = Math.floor(Math.log2(count));
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(16 * 2 ** log2, 6);
  header.writeUInt16BE(log2, 8);
  header.writeUInt16BE(16 * count - 16 * 2 ** log2, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    t.tag.copy(header, at);
    header.writeUInt32BE(t.checksum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(t.data.length, at + 12);
    const padded = Buffer.alloc(Math.ceil(t.data.length / 4) * 4);
    t.data.copy(padded);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([header, ...bodies]);
}

/**
 * A fontconfig setup in `dir` under which the only font on the machine is the app's own regular face:
 * no system font can then change a sheet's layout, and any bold or italic in a PDF can only have come
 * from the app's @font-face files. The rendering options are Debian's defaults, spelled out, since
 * fontconfig's own defaults (full hinting) would move glyphs. Returns the FONTCONFIG_FILE to set.
 */
export async function appFontsOnly(dir: string): Promise<string> {
  const fonts = join(dir, 'fonts');
  await mkdir(fonts, { recursive: true });
  const files = join(
    dirname(createRequire(import.meta.url).resolve('@fontsource/arimo/package.json')),
    'files',
  );
  await writeFile(
    join(fonts, `${SYSTEM_FACE}.ttf`),
    woffToTtf(await readFile(join(files, `${SYSTEM_FACE}.woff`))),
  );
  const conf = join(dir, 'fonts.conf');
  await writeFile(
    conf,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>${fonts}</dir>
  <cachedir>${join(dir, 'cache')}</cachedir>
  <match target="font">
    <edit name="antialias" mode="assign"><bool>true</bool></edit>
    <edit name="hinting" mode="assign"><bool>true</bool></edit>
    <edit name="hintstyle" mode="assign"><const>hintslight</const></edit>
    <edit name="rgba" mode="assign"><const>none</const></edit>
  </match>
</fontconfig>
`,
  );
  return conf;
}

/** The font files fontconfig lists under `conf`, as fc-list prints them. */
export function fcList(conf: string): string[] {
  return execFileSync('fc-list', ['--format', '%{file}\\n'], {
    encoding: 'utf8',
    env: { ...process.env, FONTCONFIG_FILE: conf },
  })
    .split('\n')
    .filter((l) => l !== '');
}
