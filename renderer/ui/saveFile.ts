import type { PrintedFile } from '../../shared/api/print';

/**
 * Hands a file made by the main process to the user as a download. The bytes arrive as base64 (no
 * path crosses the bridge either way); the browser, or Electron's download handling, asks where to save.
 */
export function saveFile(file: PrintedFile, doc: Document = document): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not now: the download may not have read the blob yet.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
