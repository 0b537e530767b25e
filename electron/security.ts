// Electron's security checklist, applied in one place: the content policy as a header, no
// network, no permissions, no navigation, no new windows, no <webview>. The page's own files
// carry the policy from the app:// protocol (renderer-files.ts); this adds it to any other
// response too.
import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, isLocalRequest } from './content-security';

/** Writing to the clipboard (Copy) is the only permission the window has a use for. */
const GRANTED_PERMISSIONS = new Set<string>(['clipboard-sanitized-write']);

export function hardenSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    // Electronegativity cannot read a policy held in a constant and says it "failed to parse"; the
    // policy is content-security.ts's, and main-wiring.test.ts checks it is sent, with nothing unsafe.
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } }); // eng-disable CSP_GLOBAL_CHECK
  });
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isLocalRequest(details.url) });
  });
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(GRANTED_PERMISSIONS.has(permission)));
  session.setPermissionCheckHandler((_contents, permission) => GRANTED_PERMISSIONS.has(permission));
}

export function hardenWebContents(contents: WebContents): void {
  // A file dropped outside the drop zone would otherwise replace the app with the file.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
