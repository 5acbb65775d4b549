/**
 * Content-Disposition for a download with a Chinese file name: an ASCII fallback and the UTF-8 name
 * (RFC 6266 / RFC 5987), so every browser saves it under its real name.
 */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
