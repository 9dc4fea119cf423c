/**
 * The English parts every extension page uses (popup, options, shared components), registered on import so an
 * English page renders at once. Spanish is loaded on demand (lib/i18n/load.ts); letters by the letters view.
 */
import { registerCatalog } from './core';
import { badgeEn } from './catalog/badge.en';
import { pageEn } from './catalog/page.en';
import { presentEn } from './catalog/present.en';
import { uiEn } from './catalog/ui.en';

registerCatalog('en', 'ui', uiEn);
registerCatalog('en', 'page', pageEn);
registerCatalog('en', 'present', presentEn);
registerCatalog('en', 'badge', badgeEn);
