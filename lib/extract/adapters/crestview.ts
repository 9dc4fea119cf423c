/**
 * Crestview member portal (fictitious brand modelled on a Blue-plan member site built on a grid component: the
 * claims grid's header is a separate table from its scrolling body, "Eligible Amount" and "Member Liability"
 * columns, detail rows under a claim; an authorizations & referrals page of cards and a referral table).
 */
import { cleanText, normalizeAuthStatus } from '../parse';
import { checkerFor, visibleText } from '../visibility';
import { brandDetection } from './detection';
import type { PortalAdapter, ReadResult } from './types';

const PORTAL_HOST = /(?:^|\.)crestviewhealth\.example$/i;
const APP_NAME = 'Crestview Member Services';

export const CRESTVIEW_URLS = {
  matches: [
    'https://members.crestviewhealth.example/member/claims',
    'https://members.crestviewhealth.example/member/authorizations?lang=es',
    'https://www.crestviewhealth.example/sites/member/claims-history',
  ],
  notMatches: [
    'https://members.crestview-health.example/member/claims',
    'https://crestviewhealth.example.co/claims',
    'https://my.beaconhealth.example/member/claims',
    'http://members.crestviewhealth.example.phish.test/claims',
  ],
} as const;

export const crestview: PortalAdapter = {
  id: 'crestview',
  ...brandDetection({ host: PORTAL_HOST, appName: APP_NAME, rootSelector: '#cv-shell.cv-app' }),
  anchors: ['#cv-shell', '.cv-member-id'],
  hints: {
    root: '.wrap',
    detailRowSelector: 'tr.k-detail-row',
    authorizationRowSelector: 'article.auth-card',
    referralRowSelector: 'table.referrals tbody tr',
    memberNameSelector: '.cv-member-name',
    memberIdSelector: '.cv-member-id',
  },
  refine: refineCrestview,
};

/**
 * What the generic reader cannot know here:
 * - this portal calls a paid claim "Approved" (its own word for claims, not the prior-authorization sense);
 * - an authorization card shows its status and its service only in its header (`.auth-status`, `header h3`), with
 *   no label. The card is found by its reference number (`data-ref`), which the generic reader read from its label.
 */
function refineCrestview(doc: Document, result: ReadResult): ReadResult {
  const checker = checkerFor(doc);
  const { snapshot } = result;
  for (const claim of snapshot.claims) {
    if (claim.statusNormalized === null && claim.status !== null && /^approved$/i.test(claim.status.trim()))
      claim.statusNormalized = 'paid';
  }
  const cards = [...doc.querySelectorAll('article.auth-card')].filter((card) => !checker.isHidden(card));
  snapshot.authorizations.forEach((auth, i) => {
    const card = cards.find((c) => c.getAttribute('data-ref') === auth.referenceNumber);
    if (!card) return;
    const path = `authorizations[${i}]`;
    const statusEl = card.querySelector('header .auth-status');
    const status = statusEl ? cleanText(visibleText(statusEl, checker, 120)) : '';
    const statusNormalized = status ? normalizeAuthStatus(status) : null;
    if (auth.status === null && statusNormalized) {
      auth.status = status;
      auth.statusNormalized = statusNormalized;
      snapshot.sources[`${path}.status`] = { label: 'Status', text: status };
    }
    const heading = card.querySelector('header h3');
    const service = heading ? cleanText(visibleText(heading, checker, 300)) : '';
    if (auth.serviceDescription === null && service) {
      auth.serviceDescription = service;
      snapshot.sources[`${path}.serviceDescription`] = { label: 'Service', text: service };
    }
  });
  return result;
}

/*
 * Tested on (test/fixtures/portals/):
 * - crestview/claims.html — split header/body grid tables, a denial detail row with codes and appeal date
 * - crestview/authorizations.html — authorization cards (all five statuses, leading-zero references), referral table
 */
