/**
 * The extension's privilege policy, checked against every built store manifest (scripts/test-all.ts step 4) so that a
 * config change cannot quietly widen what the extension may touch. Pure: takes a parsed manifest, returns problems.
 */
import {
  LOCAL_ADDED_MATCHES,
  LOCAL_CLICK_MATCHES,
  LOCAL_TEST_MATCHES,
  OPTIONAL_HOST_MATCHES,
  SUPPORTED_PORTAL_MATCHES,
} from '../portals/hosts';

export interface ManifestLike {
  manifest_version?: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches?: string[] }>;
  content_security_policy?: string | { extension_pages?: string };
  browser_specific_settings?: {
    gecko?: { id?: string; data_collection_permissions?: { required?: string[] } };
  };
  web_accessible_resources?: unknown[];
}

/** API permissions the extension may hold; anything else is a widening that needs a decision. */
const ALLOWED_API_PERMISSIONS = new Set(['storage', 'activeTab', 'scripting']);
const BROAD_MATCHES = new Set(['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*']);

/** The test build's hosts (LOCAL_TEST_MATCHES, LOCAL_CLICK_MATCHES, LOCAL_ADDED_MATCHES) in a manifest. */
export const LOCAL_HOSTS = /127\.0\.0\.[12]\b|localhost|portal\.added\.test/;

function cspOf(manifest: ManifestLike): string {
  const csp = manifest.content_security_policy;
  return typeof csp === 'string' ? csp : (csp?.extension_pages ?? '');
}

export function checkManifestPolicy(
  manifest: ManifestLike,
  target: { browser: 'chrome' | 'firefox'; testBuild?: boolean },
): string[] {
  const problems: string[] = [];
  const supported = new Set<string>(SUPPORTED_PORTAL_MATCHES);
  const local = new Set<string>(LOCAL_TEST_MATCHES);
  // The test build's stand-ins for a toolbar click's activeTab grant and for a portal added in Options: host
  // permissions, never manifest content scripts.
  const localHost = new Set<string>([...LOCAL_TEST_MATCHES, ...LOCAL_CLICK_MATCHES, ...LOCAL_ADDED_MATCHES]);
  const optional = new Set<string>(OPTIONAL_HOST_MATCHES);
  const permissions = manifest.permissions ?? [];

  for (const permission of permissions) {
    const isHost = permission.includes('://') || permission === '<all_urls>';
    if (isHost) {
      // MV2 lists host permissions among permissions.
      if (!supported.has(permission) && !(target.testBuild && localHost.has(permission)))
        problems.push(`host permission not in the portal list: ${permission}`);
    } else if (!ALLOWED_API_PERMISSIONS.has(permission)) {
      problems.push(`API permission not allowed: ${permission}`);
    }
  }
  for (const host of manifest.host_permissions ?? []) {
    if (!supported.has(host) && !(target.testBuild && localHost.has(host)))
      problems.push(`host permission not in the portal list: ${host}`);
  }
  for (const host of [
    ...(manifest.optional_host_permissions ?? []),
    ...(manifest.optional_permissions ?? []),
  ]) {
    if (!optional.has(host)) problems.push(`optional permission not expected: ${host}`);
  }
  for (const script of manifest.content_scripts ?? []) {
    for (const match of script.matches ?? []) {
      if (BROAD_MATCHES.has(match)) problems.push(`content script runs everywhere: ${match}`);
      else if (!supported.has(match) && !(target.testBuild && local.has(match)))
        problems.push(`content script match not in the portal list: ${match}`);
    }
  }
  if (!target.testBuild) {
    const text = JSON.stringify(manifest);
    if (LOCAL_HOSTS.test(text)) problems.push('store manifest mentions local test hosts');
  }

  const csp = cspOf(manifest);
  if (!/script-src 'self'(;|$)/.test(csp)) problems.push(`CSP script-src is not exactly 'self': ${csp}`);
  if (!/connect-src 'none'/.test(csp))
    problems.push(`CSP does not forbid network access (connect-src 'none'): ${csp}`);
  if (/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:/.test(csp))
    problems.push(`CSP allows more than own code: ${csp}`);
  if ((manifest.web_accessible_resources ?? []).length > 0)
    problems.push('web_accessible_resources exposes extension files to web pages');

  if (target.browser === 'firefox') {
    const gecko = manifest.browser_specific_settings?.gecko;
    if (!gecko?.id) problems.push('Firefox manifest has no add-on id');
    const required = gecko?.data_collection_permissions?.required ?? [];
    if (required.length !== 1 || required[0] !== 'none')
      problems.push(`Firefox data_collection_permissions must declare ['none']: ${JSON.stringify(required)}`);
  }
  return problems;
}
