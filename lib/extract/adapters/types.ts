/**
 * The adapter interface: one file per portal family (`lib/extract/adapters/<portal>.ts`) implements `PortalAdapter`.
 *
 * An adapter does not re-implement reading: it says which pages it claims (`matchesUrl` + `detect`), which selectors
 * must exist (`anchors`, the canary for a portal redesign), gives the generic reader a few `hints`, and may `refine`
 * the result for the few facts the generic reader cannot infer.
 *
 * Documentation stays in comments, out of the content script (40 kB gz budget): the file's opening comment names the
 * portal family, and its closing "Tested on" comment lists the fixture pages it was tested on, one `- <page>` line
 * each (Refined GitHub's test-URL comments); test/unit/adapters/meta.test.ts reads that list.
 */
import type { PageSnapshot } from '../../model/snapshot';
import type { ConceptId } from '../vocabulary';

export type PageKind = 'claims' | 'benefits' | 'claim-status' | 'authorizations' | 'referrals';

/** What a read produced. `claimElements` is NOT serialisable and never leaves the content script. */
export interface ReadResult {
  snapshot: PageSnapshot;
  /** The claim row/card element of each claim, same order (and length) as `snapshot.claims`. */
  claimElements: Element[];
  /**
   * Claim rows/cards a limited read left for later (ReadOptions.claimRowLimit), in page order: the content script
   * reads further when one of them comes near the viewport, or everything when the popup asks. Absent: none.
   */
  unread?: Element[];
}

/**
 * Hints for the generic reader. Every field is optional; selectors are CSS selectors evaluated with
 * `querySelectorAll` (an invalid selector is ignored, never thrown). Anything a hint does not cover is still inferred.
 */
export interface ReaderHints {
  /** Main content root; reading is limited to it (default: `main`, `[role=main]`, or `body`). */
  root?: string;
  /** Subtrees never read (member switchers, promo banners, chat widgets). Sidebars/nav/footer are always skipped. */
  exclude?: string[];
  /**
   * Each match is one claim (a table row or a card). When given, the reader uses exactly these elements as claims
   * (visible ones only), reading label/value pairs inside each, or table cells by the column headers of its table.
   */
  claimRowSelector?: string;
  /**
   * A detail element belonging to the claim before it (an expandable row after the claim row, or a panel inside the
   * card). Matched elements are never taken as claims themselves. Their line items, CARC/RARC codes, denial reason and
   * appeal date are attached to the preceding claim. Default: inferred (rows with a single wide cell, nested tables).
   */
  detailRowSelector?: string;
  /** Inside a claim row/card: the element holding the claim number, when it has no label. */
  claimIdSelector?: string;
  /** Same for authorizations and referrals (tables or cards). */
  authorizationRowSelector?: string;
  referralRowSelector?: string;
  /** Sections whose contents are the in-network / out-of-network tier (headings and tab names are also inferred). */
  tierSections?: { inNetwork?: string; outOfNetwork?: string };
  /** Elements holding the current member's name / id when they are not labelled on the page. */
  memberNameSelector?: string;
  memberIdSelector?: string;
  /** The content script waits until this selector exists (late-rendering pages) before reading. */
  readyWhen?: string;
  /** Extra label variants per concept (normalised the same way as the built-in vocabulary; checked first). */
  labels?: Partial<Record<ConceptId, string[]>>;
  /** What this page is, when the adapter knows (otherwise inferred from what was found). */
  pageKind?: PageKind;
}

export interface PortalAdapter {
  /** e.g. 'acme-member-claims'; becomes `snapshot.portal`. */
  id: string;
  /** Pure URL predicate. */
  matchesUrl(url: URL): boolean;
  /** DOM confirmation (URL match and/or DOM markers). */
  detect(doc: Document, url: URL): boolean;
  /** CSS selectors that must exist on a page the adapter claims (the canary for a redesign). */
  anchors: string[];
  hints?: ReaderHints;
  /** The few facts the generic reader cannot infer. Must return a result whose snapshot still validates. */
  refine?(doc: Document, result: ReadResult): ReadResult;
}
