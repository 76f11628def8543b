import { revealSavedBundle, type SavedDownload } from '../../electron/downloads';
import { entrySource } from './source';

function download(
  path: string,
): SavedDownload & { finish(state: 'completed' | 'cancelled' | 'interrupted'): void } {
  let done: ((event: unknown, state: 'completed' | 'cancelled' | 'interrupted') => void) | undefined;
  return {
    getSavePath: () => path,
    once: (_event, listener) => (done = listener),
    finish: (state) => done?.({}, state),
  };
}

describe('exported bundles are shown in their folder', () => {
  it('reveals a saved .ceabundle once the download completes', () => {
    const revealed: string[] = [];
    const item = download('/home/ana/Documentos/COL-2020-2021-3.ceabundle');
    revealSavedBundle(item, (p) => revealed.push(p));
    expect(revealed).toEqual([]);
    item.finish('completed');
    expect(revealed).toEqual(['/home/ana/Documentos/COL-2020-2021-3.ceabundle']);
  });

  it('leaves cancelled downloads and other files alone', () => {
    const revealed: string[] = [];
    const cancelled = download('/tmp/a.ceabundle');
    revealSavedBundle(cancelled, (p) => revealed.push(p));
    cancelled.finish('cancelled');
    const sheet = download('/tmp/hoja.pdf');
    revealSavedBundle(sheet, (p) => revealed.push(p));
    sheet.finish('completed');
    expect(revealed).toEqual([]);
  });
});

describe('the main process wires it to every download', () => {
  it('registers the handler on the default session', async () => {
    const main = await entrySource('main.ts');
    expect(main).toMatch(
      /session\.defaultSession\.on\('will-download',[^;]*revealSavedBundle\(item, \(path\) => shell\.showItemInFolder\(path\)\)/,
    );
  });
});
