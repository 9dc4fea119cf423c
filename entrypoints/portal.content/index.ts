import { SUPPORTED_PORTAL_MATCHES } from '@/lib/portals/hosts';

export default defineContentScript({
  matches: [...SUPPORTED_PORTAL_MATCHES],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main() {},
});
