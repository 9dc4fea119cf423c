/** Where the real browsers are, and one clear line when they are not there. */
import { accessSync, constants } from 'node:fs';

export const INSTALL_HINT = "install them with 'apt-get install chromium firefox-esr' (Debian)";

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export function firefoxPath(): string {
  return process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Names of the browsers that are missing (empty when both are installed). */
export function missingBrowsers(): string[] {
  const missing: string[] = [];
  if (!isExecutable(chromiumPath())) missing.push('Chromium');
  if (!isExecutable(firefoxPath())) missing.push('Firefox');
  return missing;
}

/** Throws an Error whose message is one line naming what is missing and how to install it. */
export function requireBrowsers(which: Array<'chromium' | 'firefox'> = ['chromium', 'firefox']): void {
  const missing = missingBrowsers().filter((name) =>
    which.includes(name === 'Chromium' ? 'chromium' : 'firefox'),
  );
  if (missing.length > 0) {
    const error = new Error(`Chromium/Firefox not found: ${INSTALL_HINT}`);
    error.stack = error.message; // one line, never a trace
    throw error;
  }
}
