/**
 * Beacon Health member portal (fictitious brand modelled on the card-style member sites of two large national
 * insurers: claims as cards with "Your share", dates like "Mar 3, 2026", a claim-details drawer beside the list, and
 * a coverage page of definition lists with "Stop loss" and "remaining" amounts).
 */
import type { Claim } from '../../model/snapshot';
import { readGeneric } from '../generic';
import { cleanText, normalizeClaimStatus, parseDate } from '../parse';
import { checkerFor, visibleText, type VisibilityChecker } from '../visibility';
import { brandDetection } from './detection';
import type { PortalAdapter, ReadResult } from './types';

const PORTAL_HOST = /(?:^|\.)beaconhealth\.example$/i;
const APP_NAME = 'Beacon Health Member';

export const BEACON_HEALTH_URLS = {
  matches: [
    'https://my.beaconhealth.example/member/claims',
    'https://my.beaconhealth.example/member/coverage?plan=medical',
    'https://beaconhealth.example/claims/EB26W0090577',
  ],
  notMatches: [
    'https://my.beaconhealth.example.net/member/claims',
    'https://member.acme-health.example/claims',
    'https://notbeaconhealth.example.org/claims',
    'http://my.beaconhealth.example.attacker.test/member/claims',
  ],
} as const;

export const beaconHealth: PortalAdapter = {
  id: 'beacon-health',
  ...brandDetection({ host: PORTAL_HOST, appName: APP_NAME, rootSelector: '#bh-root[data-beacon-app]' }),
  anchors: ['#bh-root', '.bh-member-id'],
  hints: {
    root: '#content',
    exclude: ['.filters', '.ytd'],
    claimRowSelector: 'article.claim-card',
    memberNameSelector: '.bh-member-name',
    memberIdSelector: '.bh-member-id',
  },
  refine: refineBeacon,
};

/** "Medical claim · Processed on Aug 20, 2026", "… · Denied on Sep 2, 2026", "… · Received Nov 12, 2026". */
const KIND_LINE = /^\s*([A-Za-z]+)\s+claim\b/i;
const PROCESSED_ON = /\b(?:processed|completed|paid)\s+on\s+(.{6,20})$/i;
const DENIED_ON = /\bdenied\s+on\s+(.{6,20})$/i;
const RECEIVED = /\breceived\s+(?:on\s+)?(.{6,20})$/i;

type ClaimKey = keyof Claim;
const MERGED_FIELDS: ClaimKey[] = [
  'type',
  'dateOfService',
  'dateReceived',
  'provider',
  'network',
  'billed',
  'planDiscount',
  'allowed',
  'planPaid',
  'patientOwes',
  'status',
  'statusNormalized',
  'statusDate',
  'denialDate',
  'appealBy',
  'denialReason',
];

/**
 * What the generic reader cannot know on these pages:
 * - a claim card names its provider in the card heading and its status in a pill, both unlabelled, and puts the
 *   claim type and the status date in one line ("Medical claim · Processed on Aug 20, 2026");
 * - a denied card prints its appeal deadline in a sentence ("You can appeal by <strong>Mar 1, 2027</strong>");
 * - the details drawer sits beside the list (an `<aside>`, which the generic reader skips as a sidebar) and belongs
 *   to the card whose claim ID it shows. Its content is read by the generic reader, as a card of its own in a
 *   scratch document, and merged into that claim.
 */
function refineBeacon(doc: Document, result: ReadResult): ReadResult {
  const checker = checkerFor(doc);
  const { snapshot, claimElements } = result;
  const shown = (el: Element | null, max = 300): string =>
    el ? cleanText(visibleText(el, checker, max)) : '';
  snapshot.claims.forEach((claim, i) => {
    const card = claimElements[i];
    if (!card) return;
    const path = `claims[${i}]`;
    const set = <K extends ClaimKey>(key: K, value: Claim[K], label: string, text: string) => {
      if (claim[key] !== null || value === null) return;
      claim[key] = value;
      snapshot.sources[`${path}.${key}`] = { label, text };
    };
    const provider = shown(card.querySelector('.card-top h2'));
    if (provider) set('provider', provider, 'Provider', provider);
    const pill = shown(card.querySelector('.card-top .pill'), 60);
    if (pill && claim.status === null) {
      set('status', pill, 'Status', pill);
      set('statusNormalized', normalizeClaimStatus(pill), 'Status', pill);
    }
    const kind = shown(card.querySelector('.kind'), 120);
    const type = KIND_LINE.exec(kind)?.[1];
    if (type) set('type', type.charAt(0).toUpperCase() + type.slice(1).toLowerCase(), 'Claim', kind);
    const last = kind.split('·').pop() ?? '';
    const denied = DENIED_ON.exec(last);
    const processed = PROCESSED_ON.exec(last);
    const received = RECEIVED.exec(last);
    if (denied) {
      set('statusDate', parseDate(denied[1] ?? ''), 'Status', kind);
      set('denialDate', parseDate(denied[1] ?? ''), 'Denied on', kind);
    } else if (processed) set('statusDate', parseDate(processed[1] ?? ''), 'Status', kind);
    else if (received) set('dateReceived', parseDate(received[1] ?? ''), 'Received', kind);
    const deniedBox = card.querySelector('.denied-box');
    if (deniedBox && !checker.isHidden(deniedBox)) {
      for (const p of deniedBox.querySelectorAll('p')) {
        const sentence = shown(p);
        if (!/\bappeal by\b/i.test(sentence)) continue;
        set('appealBy', parseDate(shown(p.querySelector('strong'), 40)), 'Appeal by', sentence);
      }
    }
  });
  mergeDrawer(doc, checker, result);
  return result;
}

function mergeDrawer(doc: Document, checker: VisibilityChecker, result: ReadResult): void {
  const drawer = doc.getElementById('claim-drawer');
  if (!drawer || checker.isHidden(drawer)) return;
  const idText = cleanText(visibleText(drawer.querySelector('.drawer-claim-id') ?? drawer, checker, 60));
  const index = result.snapshot.claims.findIndex((c) => c.id === idText);
  if (index < 0) return;
  const target = result.snapshot.claims[index]!;
  // A scratch copy of the drawer's visible content, read as one claim card. The scratch document has no browsing
  // context: nothing in it runs or loads.
  const scratch = doc.implementation.createHTMLDocument('');
  const card = scratch.createElement('article');
  for (const child of drawer.children) {
    if (checker.isHidden(child)) continue;
    const copy = scratch.importNode(child, true) as Element;
    const originals = [...child.querySelectorAll('*')];
    const copies = [...copy.querySelectorAll('*')];
    originals.forEach((orig, k) => {
      if (checker.isHidden(orig)) copies[k]?.remove();
    });
    card.append(copy);
  }
  scratch.body.append(card);
  const read = readGeneric(scratch, result.snapshot.url, { hints: { claimRowSelector: 'article' } }).snapshot;
  const from = read.claims[0];
  if (!from) return;
  const sourcesFrom = (key: string) => read.sources[`claims[0].${key}`];
  const path = `claims[${index}]`;
  for (const key of MERGED_FIELDS) {
    if (target[key] !== null || from[key] === null) continue;
    (target as Record<ClaimKey, unknown>)[key] = from[key];
    const src = sourcesFrom(key);
    if (src) result.snapshot.sources[`${path}.${key}`] = src;
  }
  for (const key of ['carcCodes', 'rarcCodes', 'lines'] as const) {
    if (target[key].length > 0 || from[key].length === 0) continue;
    (target as Record<ClaimKey, unknown>)[key] = from[key];
    for (const [p, src] of Object.entries(read.sources))
      if (p.startsWith(`claims[0].${key}`))
        result.snapshot.sources[`${path}${p.slice('claims[0]'.length)}`] = src;
  }
  for (const p of read.implausible ?? [])
    (result.snapshot.implausible ??= []).push(p.replace('claims[0]', path));
}

/*
 * Tested on (test/fixtures/portals/):
 * - beacon-health/claims.html — claim cards, a denied card with its reason and appeal date, the details drawer
 * - beacon-health/coverage.html — two tiers side by side, "Stop loss", "$X remaining" under each limit
 */
