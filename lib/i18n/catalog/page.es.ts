/**
 * Textos en español que el background escribe para la propia página del portal (aviso de rediseño).
 */
import type { PageCatalog } from './page.en';

export const pageEs: PageCatalog = {
  'ui.notice.canary': 'Esta página cambió; puede que falten datos.',
};
