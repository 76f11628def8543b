import { parseArgs } from '../../electron/cli/args';
import { csvField, toCsv } from '../../electron/cli/csv';
import { failureOfSync } from '../store/helpers';

const SPEC = {
  role: { kind: 'enum', values: ['a', 'b'], required: true },
  group: { kind: 'string', repeatable: true },
  name: { kind: 'string' },
  all: { kind: 'boolean' },
} as const;

describe('parseArgs', () => {
  it('reads values, repeats, switches and both spellings', () => {
    const { flags } = parseArgs(['--role', 'b', '--group=I', '--group', 'VII', '--all'], SPEC, 'u');
    expect(flags).toEqual({ role: 'b', group: ['I', 'VII'], name: undefined, all: true });
  });

  it.each([
    [['--group', 'I'], 'cli:errors.required', { flag: '--role', usage: 'u' }],
    [['--role', 'c'], 'cli:errors.bad-value', { flag: '--role', value: 'c', allowed: 'a, b' }],
    [['--role', 'a', '--who', 'x'], 'cli:errors.unknown-flag', { flag: '--who', usage: 'u' }],
    [['--role'], 'cli:errors.missing-value', { flag: '--role' }],
    [['--role', '--all'], 'cli:errors.missing-value', { flag: '--role' }],
    [['--role='], 'cli:errors.missing-value', { flag: '--role' }],
    [['--role', 'a', '--name', 'x', '--name', 'y'], 'cli:errors.not-repeatable', { flag: '--name' }],
    [['--role', 'a', 'stray'], 'cli:errors.unexpected-argument', { value: 'stray', usage: 'u' }],
    [['--role', 'a', '--all=yes'], 'cli:errors.unexpected-argument', { value: '--all=yes', usage: 'u' }],
    [['--role', 'a', '--constructor', 'x'], 'cli:errors.unknown-flag', { flag: '--constructor', usage: 'u' }],
  ])('refuses %j', (args, key, details) => {
    const failure = failureOfSync(() => parseArgs(args, SPEC, 'u'));
    expect(failure.error.i18nKey).toBe(key);
    // One vocabulary: the code is the key's own kebab-case name.
    expect(`cli:errors.${failure.error.code}`).toBe(key);
    expect(failure.error.details).toEqual(details);
  });

  it('takes positionals only when the command allows them', () => {
    expect(parseArgs(['f1', '--role', 'a', 'f2'], SPEC, 'u', { positionals: true }).positionals).toEqual([
      'f1',
      'f2',
    ]);
  });
});

describe('CSV', () => {
  it('quotes only what RFC 4180 requires and doubles inner quotes', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(toCsv(['h1', 'h2'], [['x', 'y,z']])).toBe('h1,h2\r\nx,"y,z"\r\n');
  });
});
