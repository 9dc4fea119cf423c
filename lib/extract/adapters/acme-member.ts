/**
 * AcmeHealth member portal (fictitious brand modelled on a large national insurer's member site: a single-page app
 * whose claims list arrives after the shell, rows that expand into a details panel, a member switcher, accumulator
 * progress bars and in-/out-of-network tabs).
 *
 * Reading is generic; this adapter only says where the app is, which subtree is the member switcher, and that the
 * page is ready once the app marks itself ready.
 */
import { cleanText, normalizeClaimStatus } from '../parse';
import { checkerFor, visibleText } from '../visibility';
import { brandDetection } from './detection';
import type { PortalAdapter, ReadResult } from './types';

/** Hosts of the (fictitious) production portal; local test hosts are decided by the DOM. */
const PORTAL_HOST = /(?:^|\.)acme-health\.example$/i;
const APP_NAME = 'AcmeHealth Member';

/** URLs the predicate must accept and must not (Refined GitHub style; run by the detection tests). */
export const ACME_MEMBER_URLS = {
  matches: [
    'https://member.acme-health.example/claims-and-accounts/claims',
    'https://member.acme-health.example/coverage/benefits?tab=in-network',
    'https://www.acme-health.example/member/dashboard',
  ],
  notMatches: [
    'https://acme-health.example.com/claims',
    'https://member.beaconhealth.example/claims',
    'https://www.example.com/acme-health.example/claims',
    'http://member.acme-health.example.evil.test/claims',
  ],
} as const;

export const acmeMember: PortalAdapter = {
  id: 'acme-member',
  ...brandDetection({
    host: PORTAL_HOST,
    appName: APP_NAME,
    rootSelector: '#acme-member-app[data-app="member-web"]',
  }),
  anchors: ['#acme-member-app', '[data-testid="member-card"] .member-id'],
  hints: {
    root: 'main',
    exclude: ['[data-testid="member-switcher"]', '.filters'],
    memberNameSelector: '[data-testid="member-card"] .member-name',
    memberIdSelector: '[data-testid="member-card"] .member-id',
    readyWhen: '#acme-member-app[data-state="ready"], #view[data-state="ready"]',
  },
  refine: refineAcme,
};

/**
 * What the generic reader cannot know about this app's markup:
 * - the provider cell also holds a network badge (`.prov` is the name; the badge still gives the network);
 * - the status cell also holds an "Updated <date>" line (`.status` is the status; the date is the status date);
 * - a line item's service cell starts with its procedure code in `.proc`.
 */
function refineAcme(doc: Document, result: ReadResult): ReadResult {
  const checker = checkerFor(doc);
  const { snapshot, claimElements } = result;
  const shown = (el: Element | null): string => (el ? cleanText(visibleText(el, checker, 600)) : '');
  snapshot.claims.forEach((claim, i) => {
    const row = claimElements[i];
    if (!row) return;
    const path = `claims[${i}]`;
    const provider = shown(row.querySelector('.prov'));
    if (provider) {
      claim.provider = provider;
      snapshot.sources[`${path}.provider`] = { label: 'Provider', text: provider };
    }
    const status = shown(row.querySelector('.status'));
    if (status) {
      claim.status = status;
      claim.statusNormalized = normalizeClaimStatus(status) ?? claim.statusNormalized;
      snapshot.sources[`${path}.status`] = { label: 'Claim status', text: status };
    }
    // The detail row of this claim (rendered only while expanded): one table row per line item, in order.
    const detail = row.nextElementSibling;
    if (!detail || !detail.classList.contains('claim-detail') || checker.isHidden(detail)) return;
    const serviceCells = [...detail.querySelectorAll('table.lines tbody tr')]
      .filter((tr) => !checker.isHidden(tr))
      .map((tr) => tr.querySelector('td'));
    if (serviceCells.length !== claim.lines.length) return;
    serviceCells.forEach((cell, j) => {
      const line = claim.lines[j];
      const code = shown(cell?.querySelector('.proc') ?? null);
      if (!line || !cell || !/^[A-Z0-9]{5}$/.test(code)) return;
      const whole = shown(cell);
      line.procedureCode = code;
      line.description = whole.startsWith(code) ? whole.slice(code.length).trim() || null : line.description;
      snapshot.sources[`${path}.lines[${j}].procedureCode`] = { label: 'Service', text: whole };
    });
  });
  return result;
}

/*
 * Tested on (test/fixtures/portals/):
 * - acme-member/claims.html — late claims table, expanded detail rows with line items and a denial
 * - acme-member/benefits.html — accumulators rendered late, hidden out-of-network tab
 * - acme-member/claims-spa-routes.html — pushState claims ⇄ benefits routes, filter and refresh re-renders
 */
