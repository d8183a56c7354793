/**
 * Offers a file to the browser's downloads: an object URL on an `<a download>` clicked once, then
 * revoked. Revoked after a while rather than at once: FileSaver.js found that some browsers still
 * read the URL after `click()` returns, and 40 s has held there for years; the bytes are freed then.
 */
const REVOKE_AFTER_MS = 40_000;

/** Returns false where the browser cannot save a file this way (no object URLs, e.g. a server render). */
export function downloadFile(file: File): boolean {
  if (typeof document === 'undefined' || typeof URL.createObjectURL !== 'function') return false;
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  link.style.display = 'none';
  // In the document while clicked: older Firefox ignores a click on a detached link.
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
  return true;
}
