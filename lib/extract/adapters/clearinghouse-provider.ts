/**
 * Clearpath provider exchange (fictitious clearinghouse modelled on a multi-payer provider portal used by clinic
 * staff): a claim-status inquiry form whose results (X12 277 status categories with 835 remittance detail: line
 * rows, adjustment group and reason codes in separate cells, remark codes) are shown in a same-origin frame.
 */
import { readGeneric } from '../generic';
import { mergeResults } from '../index';
import { brandDetection } from './detection';
import type { PortalAdapter, ReadResult, ReaderHints } from './types';

const PORTAL_HOST = /(?:^|\.)clearpath-exchange\.example$/i;
const APP_NAME = 'Clearpath Provider Exchange';

export const CLEARINGHOUSE_PROVIDER_URLS = {
  matches: [
    'https://apps.clearpath-exchange.example/public/apps/claim-status/',
    'https://apps.clearpath-exchange.example/claims/status?payer=demo',
    'https://clearpath-exchange.example/provider/claim-status',
  ],
  notMatches: [
    'https://apps.clearpath-exchange.example.org/claim-status',
    'https://clearpath-exchange.com/claim-status',
    'https://members.crestviewhealth.example/member/claims',
    'http://apps.clearpath-exchange.example.badhost.test/claim-status',
  ],
} as const;

export const clearinghouseProvider: PortalAdapter = {
  id: 'clearinghouse-provider',
  ...brandDetection({ host: PORTAL_HOST, appName: APP_NAME, rootSelector: '#cp-app[data-cp-module]' }),
  anchors: ['#cp-app', 'iframe#cs-results'],
  hints: {
    root: '.cp-main',
    exclude: ['form.search'],
    pageKind: 'claim-status',
  },
  refine: refineClearinghouse,
};

/** How the results frame is read: one claim per `article.claim`, and this portal's label for the status date. */
const RESULTS_FRAME_HINTS: ReaderHints = {
  claimRowSelector: 'article.claim',
  labels: { 'claim.statusDate': ['Status Effective Date'] },
  pageKind: 'claim-status',
};

/**
 * The inquiry results live in the same-origin frame `iframe#cs-results` (a `srcdoc` frame, or a blank frame the app
 * writes into). The frame is read here with the hints above and merged into the page; the generic frame pass of
 * `readFrames` then finds these claims already present.
 */
function refineClearinghouse(doc: Document, result: ReadResult): ReadResult {
  const frame = doc.querySelector('iframe#cs-results');
  let inner: Document | null = null;
  try {
    inner = (frame as HTMLIFrameElement | null)?.contentDocument ?? null;
  } catch {
    // Cross-origin: not ours to read.
  }
  if (!inner?.body || frame?.hasAttribute('hidden')) return result;
  const framed = readGeneric(inner, result.snapshot.url, {
    hints: RESULTS_FRAME_HINTS,
    portal: result.snapshot.portal,
  });
  const { canary: _canary, ...merged } = mergeResults({ ...result, canary: null }, framed);
  return merged;
}

/*
 * Tested on (test/fixtures/portals/):
 * - clearinghouse-provider/claim-status.html — results in a srcdoc frame: an F2 denial and an F1 payment
 * - clearinghouse-provider/claim-status-blank-iframe.html — results written late into an about:blank frame
 */
