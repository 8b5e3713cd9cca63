import type { App, Session } from 'electron';

/**
 * The page never gets a camera, a notification, a new window or another address: whatever a bug or an
 * injected script asks for is refused here, in the process the page cannot reach.
 */
export function lockDown(app: App, session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
