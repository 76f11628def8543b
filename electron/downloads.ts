/** The part of Electron's DownloadItem this module needs, so it runs and is tested without Electron. */
export interface SavedDownload {
  getSavePath(): string;
  once(
    event: 'done',
    listener: (event: unknown, state: 'completed' | 'cancelled' | 'interrupted') => void,
  ): unknown;
}

/**
 * An exported bundle leaves the renderer as a download; once the user has saved it, show it in its
 * folder so it is ready to attach to the email to the secretariat. Other downloads (sheets, reports,
 * spreadsheets) are left where the user put them.
 */
export function revealSavedBundle(item: SavedDownload, reveal: (path: string) => void): void {
  item.once('done', (_event, state) => {
    const path = item.getSavePath();
    if (state === 'completed' && path.toLowerCase().endsWith('.ceabundle')) reveal(path);
  });
}
