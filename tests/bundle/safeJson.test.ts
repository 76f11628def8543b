import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSafeJson } from '../../electron/bundle/safeJson';
import { AppFailure } from '../../shared/errors';

const limits = { maxDepth: 8, maxStringLength: 20 };

function refusal(text: string): Record<string, unknown> | null {
  try {
    parseSafeJson(text, 'ops.json', limits);
    return null;
  } catch (e) {
    if (!(e instanceof AppFailure)) throw e;
    return { code: e.error.code, ...e.error.details };
  }
}

describe('parseSafeJson', () => {
  it('parses what JSON.parse parses, escapes included, when within the limits', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const text = JSON.stringify(value);
        fc.pre(!/"(__proto__|constructor|prototype)":/.test(text) && !/"(?:[^"\\]|\\.){21,}"/.test(text));
        expect(parseSafeJson(text, 'ops.json', limits)).toEqual(JSON.parse(text));
      }),
    );
    expect(parseSafeJson(String.raw`["a\"b\\", "\\\\", "\\\"[[[[[[[[[["]`, 'ops.json', limits)).toEqual([
      'a"b\\',
      '\\\\',
      '\\"[[[[[[[[[[',
    ]);
  });

  it('refuses forbidden keys wherever they are, however they are written', () => {
    for (const text of [
      '{"__proto__":{"x":1}}',
      '[1,{"a":[{"constructor":2}]}]',
      '{"a":{"prototype":null}}',
      String.raw`{"\u005f_proto__":{}}`,
    ]) {
      expect(refusal(text)).toMatchObject({ code: 'bundle-unsafe-json', reason: 'forbidden-key' });
    }
    expect(refusal('["__proto__","constructor"]')).toBeNull();
  });

  it('measures depth and string length on the text, not fooled by brackets or quotes inside strings', () => {
    expect(refusal('[[[[[[[[[1]]]]]]]]]')).toMatchObject({ code: 'bundle-unsafe-json', reason: 'too-deep' });
    expect(refusal('["[[[[[[[[[[[["]')).toBeNull();
    expect(refusal(`["${'x'.repeat(20)}"]`)).toBeNull();
    expect(refusal(`["${'x'.repeat(21)}"]`)).toMatchObject({
      code: 'bundle-unsafe-json',
      reason: 'string-too-long',
    });
    // An escaped quote does not end the string: it is still one long string.
    expect(refusal(String.raw`["xxxxxxxxxx\"xxxxxxxxx"]`)).toMatchObject({ reason: 'string-too-long' });
    expect(refusal(`["${'x'.repeat(25)}`)).toMatchObject({ reason: 'string-too-long' });
    expect(refusal('[1,')).toMatchObject({ code: 'bundle-bad-json' });
  });
});
