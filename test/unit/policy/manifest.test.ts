import { describe, expect, it } from 'vitest';
import { SUPPORTED_PORTAL_MATCHES } from '../../../lib/portals/hosts';
import { checkManifestPolicy, type ManifestLike } from '../../../lib/policy/manifest';

const CSP = "script-src 'self'; object-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'";

function chromeManifest(): ManifestLike {
  return {
    manifest_version: 3,
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: [...SUPPORTED_PORTAL_MATCHES],
    optional_host_permissions: ['https://*/*'],
    content_scripts: [{ matches: [...SUPPORTED_PORTAL_MATCHES] }],
    content_security_policy: { extension_pages: CSP },
  };
}

function firefoxMv2Manifest(): ManifestLike {
  return {
    manifest_version: 2,
    permissions: ['storage', 'activeTab', ...SUPPORTED_PORTAL_MATCHES],
    optional_permissions: ['https://*/*'],
    content_scripts: [{ matches: [...SUPPORTED_PORTAL_MATCHES] }],
    content_security_policy: CSP,
    browser_specific_settings: { gecko: { id: 'x@y', data_collection_permissions: { required: ['none'] } } },
  };
}

describe('manifest privilege policy', () => {
  it('accepts the intended store manifests', () => {
    expect(checkManifestPolicy(chromeManifest(), { browser: 'chrome' })).toEqual([]);
    expect(checkManifestPolicy(firefoxMv2Manifest(), { browser: 'firefox' })).toEqual([]);
  });

  it("accepts the test build's stand-in hosts as host permissions only, never for a content script", () => {
    const m = chromeManifest();
    m.host_permissions!.push('http://127.0.0.2/*', 'https://portal.added.test/*');
    expect(checkManifestPolicy(m, { browser: 'chrome', testBuild: true })).toEqual([]);
    expect(checkManifestPolicy(m, { browser: 'chrome' }).join('\n')).toMatch(/127\.0\.0\.2/);
    m.content_scripts![0]!.matches!.push('http://127.0.0.2/*');
    expect(checkManifestPolicy(m, { browser: 'chrome', testBuild: true })).toEqual([
      'content script match not in the portal list: http://127.0.0.2/*',
    ]);
  });

  it('accepts local hosts only in the test build', () => {
    const m = chromeManifest();
    m.content_scripts![0]!.matches!.push('http://127.0.0.1/*');
    expect(checkManifestPolicy(m, { browser: 'chrome', testBuild: true })).toEqual([]);
    expect(checkManifestPolicy(m, { browser: 'chrome' }).join('\n')).toMatch(/127\.0\.0\.1/);
  });

  it.each([
    ['an <all_urls> content script', (m: ManifestLike) => m.content_scripts![0]!.matches!.push('<all_urls>')],
    [
      'a host outside the portal list',
      (m: ManifestLike) => m.host_permissions!.push('https://*.example.org/*'),
    ],
    ['an extra API permission', (m: ManifestLike) => m.permissions!.push('tabs')],
    [
      'a CSP allowing eval',
      (m: ManifestLike) => (m.content_security_policy = { extension_pages: CSP + " 'unsafe-eval'" }),
    ],
    [
      'a CSP allowing network access',
      (m: ManifestLike) => (m.content_security_policy = { extension_pages: "script-src 'self'" }),
    ],
    [
      'remote script in the CSP',
      (m: ManifestLike) =>
        (m.content_security_policy = {
          extension_pages: "script-src 'self' https://cdn.example; connect-src 'none'",
        }),
    ],
    [
      'web-accessible resources',
      (m: ManifestLike) => (m.web_accessible_resources = [{ resources: ['x.js'] }]),
    ],
  ])('rejects %s', (_name, widen) => {
    const m = chromeManifest();
    widen(m);
    expect(checkManifestPolicy(m, { browser: 'chrome' }).length).toBeGreaterThan(0);
  });

  it('requires the Firefox add-on id and a data collection declaration of none', () => {
    const m = firefoxMv2Manifest();
    m.browser_specific_settings = { gecko: { data_collection_permissions: { required: ['healthInfo'] } } };
    const problems = checkManifestPolicy(m, { browser: 'firefox' }).join('\n');
    expect(problems).toMatch(/add-on id/);
    expect(problems).toMatch(/data_collection_permissions/);
  });
});
