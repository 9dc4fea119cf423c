/**
 * The reader on portals the user added in Options ("Add another portal"): the manifest's content script covers only
 * the built-in portals, so for each https host the user granted, the background registers the same content script at
 * run time, and keeps the registration equal to the granted hosts (at start-up, and whenever a permission is added or
 * removed, in Options or in the browser's own settings).
 *
 * MV3 (Chromium, Firefox MV3): `scripting.registerContentScripts`, one registration under a fixed id. Firefox MV2:
 * `contentScripts.register`, which lasts as long as the background page, so it is made again at each start.
 */
import { addedPortalOrigins } from '@/lib/portals/hosts';

export const ADDED_PORTALS_SCRIPT_ID = 'coverage-lens-added-portals';
/** The content script's file in the build (WXT: entrypoints/portal.content → content-scripts/portal.js). */
export const PORTAL_SCRIPT_FILE = 'content-scripts/portal.js';

interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<Array<{ id: string }>>;
  registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
  updateContentScripts(scripts: RegisteredScript[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
}
interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  allFrames: boolean;
  runAt: 'document_idle';
  persistAcrossSessions?: boolean;
}
interface ContentScriptsApi {
  register(options: {
    matches: string[];
    js: Array<{ file: string }>;
    allFrames: boolean;
    matchAboutBlank: boolean;
    runAt: 'document_idle';
  }): Promise<{ unregister(): Promise<void> | void }>;
}
export interface AddedPortalsApi {
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  scripting?: ScriptingApi;
  contentScripts?: ContentScriptsApi;
}

/** Firefox MV2's registration (it lives as long as this background page). */
let mv2Registration: { unregister(): Promise<void> | void } | null = null;

/** Makes the reader's run-time registration cover exactly the added portals; returns their patterns. */
export async function syncAddedPortals(api: AddedPortalsApi): Promise<string[]> {
  const matches = addedPortalOrigins((await api.permissions.getAll()).origins ?? []);
  if (api.scripting) {
    const scripting = api.scripting;
    const existing = await scripting.getRegisteredContentScripts({ ids: [ADDED_PORTALS_SCRIPT_ID] });
    if (matches.length === 0) {
      if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [ADDED_PORTALS_SCRIPT_ID] });
      return matches;
    }
    const script: RegisteredScript = {
      id: ADDED_PORTALS_SCRIPT_ID,
      matches,
      js: [PORTAL_SCRIPT_FILE],
      allFrames: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    };
    if (existing.length > 0) await scripting.updateContentScripts([script]);
    else await scripting.registerContentScripts([script]);
    return matches;
  }
  if (api.contentScripts) {
    await mv2Registration?.unregister();
    mv2Registration = null;
    if (matches.length > 0) {
      mv2Registration = await api.contentScripts.register({
        matches,
        js: [{ file: `/${PORTAL_SCRIPT_FILE}` }],
        allFrames: true,
        matchAboutBlank: true,
        runAt: 'document_idle',
      });
    }
  }
  return matches;
}
