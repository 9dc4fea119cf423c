/**
 * The reader on portals the user added in Options (entrypoints/background/added-portals.ts): the run-time
 * registration always equals the granted https hosts that are not built in, in both registration APIs.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ADDED_PORTALS_SCRIPT_ID,
  syncAddedPortals,
  type AddedPortalsApi,
} from '@/entrypoints/background/added-portals';
import { addedPortalOrigins } from '@/lib/portals/hosts';

const GRANTED = [
  'https://*.uhc.com/*', // built in
  'https://member.uhc.com/*', // covered by a built-in pattern
  'http://127.0.0.1/*', // the test build's local host
  'https://*/*', // the whole optional grant: never a content-script match
  '<all_urls>',
  'https://*.example.org/*', // a wildcard: not something Options adds
  'https://portal.fernhill.example/*',
  'https://Claims.Quarry.example/*',
  'https://portal.fernhill.example/*',
];

describe('added portals', () => {
  it('are the granted single https hosts no built-in pattern covers', () => {
    expect(addedPortalOrigins(GRANTED)).toEqual([
      'https://portal.fernhill.example/*',
      'https://Claims.Quarry.example/*',
    ]);
    expect(addedPortalOrigins([])).toEqual([]);
  });
});

describe('syncAddedPortals (MV3: scripting)', () => {
  let registered: Array<{ id: string; matches: string[]; js: string[] }>;
  let origins: string[];
  const api = (): AddedPortalsApi => ({
    permissions: { getAll: async () => ({ origins }) },
    scripting: {
      getRegisteredContentScripts: vi.fn(async ({ ids } = {}) =>
        registered.filter((script) => !ids || ids.includes(script.id)),
      ),
      registerContentScripts: vi.fn(async (scripts) => {
        for (const script of scripts) {
          if (registered.some((r) => r.id === script.id))
            throw new Error(`Duplicate script ID '${script.id}'`);
          registered.push(script);
        }
      }),
      updateContentScripts: vi.fn(async (scripts) => {
        for (const script of scripts) registered = registered.map((r) => (r.id === script.id ? script : r));
      }),
      unregisterContentScripts: vi.fn(async ({ ids } = {}) => {
        registered = registered.filter((r) => ids && !ids.includes(r.id));
      }),
    },
  });

  beforeEach(() => {
    registered = [{ id: 'someone-else', matches: ['https://a.example/*'], js: ['x.js'] }];
    origins = [];
  });

  it('registers the reader on added portals, follows later grants and removals, and leaves others alone', async () => {
    origins = [...GRANTED.slice(0, 5), 'https://portal.fernhill.example/*'];
    expect(await syncAddedPortals(api())).toEqual(['https://portal.fernhill.example/*']);
    const ours = () => registered.find((r) => r.id === ADDED_PORTALS_SCRIPT_ID);
    expect(ours()).toMatchObject({
      matches: ['https://portal.fernhill.example/*'],
      js: ['content-scripts/portal.js'],
      allFrames: true,
      runAt: 'document_idle',
    });
    // Another grant: the same registration, updated (registering twice would fail).
    origins.push('https://claims.quarry.example/*');
    await syncAddedPortals(api());
    expect(ours()?.matches).toEqual(['https://portal.fernhill.example/*', 'https://claims.quarry.example/*']);
    // Every added portal removed: no registration left; another extension's script untouched.
    origins = ['https://*.uhc.com/*'];
    await syncAddedPortals(api());
    expect(ours()).toBeUndefined();
    expect(registered.map((r) => r.id)).toEqual(['someone-else']);
    // Nothing to do, nothing done.
    const quiet = api();
    await syncAddedPortals(quiet);
    expect(quiet.scripting!.registerContentScripts).not.toHaveBeenCalled();
    expect(quiet.scripting!.unregisterContentScripts).not.toHaveBeenCalled();
  });
});

describe('syncAddedPortals (Firefox MV2: contentScripts.register)', () => {
  it('replaces its registration with one for the current grants', async () => {
    const live: Array<{ matches: string[]; unregistered: boolean }> = [];
    let origins = ['https://portal.fernhill.example/*'];
    const api = (): AddedPortalsApi => ({
      permissions: { getAll: async () => ({ origins }) },
      contentScripts: {
        register: vi.fn(async (options) => {
          const entry = { matches: options.matches, unregistered: false };
          live.push(entry);
          expect(options.js).toEqual([{ file: '/content-scripts/portal.js' }]);
          return {
            unregister: () => {
              entry.unregistered = true;
            },
          };
        }),
      },
    });
    await syncAddedPortals(api());
    origins = [...origins, 'https://claims.quarry.example/*'];
    await syncAddedPortals(api());
    origins = [];
    await syncAddedPortals(api());
    expect(live).toEqual([
      { matches: ['https://portal.fernhill.example/*'], unregistered: true },
      {
        matches: ['https://portal.fernhill.example/*', 'https://claims.quarry.example/*'],
        unregistered: true,
      },
    ]);
  });
});
