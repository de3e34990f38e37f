/**
 * Reloads the app at its first screen. Reloading the address that failed would fail the same
 * way (a broken deep link, an id that crashes a page), and the Electron window has no Back button.
 */
export function reloadAtHome() {
  window.history.replaceState(null, '', '#/');
  window.location.reload();
}
