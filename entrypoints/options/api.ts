/**
 * What the options page needs from the browser, as one interface: the real one talks to the background and to
 * `browser.permissions`; component tests pass a fake.
 */
import { browser } from 'wxt/browser';
import type {
  DataWipeResponse,
  ProfileExportResponse,
  ProfileResponse,
  SettingsResponse,
} from '@/lib/model/messages';
import type { MemberProfile, Settings } from '@/lib/model/profile';
import { sendMessage } from '@/entrypoints/shared/messaging';

export interface OptionsApi {
  getProfiles(): Promise<ProfileResponse>;
  saveProfile(profile: MemberProfile): Promise<ProfileResponse>;
  importProfiles(json: string): Promise<ProfileResponse>;
  exportProfiles(): Promise<ProfileExportResponse>;
  getSettings(): Promise<SettingsResponse>;
  saveSettings(settings: Settings): Promise<SettingsResponse>;
  wipe(): Promise<DataWipeResponse>;
  /** Host-permission origins granted right now. */
  grantedOrigins(): Promise<string[]>;
  /**
   * Asks for optional host permissions. Must be the first thing a click handler awaits: browsers only show the
   * prompt inside the user gesture.
   */
  requestOrigins(origins: string[]): Promise<boolean>;
  removeOrigins(origins: string[]): Promise<boolean>;
  uiLanguage(): string;
}

export function createBrowserOptionsApi(): OptionsApi {
  return {
    getProfiles: () => sendMessage({ type: 'profile:get' }),
    saveProfile: (profile) => sendMessage({ type: 'profile:save', profile }),
    importProfiles: (json) => sendMessage({ type: 'profile:import', json }),
    exportProfiles: () => sendMessage({ type: 'profile:export' }),
    getSettings: () => sendMessage({ type: 'settings:get' }),
    saveSettings: (settings) => sendMessage({ type: 'settings:save', settings }),
    wipe: () => sendMessage({ type: 'data:wipe' }),
    async grantedOrigins() {
      const all = await browser.permissions.getAll();
      return all.origins ?? [];
    },
    requestOrigins: (origins) => browser.permissions.request({ origins }),
    removeOrigins: (origins) => browser.permissions.remove({ origins }),
    uiLanguage: () => browser.i18n.getUILanguage(),
  };
}
