import type { Download } from '@torchbridge/api-client';

/** Saves a file the API served under the name it suggested (or the fallback), through a temporary link. */
export function saveDownload(file: Download, fallbackName: string): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName ?? fallbackName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the file to the browser; the URL is not needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
