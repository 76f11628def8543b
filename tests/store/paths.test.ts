import { join, resolve } from 'node:path';
import { defaultDataDir, resolveDbPath } from '../../electron/store';

describe('resolveDbPath', () => {
  it('prefers --db, then CEA_DB, then the default folder', () => {
    expect(resolveDbPath(['init', '--db', 'a.json'], { CEA_DB: '/env.json' }, '/home')).toBe(
      resolve('a.json'),
    );
    expect(resolveDbPath(['--db=/x/b.json'], {}, '/home')).toBe('/x/b.json');
    expect(resolveDbPath(['programmes'], { CEA_DB: '/env.json' }, '/home')).toBe('/env.json');
    expect(resolveDbPath([], {}, '/home/u/app')).toBe(join('/home/u/app', 'cea-tracker.json'));
  });
});

describe('defaultDataDir', () => {
  it('follows each system’s convention for application data', () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' })).toBe(
      join('C:\\Users\\ana\\AppData\\Roaming', 'CEA Programme Tracker'),
    );
    expect(defaultDataDir('darwin', { HOME: '/Users/ana' })).toBe(
      '/Users/ana/Library/Application Support/CEA Programme Tracker',
    );
    expect(defaultDataDir('linux', { HOME: '/home/ana', XDG_CONFIG_HOME: '/cfg' })).toBe(
      '/cfg/CEA Programme Tracker',
    );
    expect(defaultDataDir('linux', { HOME: '/home/ana' })).toBe('/home/ana/.config/CEA Programme Tracker');
  });
});
