/**
 * English strings the background writes for the portal page itself (beside the badges): the redesign canary note.
 * Also shown in the popup's notices. A part of its own so the background bundles no other UI strings.
 */
export const pageEn = {
  'ui.notice.canary': 'This page changed; facts may be incomplete.',
};

export type PageCatalog = Record<keyof typeof pageEn, string>;
