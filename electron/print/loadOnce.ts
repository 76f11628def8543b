/**
 * `load` wrapped so that each path is loaded once and then shared. A failed load is not kept, so a
 * build made while the app is open is picked up by the next call.
 */
export function loadOnce<T>(load: (path: string) => Promise<T>): (path: string) => Promise<T> {
  const loaded = new Map<string, Promise<T>>();
  return (path) => {
    let result = loaded.get(path);
    if (!result) {
      result = load(path);
      loaded.set(path, result);
      result.catch(() => loaded.delete(path));
    }
    return result;
  };
}
