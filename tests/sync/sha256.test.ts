import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../shared/model/ops';
import { canonicalJson } from '../../shared/sync/canonical';
import { sha256, sha256Hex, toHex } from '../../shared/sync/sha256';

describe('sha256', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256Hex('a'.repeat(1_000_000))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('agrees with node:crypto on every length around the block boundaries and on random bytes', () => {
    for (let n = 0; n < 200; n++) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 31 + n) & 0xff);
      expect(toHex(sha256(bytes))).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 3000 }),
        (bytes) => toHex(sha256(bytes)) === createHash('sha256').update(bytes).digest('hex'),
      ),
    );
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and drops nothing else', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: null, y: 'x' }], c: true } })).toBe(
      '{"a":{"c":true,"d":[3,{"y":"x","z":null}]},"b":1}',
    );
  });

  it('gives the same text for objects that differ only in key order', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string(),
          fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v) ?? 'null') as JsonValue),
        ),
        (obj) => {
          const reversed: Record<string, JsonValue> = Object.fromEntries(Object.entries(obj).reverse());
          return (
            canonicalJson(obj) === canonicalJson(reversed) &&
            JSON.stringify(JSON.parse(canonicalJson(obj))) !== undefined
          );
        },
      ),
    );
  });
});
