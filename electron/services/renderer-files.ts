// How the built renderer is served: the app's own files from one folder, each with the app's
// Content-Security-Policy as a response header, for the app's app:// protocol and the
// end-to-end tests' static server alike. Plain Node (the global Response), no Electron.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../content-security';

/** The scheme and host the window's page is served from: one origin, the app's alone. */
export const RENDERER_SCHEME = 'app';
export const RENDERER_HOST = 'report-desk';
export const RENDERER_URL = `${RENDERER_SCHEME}://${RENDERER_HOST}/index.html`;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

function notFound(): Response {
  // A small page rather than an empty 404, which Chromium would replace with its own error page.
  return new Response('<!doctype html><title>Not found</title><p>Not found</p>', {
    status: 404,
    headers: { ...HEADERS, 'Content-Type': 'text/html; charset=utf-8' },
  });
}

/** The file a path of the renderer's address names, or null when it would leave the folder. */
export function rendererFilePath(rendererDir: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = normalize(join(rendererDir, decoded === '/' ? 'index.html' : decoded));
  return file.startsWith(rendererDir.endsWith(sep) ? rendererDir : rendererDir + sep) ? file : null;
}

/** The response to a request for `pathname` of the renderer's address. Never throws. */
export async function rendererResponse(rendererDir: string, pathname: string): Promise<Response> {
  const file = rendererFilePath(rendererDir, pathname);
  if (file === null) return notFound();
  try {
    const body = await readFile(file);
    return new Response(body, { status: 200, headers: { ...HEADERS, 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' } });
  } catch {
    return notFound();
  }
}

/** The response to a request for one of the app's addresses (app://report-desk/…); any other host is not found. */
export function appProtocolResponse(rendererDir: string, url: string): Promise<Response> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return Promise.resolve(notFound());
  }
  if (parsed.protocol !== `${RENDERER_SCHEME}:` || parsed.host !== RENDERER_HOST) return Promise.resolve(notFound());
  return rendererResponse(rendererDir, parsed.pathname);
}
