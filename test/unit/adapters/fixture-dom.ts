/**
 * Loads a fixture page of test/fixtures/portals/ into its own happy-dom Window, as the demo server would serve it
 * (http://127.0.0.1:4173/<family>/<file>.html), with the page's inline scripts running.
 *
 * Why a separate Window with JavaScript on: the single-page fixtures render their claims from a timer, exactly like
 * the real portals, so reading the raw HTML would test the shell, not the page. The scripts are our own fixture code
 * (no network: happy-dom's fetch is never reached because the fixtures load nothing). Timers are capped at 0 ms
 * (`timer.maxTimeout`) and `waitUntilComplete()` resolves when every timer and frame has run, so no test sleeps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'portals');
export const FIXTURE_ORIGIN = 'http://127.0.0.1:4173';

/** Every fixture page, as a path relative to FIXTURES_DIR with forward slashes (e.g. `acme-member/claims.html`). */
export function listFixturePages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) out.push(relative(FIXTURES_DIR, full).split(sep).join('/'));
    }
  };
  walk(FIXTURES_DIR);
  return out.sort();
}

export function fixtureUrl(page: string): string {
  return `${FIXTURE_ORIGIN}/${page}`;
}

export function readFixtureText(relPath: string): string {
  return readFileSync(join(FIXTURES_DIR, relPath), 'utf8');
}

export interface LoadedPage {
  window: Window;
  document: Document;
  url: URL;
  /** Run the page's timers and frames to completion (after a click, a route change…). */
  settle(): Promise<void>;
  /**
   * Resolve once `selector` matches (checked now, then on every DOM mutation), running the page's timers meanwhile;
   * reject after `limitMs`. For pages that mark themselves ready (`data-state="ready"`).
   */
  waitFor(selector: string, limitMs?: number): Promise<Element>;
  close(): Promise<void>;
}

export interface LoadOptions {
  /** Run the page's inline scripts (default true). False gives the server-rendered shell only. */
  scripts?: boolean;
  /** Edit the HTML before loading (e.g. remove an anchor for the canary test). */
  transform?: (html: string) => string;
  /** Serve the page under another URL (e.g. the portal's production host). */
  url?: string;
}

export async function loadFixture(page: string, options: LoadOptions = {}): Promise<LoadedPage> {
  const scripts = options.scripts ?? true;
  const url = options.url ?? fixtureUrl(page);
  const window = new Window({
    url,
    width: 1280,
    height: 900,
    settings: {
      enableJavaScriptEvaluation: scripts,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      // about:blank frames filled by script need a loaded frame document; srcdoc frames load regardless.
      enableIframePageLoading: true,
      timer: { maxTimeout: 0, maxIntervalTime: 0, maxIntervalIterations: -1, preventTimerLoops: false },
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: false,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: false,
      },
    },
  });
  const html = options.transform ? options.transform(readFixtureText(page)) : readFixtureText(page);
  window.document.write(html);
  const settle = async () => {
    await window.happyDOM.waitUntilComplete();
  };
  const document = window.document as unknown as Document;
  const waitFor = (selector: string, limitMs = 5000) =>
    new Promise<Element>((resolve, reject) => {
      const found = document.querySelector(selector);
      if (found) {
        resolve(found);
        return;
      }
      const observer = new window.MutationObserver(() => {
        const el = document.querySelector(selector);
        if (!el) return;
        observer.disconnect();
        clearTimeout(limit);
        resolve(el);
      });
      const limit = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`${page}: ${selector} did not appear within ${limitMs} ms`));
      }, limitMs);
      observer.observe(document.documentElement as never, {
        subtree: true,
        childList: true,
        attributes: true,
      });
      void window.happyDOM.waitUntilComplete();
    });
  await settle();
  return { window, document, url: new URL(url), settle, waitFor, close: () => window.happyDOM.close() };
}
