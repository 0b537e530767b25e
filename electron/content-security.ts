// The app's content rules, sent as a response header with every file of the page (the app's
// app:// protocol and the end-to-end tests' server serve the same), so tests run the renderer
// under the real policy. No 'unsafe-inline' anywhere: React and chart.js set styles through the
// CSSOM (element.style), which a policy does not govern; the stylesheets are files.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The app makes no network requests at all: only its own page and in-memory data load. */
const LOCAL_SCHEMES = new Set(['app:', 'data:', 'blob:', 'devtools:']);

export function isLocalRequest(url: string): boolean {
  try {
    return LOCAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}
