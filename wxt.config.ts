import preact from '@preact/preset-vite';
import type { PluginOption } from 'vite';
import { defineConfig } from 'wxt';
import {
  LOCAL_ADDED_MATCHES,
  LOCAL_CLICK_MATCHES,
  LOCAL_TEST_MATCHES,
  OPTIONAL_HOST_MATCHES,
  SUPPORTED_PORTAL_MATCHES,
} from './lib/portals/hosts';
import { compactCss } from './scripts/compact-css';

/** Fixed so that Firefox tests know the moz-extension:// host and the id is stable across builds. */
export const GECKO_ID = 'coverage-lens@coverage-lens.example';

// `npm run build:e2e` builds with `--mode e2e` into .output/chrome-mv3-e2e: identical code, plus local hosts.
const EXTENSION_PAGES_CSP =
  "script-src 'self'; object-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'";

const isTestBuild = (mode: string) => mode === 'e2e';

/**
 * Puts the early-request script (entrypoints/popup-early.ts, built by WXT as /popup-early.js) first in the popup's
 * <head>, after Vite's own HTML processing (which would otherwise try to bundle it). `async`: a parser-blocking
 * script waited for its own fetch (~40 ms) and cancelled the gain; the UI copes with it running late.
 */
function popupEarlyScript(): PluginOption {
  return {
    name: 'coverage-lens:popup-early-script',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) =>
        /[\\/]popup[\\/]index\.html$/.test(context.filename)
          ? [{ tag: 'script', attrs: { src: '/popup-early.js', async: true }, injectTo: 'head-prepend' }]
          : [],
    },
  };
}

/**
 * The badges' stylesheet (components/annotations/styles.ts) is CSS in a template literal, which the JS minifier
 * leaves as written: its indentation, line breaks and the spaces around `{ } ; : ,` are dropped at build time
 * (scripts/compact-css.ts). The content script is held to 40 kB gzipped on every portal page (issue 7); the source
 * stays readable.
 */
function compactBadgeCss(): PluginOption {
  return {
    name: 'coverage-lens:compact-badge-css',
    transform(code, id) {
      if (!/components[\\/]annotations[\\/]styles\.ts$/.test(id)) return null;
      return code.replace(
        /(export const BADGE_CSS = `)([^`]*)`/,
        (_all, head: string, css: string) => `${head}${compactCss(css)}\``,
      );
    },
  };
}

const TOOLBAR_ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' };

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact(), popupEarlyScript(), compactBadgeCss()] }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
  },
  manifest: ({ browser, mode, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // public/icon/<size>.png are also the manifest `icons` (WXT finds them); the toolbar button names its own (under
    // MV2's name there: WXT's MV2 conversion keeps only the popup's fields of `action`).
    [manifestVersion === 3 ? 'action' : 'browser_action']: { default_icon: TOOLBAR_ICONS },
    // `scripting` lets a click (activeTab) run the reader on a portal we do not list; MV2 uses tabs.executeScript.
    permissions: manifestVersion === 3 ? ['storage', 'activeTab', 'scripting'] : ['storage', 'activeTab'],
    host_permissions: [
      ...SUPPORTED_PORTAL_MATCHES,
      ...(isTestBuild(mode) ? [...LOCAL_TEST_MATCHES, ...LOCAL_CLICK_MATCHES, ...LOCAL_ADDED_MATCHES] : []),
    ],
    // MV2 has no optional_host_permissions: origins go in optional_permissions there.
    ...(manifestVersion === 3
      ? { optional_host_permissions: [...OPTIONAL_HOST_MATCHES] }
      : { optional_permissions: [...OPTIONAL_HOST_MATCHES] }),
    // Strict CSP: own scripts only, and no network access at all from extension pages.
    content_security_policy:
      manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : EXTENSION_PAGES_CSP,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // data_collection_permissions needs Firefox 140 (desktop) / 142 (Android).
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The content script uses WXT's own `browser` (globalThis.browser in Firefox, chrome in Chromium: both promise-
    // based for what it calls) instead of the polyfill, which costs ~4 kB gz of its 40 kB budget on every portal page.
    // Extension pages and the background keep the polyfill.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.some((entry) => entry.type === 'content-script')) return;
      const alias = viteConfig.resolve?.alias;
      if (alias && !Array.isArray(alias) && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      } else if (Array.isArray(alias)) {
        viteConfig.resolve!.alias = alias.filter((a) => a.find !== 'wxt/browser');
      }
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (!isTestBuild(wxt.config.mode)) return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...LOCAL_TEST_MATCHES];
      }
    },
  },
});
