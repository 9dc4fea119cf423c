/**
 * The detection every portal adapter shares: its own https host (the URL alone claims the page, and the adapter's
 * anchors then act as the redesign canary), or, on a local test host (the demo portal, saved pages), the portal's
 * own DOM markers — its `application-name` meta or a distinctive app root.
 */
import type { PortalAdapter } from './types';

const LOCAL_HOST = /^(?:127\.0\.0\.1|localhost)$/i;

export interface BrandMarkers {
  /** The portal's own hosts, e.g. /(?:^|\.)acme-health\.example$/i. */
  host: RegExp;
  /** Its `<meta name="application-name">` content. */
  appName: string;
  /** A selector for its app root. */
  rootSelector: string;
}

export function brandDetection(markers: BrandMarkers): Pick<PortalAdapter, 'matchesUrl' | 'detect'> {
  const onOwnHost = (url: URL) => url.protocol === 'https:' && markers.host.test(url.hostname);
  return {
    matchesUrl: (url) => onOwnHost(url) || LOCAL_HOST.test(url.hostname),
    detect: (doc, url) =>
      doc.querySelector('meta[name="application-name"]')?.getAttribute('content') === markers.appName ||
      doc.querySelector(markers.rootSelector) !== null ||
      onOwnHost(url),
  };
}
