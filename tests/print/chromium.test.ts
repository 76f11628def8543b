import { describe, expect, it } from 'vitest';
import { chromiumCandidates, findChromium } from '../../electron/print/chromium';
import { AppFailure } from '../../shared/errors';

describe('finding a browser to print with', () => {
  it('looks on the usual paths of each platform', () => {
    expect(chromiumCandidates('linux', {})).toEqual(
      expect.arrayContaining(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']),
    );
    expect(chromiumCandidates('darwin', {})).toContain(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
    const win = chromiumCandidates('win32', {
      PROGRAMFILES: 'C:\\Program Files',
      LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local',
    });
    expect(win.some((p) => p.includes('Google') && p.endsWith('chrome.exe'))).toBe(true);
    expect(win.some((p) => p.includes('AppData'))).toBe(true);
  });

  it('takes the first that exists, and CEA_CHROMIUM before any', () => {
    expect(findChromium('linux', {}, (p) => p === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome');
    expect(findChromium('linux', { CEA_CHROMIUM: '/opt/chrome/chrome' }, () => true)).toBe(
      '/opt/chrome/chrome',
    );
  });

  it('fails with the paths it tried, and does not fall back when CEA_CHROMIUM names nothing', () => {
    const tried = (env: NodeJS.ProcessEnv, exists: (p: string) => boolean) => {
      try {
        findChromium('linux', env, exists);
      } catch (e) {
        if (e instanceof AppFailure) return e.error;
        throw e;
      }
      return null;
    };
    expect(tried({}, () => false)).toMatchObject({
      code: 'NO_CHROMIUM',
      i18nKey: 'sheets:errors.noChromium',
      details: { paths: expect.stringContaining('/usr/bin/chromium') },
    });
    expect(tried({ CEA_CHROMIUM: '/typo/chromium' }, (p) => p !== '/typo/chromium')).toMatchObject({
      code: 'NO_CHROMIUM',
      details: { paths: '/typo/chromium' },
    });
  });
});
