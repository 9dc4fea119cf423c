/**
 * The structure-aware reader: finds plan facts, claims, authorizations and referrals on pages it has never seen.
 *
 * One top-down walk over the page (hidden subtrees pruned, sidebars/nav/footer/banners/menus skipped) recognises:
 * - tables, with or without `<thead>` (header from `th` cells or a label-like first row; a header-only table followed
 *   by a body-only table with the same column count is joined), with detail rows under claim rows (an expandable row
 *   or a nested table holding line items, adjustment/remark codes, the denial reason, an appeal date);
 * - benefit matrices (rows "Deductible", columns "In-network"/"Out-of-network", or the other way round);
 * - definition lists, label/value pairs in adjacent elements or in one element ("Deductible: $500 of $1,500"),
 *   `aria-label`/`aria-labelledby`/`aria-describedby` labels, progress bars next to their text;
 * - card lists: repeated sibling blocks, each with label/value pairs (one claim or authorization per card).
 *
 * Context comes from headings, section/tab names and labels: the network tier (in/out of network), individual vs family,
 * and whether a section lists claims, authorizations or referrals. Hidden content, inactive tab panels included, never
 * produces a value: an out-of-network tab that is not shown is not read (the content script re-reads when the user
 * opens it). Totals rows and `<tfoot>` are never claims.
 *
 * Every value records its provenance in `snapshot.sources[path] = {label, text}`: the visible text it was parsed from.
 * Text from the page is only ever kept as text.
 */
import type { AmountMet, Authorization, Claim, ClaimLine, PageSnapshot, Tier } from '../model/snapshot';
import { emptyAuthorization, emptyClaim, emptyClaimLine, emptySnapshot, emptyTier } from './empty';
import type { ReadResult, ReaderHints } from './adapters/types';
import {
  cleanText,
  combineGroupReason,
  findDates,
  findDatesDayFirst,
  isNoValue,
  normalizeAuthStatus,
  normalizeClaimStatus,
  parseAccumulator,
  parseCodes,
  parseCount,
  parseDate,
  parseDateRange,
  parseIdentifier,
  parseMemberShare,
  parseMoneyDetailed,
  DATE_AMBIGUOUS,
  DATE_MONTH_FIRST_ONLY,
  DATE_DAY_FIRST_ONLY,
  numericDateOrders,
  saysDayFirst,
  parseNetwork,
  parsePlanType,
  moneyTokens,
} from './parse';
import {
  isStrongLabel,
  labelQualifiers,
  matchConcept,
  normalizeLabel,
  type ConceptId,
  type Domain,
  type Scope,
} from './vocabulary';
import { VisibilityChecker, visibleText, type VisibilityMode } from './visibility';

export interface ReadOptions {
  hints?: ReaderHints;
  /** `snapshot.portal` (adapter id); default `generic`. */
  portal?: string;
  visibilityMode?: VisibilityMode;
  /** The visibility checker of this read (shared with the adapter's refine); default: a new one. */
  checker?: VisibilityChecker;
  /** Read numeric dates day first (decided by readGeneric from the page's dates; tests may force it). */
  dayFirst?: boolean;
  /**
   * Long claim lists are read as they are needed (issue 7): at most this many claim rows or cards are read, the
   * others are left for a later read (`ReadResult.unread`, `snapshot.unreadRows`). A list that is at most
   * WHOLE_LIST_SLACK longer than what is left to read is read whole. Default: no limit.
   */
  claimRowLimit?: number;
}

/** Bounds that keep a hostile or enormous page from costing unbounded time or memory. */
export const LIMITS = {
  maxClaims: 2000,
  maxAuthorizations: 500,
  maxLinesPerClaim: 100,
  maxElements: 150_000,
  maxDepth: 200,
  maxTableRows: 6000,
  maxValueChars: 500,
  maxCellChars: 1000,
};

/** A claims list this much longer than `claimRowLimit` is still read whole (no "more to read" for a few rows). */
export const WHOLE_LIST_SLACK = 150;

type SectionKind = 'claim' | 'auth' | 'referral' | 'plan' | null;
type NetworkCtx = 'in-network' | 'out-of-network' | null;

interface Ctx {
  network: NetworkCtx;
  scope: Scope | null;
  kind: SectionKind;
  /** A tier concept named by a heading ("Deductible"), for pairs labelled only "Individual"/"Family". */
  tierConcept: ConceptId | null;
}

interface Pair {
  label: string;
  text: string;
  valueEl: Element;
}

const ROOT_CTX: Ctx = { network: null, scope: null, kind: null, tierConcept: null };

const SKIP_TAGS = new Set([
  'NAV',
  'ASIDE',
  'FOOTER',
  'SELECT',
  'OPTION',
  'DATALIST',
  'BUTTON',
  'INPUT',
  'TEXTAREA',
  'SVG',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'OBJECT',
  'EMBED',
  'MENU',
]);
const SKIP_ROLES = new Set([
  'navigation',
  'complementary',
  'contentinfo',
  'banner',
  'search',
  'menu',
  'menubar',
  'listbox',
  'alert',
  'marquee',
  'tooltip',
]);
const SKIP_CLASS =
  /(?:^|[-_\s])(?:banner|promo|promotion|advert|advertisement|announcement|marketing|sidebar|side-bar|breadcrumbs?|site-footer|site-nav|cookie|chat-widget)(?:$|[-_\s])/i;
const STRUCTURAL_TAGS = new Set([
  'MAIN',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'FORM',
  'FIELDSET',
  'UL',
  'OL',
  'TABLE',
  'DL',
  'BODY',
]);
const STRUCTURAL_SELECTOR =
  'main, section, article, header, footer, form, fieldset, ul, ol, table, dl, h1, h2, h3, h4, h5, h6';
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'CAPTION', 'LEGEND', 'SUMMARY']);
const INLINE_TAGS = new Set([
  'SPAN',
  'STRONG',
  'B',
  'EM',
  'I',
  'SMALL',
  'ABBR',
  'A',
  'LABEL',
  'SUP',
  'SUB',
  'MARK',
  'TIME',
  'DATA',
  'CODE',
  'U',
  'S',
  'BDI',
  'BDO',
  'Q',
  'CITE',
  'DFN',
  'KBD',
  'SAMP',
  'VAR',
  'OUTPUT',
  'FONT',
  'BR',
  'WBR',
]);
const TOTALS_ROW =
  /^(?:grand\s+)?(?:totals?|subtotals?|sum|summary|all claims|total\s+(?:for|of)\b.*|totals?\s*\(.*\)|totales?)\s*:?$/i;
const MONEY_CONCEPTS = new Set<ConceptId>([
  'claim.billed',
  'claim.planDiscount',
  'claim.allowed',
  'claim.planPaid',
  'claim.patientOwes',
]);

const LABEL_DOMAINS: readonly Domain[] = ['member', 'plan', 'tier', 'claim', 'auth', 'line'];

/** Claim fields a value shown outside the claim's own row or card may fill (when the claim has none). */
const MERGED_CLAIM_FIELDS = [
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
  'statusDate',
  'denialDate',
  'appealBy',
  'denialReason',
] as const;

function tierKey(network: 'in-network' | 'out-of-network'): 'inNetwork' | 'outOfNetwork' {
  return network === 'in-network' ? 'inNetwork' : 'outOfNetwork';
}

function sectionKindFromText(text: string): SectionKind {
  const s = normalizeLabel(text);
  if (!s || s.length > 120) return null;
  if (/\breferral/.test(s) || /\breferido/.test(s)) return 'referral';
  if (
    /\b(?:authori[sz]ation|prior auth|pre auth|preauth|precert|pre cert|pre service|predetermination|autorizacion)/.test(
      s,
    )
  )
    return 'auth';
  if (/\b(?:claims?|reclamos?|reclamaciones|eob|explanation of benefits)\b/.test(s)) return 'claim';
  if (
    /\b(?:benefits?|coverage|deductible|out of pocket|accumulators?|plan (?:summary|details|overview)|spending)\b/.test(
      s,
    )
  )
    return 'plan';
  return null;
}

function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c && out.length < 20000; c = c.nextElementSibling) out.push(c);
  return out;
}

function safeQueryAll(root: ParentNode, selector: string | undefined): Element[] {
  if (!selector) return [];
  try {
    return Array.from(root.querySelectorAll(selector)).slice(0, 20000);
  } catch {
    return [];
  }
}

/**
 * The reader for one read of one document. Its members are ES private (`#`): the minifier shortens those names, and
 * that is 0.5 kB of the content script's 40 kB gzip budget (issue 7); measured the same speed as public ones.
 */
class Reader {
  readonly snapshot: PageSnapshot;
  readonly claimElements: Element[] = [];
  /** Claim rows/cards left unread by `claimRowLimit`, in page order (what to watch for coming near). */
  readonly unread: Element[] = [];
  /** Claim rows/cards that may still be read (decreases per claim row or card read). */
  #claimRowsLeft: number;
  readonly #checker: VisibilityChecker;
  readonly #hints: ReaderHints;
  readonly #doc: Document;
  readonly #excluded = new Set<Element>();
  readonly #hintedClaims = new Set<Element>();
  readonly #hintedDetails = new Set<Element>();
  readonly #hintedAuths = new Set<Element>();
  readonly #hintedReferrals = new Set<Element>();
  readonly #consumed = new WeakSet<Element>();
  readonly #inNetworkSections = new Set<Element>();
  readonly #outNetworkSections = new Set<Element>();
  #elementsSeen = 0;
  #sourceCount = 0;
  /** Claim id → index, for duplicate detection without a scan per row. */
  readonly #claimIndex = new Map<string, number>();
  #pendingHeader: { labels: string[]; table: Element } | null = null;
  readonly #remaining: Array<{
    path: string;
    network: 'in-network' | 'out-of-network';
    label: string;
    text: string;
    concept: 'deductible' | 'outOfPocket';
    scope: Scope;
    value: number;
  }> = [];
  readonly #looseClaim: Array<{ concept: ConceptId; pair: Pair }> = [];
  readonly #looseAuth: Array<{ concept: ConceptId; pair: Pair; referral: boolean }> = [];
  #memberSelectCandidate: { name: string; text: string; label: string } | null = null;
  readonly #dayFirst: boolean;
  /** `numericDateOrders` bits of every date read. */
  dateOrders = 0;

  constructor(doc: Document, url: string, opts: ReadOptions) {
    this.#doc = doc;
    this.#hints = opts.hints ?? {};
    this.#checker = opts.checker ?? new VisibilityChecker(doc, opts.visibilityMode);
    this.snapshot = emptySnapshot(url, opts.portal ?? 'generic');
    this.#dayFirst = opts.dayFirst ?? false;
    this.#claimRowsLeft = opts.claimRowLimit ?? Infinity;
    for (const sel of this.#hints.exclude ?? [])
      for (const e of safeQueryAll(doc, sel)) this.#excluded.add(e);
    for (const e of safeQueryAll(doc, this.#hints.claimRowSelector)) this.#hintedClaims.add(e);
    this.#startClaimList(this.#hintedClaims.size);
    for (const e of safeQueryAll(doc, this.#hints.detailRowSelector)) this.#hintedDetails.add(e);
    for (const e of safeQueryAll(doc, this.#hints.authorizationRowSelector)) this.#hintedAuths.add(e);
    for (const e of safeQueryAll(doc, this.#hints.referralRowSelector)) this.#hintedReferrals.add(e);
    for (const e of safeQueryAll(doc, this.#hints.tierSections?.inNetwork)) this.#inNetworkSections.add(e);
    for (const e of safeQueryAll(doc, this.#hints.tierSections?.outOfNetwork))
      this.#outNetworkSections.add(e);
  }

  // ---- helpers ----------------------------------------------------------------------------------------------------

  /** A date as this page writes them (day/month/year on a page that does); notes which orders its dates allow. */
  #date(text: string): string | null {
    this.dateOrders |= numericDateOrders(text);
    return parseDate(text, this.#dayFirst);
  }

  #dateRange(text: string): { from: string | null; to: string | null } {
    this.dateOrders |= numericDateOrders(text);
    return parseDateRange(text, this.#dayFirst);
  }

  #text(el: Element, max = LIMITS.maxCellChars): string {
    return visibleText(el, this.#checker, max);
  }

  #match(label: string, domains: readonly Domain[]) {
    return matchConcept(label, domains, this.#hints.labels);
  }

  #warn(message: string): void {
    const w = (this.snapshot.warnings ??= []);
    if (w.length < 50 && !w.includes(message)) w.push(message);
  }

  /** A claims list of `size` rows/cards starts: read whole when it is at most the slack beyond what is left. */
  #startClaimList(size: number): void {
    if (size <= this.#claimRowsLeft + WHOLE_LIST_SLACK)
      this.#claimRowsLeft = Math.max(this.#claimRowsLeft, size);
  }

  /** Whether the next claim row/card is read (and counts it), or is left for a later read. */
  #takeClaimRow(): boolean {
    if (this.#claimRowsLeft <= 0) return false;
    this.#claimRowsLeft--;
    return true;
  }

  #flagImplausible(path: string, text: string): void {
    const list = (this.snapshot.implausible ??= []);
    if (list.length < 200 && !list.includes(path)) list.push(path);
    this.#warn(`Implausible amount not used for ${path}: '${cleanText(text, 80)}'`);
  }

  #source(path: string, label: string, text: string): void {
    if (this.#sourceCount++ > 40_000) return;
    this.snapshot.sources[path] = {
      label: cleanIfNeeded(label, 200),
      text: cleanIfNeeded(text, LIMITS.maxValueChars),
    };
  }

  #isSkipped(el: Element): boolean {
    if (this.#excluded.has(el)) return true;
    if (SKIP_TAGS.has(el.tagName)) return true;
    const role = el.getAttribute('role');
    if (role && SKIP_ROLES.has(role)) return true;
    const cls = el.getAttribute('class');
    if (cls && cls.length < 500 && SKIP_CLASS.test(cls)) return true;
    return false;
  }

  /** Context an element itself gives (section/region/tab-panel names, hinted tier sections). */
  #ownContext(el: Element, ctx: Ctx): Ctx {
    let next = ctx;
    if (this.#inNetworkSections.has(el)) next = { ...next, network: 'in-network' };
    if (this.#outNetworkSections.has(el)) next = { ...next, network: 'out-of-network' };
    const aria = el.getAttribute('aria-label');
    if (aria) next = this.#contextFromHeading(aria, next);
    const labelledBy = el.getAttribute('aria-labelledby');
    if (
      labelledBy &&
      (el.getAttribute('role') === 'tabpanel' ||
        el.tagName === 'SECTION' ||
        el.getAttribute('role') === 'region')
    ) {
      next = this.#contextFromHeading(this.#idsText(labelledBy), next);
    }
    return next;
  }

  #idsText(ids: string): string {
    const parts: string[] = [];
    for (const id of ids.split(/\s+/).slice(0, 5)) {
      if (!id) continue;
      const target = this.#doc.getElementById(id);
      if (target) parts.push(cleanText(target.textContent ?? '', 200));
    }
    return parts.join(' ');
  }

  #contextFromHeading(text: string, ctx: Ctx): Ctx {
    const s = cleanText(text, 200);
    if (!s) return ctx;
    const q = labelQualifiers(s);
    const kind = sectionKindFromText(s);
    const tier = this.#match(s, ['tier']);
    return {
      network: q.network ?? ctx.network,
      scope: q.scope ?? ctx.scope,
      kind: kind ?? ctx.kind,
      tierConcept:
        tier && (tier.concept === 'deductible' || tier.concept === 'outOfPocket')
          ? tier.concept
          : kind
            ? null
            : ctx.tierConcept,
    };
  }

  /** Heading text of a child, if the child is (or only wraps) a heading, or is a tab list with a selected tab. */
  #headingText(child: Element): string | null {
    if (HEADING_TAGS.has(child.tagName) || child.getAttribute('role') === 'heading')
      return this.#text(child, 200);
    if (child.getAttribute('role') === 'tablist') {
      const selected = child.querySelector(
        '[aria-selected="true"], [aria-current="page"], [aria-current="true"]',
      );
      return selected ? this.#text(selected, 200) : null;
    }
    if (child.tagName === 'HEADER' || child.tagName === 'DIV') {
      // A wrapper around a heading (`<div class="card-header"><h3>…</h3></div>`): look a few levels down only.
      let inner: Element | null = child.firstElementChild;
      for (let depth = 0; inner && depth < 4; depth++) {
        if (HEADING_TAGS.has(inner.tagName) || inner.getAttribute('role') === 'heading') {
          const t = this.#text(child, 200);
          return t.length <= 100 && !child.querySelector('table, dl, [role="progressbar"], progress, meter')
            ? t
            : null;
        }
        inner = inner.firstElementChild;
      }
    }
    return null;
  }

  // ---- the walk -----------------------------------------------------------------------------------------------------

  read(root: Element): void {
    this.#walk(root, ROOT_CTX, 0);
    this.#finishLooseClaim();
    this.#finishLooseAuth();
    this.#finishRemaining();
    this.#finishMember();
  }

  #walk(el: Element, parentCtx: Ctx, depth: number): void {
    if (depth > LIMITS.maxDepth || this.#elementsSeen++ > LIMITS.maxElements) return;
    if (this.#consumed.has(el)) return;
    if (el.tagName === 'SELECT') this.#considerMemberSelect(el);
    if (this.#isSkipped(el)) return;
    if (this.#checker.isSelfHidden(el)) {
      this.#checker.remember(el, true);
      return;
    }
    this.#checker.remember(el, false);
    const ctx = this.#ownContext(el, parentCtx);
    const tag = el.tagName;
    if (this.#hintedClaims.has(el) && tag !== 'TR') {
      this.#readCard(el, ctx, 'claim');
      return;
    }
    if ((this.#hintedAuths.has(el) || this.#hintedReferrals.has(el)) && tag !== 'TR') {
      this.#readCard(el, ctx, this.#hintedReferrals.has(el) ? 'referral' : 'auth');
      return;
    }
    if (tag === 'TABLE' || isAriaTable(el)) {
      this.#readTable(el, ctx);
      return;
    }
    if (tag === 'DL') {
      for (const p of this.#dlPairs(el)) this.#routePair(p, ctx);
      return;
    }
    if (el.getAttribute('role') === 'progressbar' || tag === 'PROGRESS' || tag === 'METER') {
      this.#readProgress(el, ctx);
      return;
    }
    const children = childElements(el);
    if (children.length >= 2 && this.#tryCardList(el, children, ctx)) return;

    // A labelled element whose label comes from ARIA.
    const ariaPair = this.#ariaPair(el);
    if (ariaPair && this.#routePair(ariaPair, ctx)) return;
    // "Label: value" or <span>Label</span><span>value</span> within one inline-only element.
    const leaves = this.#leafPair(el, children, ctx.tierConcept);
    if (leaves.length > 0) {
      let used = false;
      for (const leaf of leaves) if (this.#routePair(leaf, ctx)) used = true;
      if (used) return;
    }
    // "Label: value" text runs between block children (mixed content).
    if (children.length > 0) for (const p of this.#inlineRunPairs(el)) this.#routePair(p, ctx);
    // Label element followed by its value element.
    let local = ctx;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      const heading = this.#headingText(child);
      if (heading !== null && !this.#isSkipped(child) && !this.#checker.isSelfHidden(child)) {
        local = this.#contextFromHeading(heading, ctx);
        continue;
      }
      const next = children[i + 1];
      if (next) {
        const pair = this.#siblingPair(child, next, local.tierConcept);
        if (pair && this.#routePair(pair, local)) {
          i++;
          continue;
        }
      }
      this.#walk(child, local, depth + 1);
    }
  }

  // ---- pairs ----------------------------------------------------------------------------------------------------

  #isLabelLike(el: Element): string | null {
    if (this.#checker.isHidden(el)) return null;
    if (el.querySelector('table, dl, ul, ol, [role="progressbar"]')) return null;
    const t = this.#text(el, 120);
    if (!t || t.length > 80) return null;
    return t;
  }

  /** A label names a concept, or qualifies the concept a heading named ("Individual" under "Deductible"). */
  #labelOk(label: string, tierConcept: ConceptId | null): boolean {
    const m = this.#match(label, LABEL_DOMAINS);
    if (m) return isStrongLabel(label, m);
    if (!tierConcept) return false;
    const q = labelQualifiers(label);
    return Boolean(q.scope || q.network || q.part) && normalizeLabel(label).split(' ').length <= 4;
  }

  #siblingPair(labelEl: Element, valueEl: Element, tierConcept: ConceptId | null = null): Pair | null {
    if (this.#checker.isHidden(valueEl) || this.#checker.isHidden(labelEl)) return null;
    // Labels and values are small: never a landmark, a section, a list or anything holding one.
    if (
      STRUCTURAL_TAGS.has(valueEl.tagName) ||
      STRUCTURAL_TAGS.has(labelEl.tagName) ||
      HEADING_TAGS.has(valueEl.tagName)
    )
      return null;
    if (valueEl.firstElementChild && valueEl.querySelector(STRUCTURAL_SELECTOR)) return null;
    if (this.#isSkipped(valueEl)) return null;
    const label = this.#isLabelLike(labelEl);
    if (!label) return null;
    // "Label: value" inside the first element is a pair of its own, not a label for the next one.
    const colon = label.indexOf(':');
    if (colon >= 0 && label.slice(colon + 1).trim() !== '') return null;
    // "Claim #E-1001" is a value with its label, not a label: labels carry no identifiers.
    if (hasIdentifierDigits(label) || moneyTokens(label, false).length > 0 || findDates(label).length > 0)
      return null;
    // A progress bar reads its own neighbourhood.
    if (
      valueEl.matches('[role="progressbar"], progress, meter') ||
      valueEl.querySelector('[role="progressbar"], progress, meter')
    )
      return null;
    if (!this.#labelOk(label, tierConcept)) return null;
    const text = this.#text(valueEl, 400);
    if (!text || text.length > 300) return null;
    if (/:\s*$/.test(text) && !/\d/.test(text)) return null;
    return { label: label.replace(/\s*:\s*$/, ''), text, valueEl };
  }

  /** `<p><b>Deductible:</b> $500 of $1,500</p>`, `<div><span>Deductible</span><span>$500</span></div>`, "Label: value". */
  #leafPair(el: Element, children: Element[], tierConcept: ConceptId | null = null): Pair[] {
    if (children.length > 12) return [];
    for (const c of children) if (!INLINE_TAGS.has(c.tagName)) return [];
    const full = this.#text(el, 2000);
    if (!full) return [];
    // Several label/value spans in one line container (`<span>Specialist</span><span>$45</span><span>Urgent…`).
    if (children.length >= 4) {
      const visible = children.filter((c) => !this.#checker.isHidden(c));
      const pairs: Pair[] = [];
      for (let i = 0; i + 1 < visible.length; i++) {
        const pair = this.#siblingPair(visible[i]!, visible[i + 1]!, tierConcept);
        if (pair) {
          pairs.push(pair);
          i++;
        }
      }
      if (pairs.length >= 2) return pairs;
    }
    const first = children.find((c) => !this.#checker.isHidden(c));
    if (first && full.length <= 300) {
      const label = this.#text(first, 120).replace(/\s*:\s*$/, '');
      if (label && full.startsWith(label) && full.length > label.length && !/[·•|]/.test(full)) {
        const value = full
          .slice(label.length)
          .replace(/^\s*:\s*/, '')
          .trim();
        if (value && this.#labelOk(label, tierConcept)) return [{ label, text: value, valueEl: el }];
      }
    }
    return this.#colonPairs(full, el, tierConcept);
  }

  /**
   * "Label: value" segments of one text, separated by `·`, `•` or `|` ("Member: Sky · Member ID: XZ1"). A lone
   * segment may be long (a denial reason); the value is bounded later.
   */
  #colonPairs(text: string, valueEl: Element, tierConcept: ConceptId | null = null): Pair[] {
    const pairs: Pair[] = [];
    const segments = text.split(/\s[·•|]\s|\s[·•|]$|^[·•|]\s/).slice(0, 12);
    for (const raw of segments.length === 1 ? this.#splitAtLabels(segments[0]!) : segments) {
      const segment = raw.trim();
      const colon = segment.indexOf(':');
      if (colon <= 0 || colon > 60) continue;
      const label = segment.slice(0, colon).trim();
      const value = segment.slice(colon + 1).trim();
      // Values are short, except free-text reasons (bounded later).
      if (value.length > 300 && !/reason|explanation|remark|motivo|raz[oó]n/i.test(label)) continue;
      if (value && this.#labelOk(label, tierConcept)) pairs.push({ label, text: value, valueEl });
    }
    return pairs;
  }

  /**
   * "Claim status: F1 Status effective date: 11/06/2026 Claim frequency: 1": several "Label: value" parts separated
   * only by spaces. The text is cut before each later "Label:" whose label (the last one to six words before the
   * colon) names a concept; a colon after anything else stays in the value.
   */
  #splitAtLabels(segment: string): string[] {
    const first = segment.indexOf(': ');
    if (first < 0 || segment.indexOf(': ', first + 2) < 0) return [segment];
    const parts: string[] = [];
    let partStart = 0;
    let from = first + 2;
    for (let colon = segment.indexOf(': ', from); colon >= 0 && parts.length < 12;) {
      const between = segment.slice(from, colon);
      const words = between.split(' ');
      // The longest label that is exactly a variant ("Member ID", not "Person Member ID"), else the longest one.
      let exact = 0;
      let loose = 0;
      for (let k = Math.min(6, words.length - 1); k >= 1 && exact === 0; k--) {
        const label = words.slice(words.length - k).join(' ');
        if (!this.#labelOk(label, null)) continue;
        if ((this.#match(label, LABEL_DOMAINS)?.score ?? 0) >= 1000) exact = k;
        else if (loose === 0) loose = k;
      }
      const k = exact || loose;
      const cut = k > 0 ? from + words.slice(0, words.length - k).join(' ').length + 1 : -1;
      if (cut > from) {
        parts.push(segment.slice(partStart, cut).trim());
        partStart = cut;
      }
      from = colon + 2;
      colon = segment.indexOf(': ', from);
    }
    parts.push(segment.slice(partStart).trim());
    return parts;
  }

  /**
   * Mixed content: runs of text and inline elements between block children, each read as "Label: value" when it has
   * its own text (runs made only of elements are handled as sibling pairs).
   */
  #inlineRunPairs(el: Element): Pair[] {
    const pairs: Pair[] = [];
    let run: string[] = [];
    let hasText = false;
    let count = 0;
    const flush = () => {
      if (hasText && run.length) {
        pairs.push(...this.#colonPairs(cleanText(run.join(''), 2000), el));
      }
      run = [];
      hasText = false;
    };
    for (let n = el.firstChild; n && count++ < 500; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const t = n.nodeValue ?? '';
        if (t.trim()) hasText = true;
        run.push(t);
      } else if (n.nodeType === 1) {
        const e = n as Element;
        if (INLINE_TAGS.has(e.tagName) && e.tagName !== 'BR') {
          if (!this.#checker.isSelfHidden(e)) run.push(this.#text(e, 300));
        } else flush();
      }
    }
    flush();
    return pairs;
  }

  #ariaPair(el: Element): Pair | null {
    const labelAttr = el.getAttribute('aria-label');
    const by = el.getAttribute('aria-labelledby');
    const described = el.getAttribute('aria-describedby');
    if (!labelAttr && !by && !described) return null;
    const role = el.getAttribute('role');
    if (STRUCTURAL_TAGS.has(el.tagName)) return null;
    if (
      el.tagName === 'SECTION' ||
      role === 'region' ||
      role === 'tabpanel' ||
      role === 'group' ||
      role === 'list'
    )
      return null;
    const text = this.#text(el, 400);
    if (!text || text.length > 300 || !/\d/.test(text)) return null;
    for (const label of [
      labelAttr ?? '',
      by ? this.#idsText(by) : '',
      described ? this.#idsText(described) : '',
    ]) {
      const l = cleanText(label, 120);
      if (l && this.#match(l, ['member', 'plan', 'tier', 'claim', 'auth'])) {
        // The value is the element's own text minus a repeated label.
        const value = text.startsWith(l) ? text.slice(l.length).replace(/^\s*:\s*/, '') : text;
        if (value) return { label: l, text: value, valueEl: el };
      }
    }
    return null;
  }

  #dlPairs(dl: Element): Pair[] {
    const pairs: Pair[] = [];
    let label: string | null = null;
    const visit = (parent: Element) => {
      for (const c of childElements(parent)) {
        if (this.#checker.isHidden(c)) continue;
        if (c.tagName === 'DT') label = this.#text(c, 120).replace(/\s*:\s*$/, '');
        else if (c.tagName === 'DD' && label) {
          const text = this.#text(c, LIMITS.maxCellChars);
          if (text) pairs.push({ label, text, valueEl: c });
        } else if (c.tagName === 'DIV') visit(c);
      }
    };
    visit(dl);
    return pairs;
  }

  /** Every label/value pair inside a subtree (cards, claim details), without routing. */
  #collectPairs(root: Element, budget = 400): { pairs: Pair[]; tables: Element[] } {
    const pairs: Pair[] = [];
    const tables: Element[] = [];
    let seen = 0;
    const visit = (el: Element, depth: number) => {
      if (seen++ > budget || depth > 30) return;
      if (this.#checker.isSelfHidden(el) || this.#isSkipped(el)) return;
      if (el.tagName === 'TABLE') {
        tables.push(el);
        return;
      }
      if (el.tagName === 'DL') {
        pairs.push(...this.#dlPairs(el));
        return;
      }
      const children = childElements(el);
      const aria = el !== root ? this.#ariaPair(el) : null;
      if (aria) {
        pairs.push(aria);
        return;
      }
      const leaves = this.#leafPair(el, children);
      if (leaves.length > 0) {
        pairs.push(...leaves);
        return;
      }
      if (children.length > 0) pairs.push(...this.#inlineRunPairs(el));
      for (let i = 0; i < children.length; i++) {
        const child = children[i]!;
        const next = children[i + 1];
        if (next) {
          const pair = this.#siblingPair(child, next);
          if (pair) {
            pairs.push(pair);
            i++;
            continue;
          }
        }
        visit(child, depth + 1);
      }
    };
    visit(root, 0);
    return { pairs, tables };
  }

  /** Route a loose pair (outside tables/cards) by its concept. Returns whether it was used. */
  #routePair(pair: Pair, ctx: Ctx): boolean {
    const domains: Domain[] =
      ctx.kind === 'auth' || ctx.kind === 'referral'
        ? ['member', 'plan', 'tier', 'auth']
        : ctx.kind === 'claim'
          ? ['member', 'plan', 'tier', 'claim']
          : ['member', 'plan', 'tier', 'claim', 'auth'];
    let m = this.#match(pair.label, domains);
    if (!m && ctx.tierConcept) {
      const q = labelQualifiers(pair.label);
      if (q.scope || q.network || q.part) m = { concept: ctx.tierConcept, score: 1, variant: '' };
    }
    if (!m) return false;
    const c = m.concept;
    if (c.startsWith('member.')) return this.#setMember(c, pair);
    if (c.startsWith('plan.')) return this.#setPlan(c, pair);
    if (c.startsWith('claim.')) {
      if (this.#looseClaim.length < 60) this.#looseClaim.push({ concept: c, pair });
      return true;
    }
    if (c.startsWith('auth.')) {
      if (this.#looseAuth.length < 60)
        this.#looseAuth.push({
          concept: c,
          pair,
          referral: ctx.kind === 'referral' || /referr/.test(m.variant),
        });
      return true;
    }
    if (c.startsWith('line.')) return false;
    return this.#setTier(c, pair, ctx);
  }

  // ---- member and plan --------------------------------------------------------------------------------------------

  #setMember(concept: ConceptId, pair: Pair): boolean {
    const text = cleanText(pair.text, 200);
    if (!text || isNoValue(text)) return false;
    if (concept === 'member.name') {
      if (this.snapshot.member.name !== null) return true;
      if (/\d{3,}|\$/.test(text)) return false;
      this.snapshot.member.name = text;
      this.#source('member.name', pair.label, pair.text);
      return true;
    }
    if (this.snapshot.member.id !== null) return true;
    const id = parseIdentifier(text);
    if (!id) return false;
    this.snapshot.member.id = id;
    this.#source('member.id', pair.label, pair.text);
    return true;
  }

  #considerMemberSelect(select: Element): void {
    if (this.#memberSelectCandidate || this.#checker.isHidden(select)) return;
    const labelText = [
      select.getAttribute('aria-label') ?? '',
      select.getAttribute('name') ?? '',
      select.id ? (this.#doc.querySelector(`label[for="${CSS_escape(select.id)}"]`)?.textContent ?? '') : '',
      select.getAttribute('aria-labelledby')
        ? this.#idsText(select.getAttribute('aria-labelledby') ?? '')
        : '',
    ].join(' ');
    const norm = normalizeLabel(labelText);
    if (!/\b(?:member|members|patient|viewing|dependent|family member|subscriber|miembro)\b/.test(norm))
      return;
    const options = select.querySelectorAll('option');
    let chosen: Element | null = null;
    for (let i = 0; i < options.length && i < 100; i++) {
      const o = options[i]!;
      if (o.hasAttribute('selected') || (o as HTMLOptionElement).selected) chosen = o;
    }
    chosen ??= options[0] ?? null;
    if (!chosen) return;
    const name = cleanText(chosen.textContent ?? '', 200);
    if (name && !/\$/.test(name))
      this.#memberSelectCandidate = { name, text: name, label: cleanText(labelText, 80) || 'Member' };
  }

  #finishMember(): void {
    if (this.snapshot.member.name === null && this.#hints.memberNameSelector) {
      const el = safeQueryAll(this.#doc, this.#hints.memberNameSelector).find(
        (e) => !this.#checker.isHidden(e),
      );
      const t = el ? this.#text(el, 200) : '';
      if (t) {
        this.snapshot.member.name = cleanText(t, 200);
        this.#source('member.name', 'Member', t);
      }
    }
    if (this.snapshot.member.id === null && this.#hints.memberIdSelector) {
      const el = safeQueryAll(this.#doc, this.#hints.memberIdSelector).find(
        (e) => !this.#checker.isHidden(e),
      );
      const t = el ? this.#text(el, 200) : '';
      const id = parseIdentifier(t);
      if (id) {
        this.snapshot.member.id = id;
        this.#source('member.id', 'Member ID', t);
      }
    }
    if (this.snapshot.member.name === null && this.#memberSelectCandidate) {
      const c = this.#memberSelectCandidate;
      // Name only: "Jane Doe (Self)" → "Jane Doe".
      this.snapshot.member.name = cleanText(
        c.name.replace(/\s*\((?:self|subscriber|you|spouse|child|dependent)\)\s*$/i, ''),
        200,
      );
      this.#source('member.name', c.label, c.text);
    }
  }

  #setPlan(concept: ConceptId, pair: Pair): boolean {
    const plan = this.snapshot.plan;
    const text = pair.text;
    if (isNoValue(text)) return false;
    switch (concept) {
      case 'plan.name': {
        if (plan.name !== null) return true;
        if (/^\$|^\d/.test(text.trim())) return false;
        plan.name = cleanText(text, 200);
        this.#source('plan.name', pair.label, text);
        if (plan.type === null) {
          const type = parsePlanType(text);
          if (type) {
            plan.type = type;
            this.#source('plan.type', pair.label, text);
          }
        }
        return true;
      }
      case 'plan.type': {
        const type = parsePlanType(text);
        if (!type) return false;
        plan.type = type;
        this.#source('plan.type', pair.label, text);
        return true;
      }
      case 'plan.year': {
        const { from, to } = this.#dateRange(text);
        if (!from) return false;
        if (plan.planYear.start === null) {
          plan.planYear.start = from;
          this.#source('plan.planYear.start', pair.label, text);
        }
        if (plan.planYear.end === null && to && to !== from) {
          plan.planYear.end = to;
          this.#source('plan.planYear.end', pair.label, text);
        }
        return true;
      }
      case 'plan.yearStart':
      case 'plan.yearEnd': {
        this.dateOrders |= numericDateOrders(text);
        const dates = this.#dayFirst ? findDatesDayFirst(text) : findDates(text);
        const key = concept === 'plan.yearStart' ? 'start' : 'end';
        const d = dates[0];
        if (!d) return false;
        if (plan.planYear[key] === null) {
          plan.planYear[key] = d;
          this.#source(`plan.planYear.${key}`, pair.label, text);
        }
        // "Effective 01/01/2025 - 12/31/2025"
        if (key === 'start' && dates[1] && plan.planYear.end === null) {
          plan.planYear.end = dates[1];
          this.#source('plan.planYear.end', pair.label, text);
        }
        return true;
      }
      case 'plan.network': {
        const n = parseNetwork(text);
        if (!n) return false;
        plan.network = n;
        this.#source('plan.network', pair.label, text);
        return true;
      }
    }
    return false;
  }

  #tier(network: 'in-network' | 'out-of-network'): Tier {
    if (network === 'in-network') return this.snapshot.plan.inNetwork;
    return (this.snapshot.plan.outOfNetwork ??= emptyTier());
  }

  #setTier(concept: ConceptId, pair: Pair, ctx: Ctx, extraQualifierText = ''): boolean {
    const q = labelQualifiers(`${pair.label} ${extraQualifierText}`);
    const network = q.network ?? ctx.network ?? 'in-network';
    const scope: Scope = q.scope ?? ctx.scope ?? 'individual';
    const tier = this.#tier(network);
    const base = `plan.${tierKey(network)}`;
    const text = pair.text;
    if (concept === 'deductible' || concept === 'outOfPocket') {
      const acc = parseAccumulator(text, q.part);
      const target: AmountMet = tier[concept][scope];
      const path = `${base}.${concept}.${scope}`;
      if (acc.implausible) this.#flagImplausible(`${path}.amount`, text);
      let used = false;
      if (acc.amount !== null && target.amount === null) {
        target.amount = acc.amount;
        this.#source(`${path}.amount`, pair.label, text);
        used = true;
      }
      if (acc.met !== null && target.met === null) {
        target.met = acc.met;
        this.#source(`${path}.met`, pair.label, text);
        used = true;
      }
      if (acc.remaining !== null && acc.met === null) {
        this.#remaining.push({
          path,
          network,
          label: pair.label,
          text,
          concept,
          scope,
          value: acc.remaining,
        });
        used = true;
      }
      return used || acc.implausible;
    }
    if (concept === 'coinsurance' || concept === 'planShare') {
      const share = parseMemberShare(text, concept === 'planShare');
      if (share === null) return false;
      // A share stated as the member's wins over one converted from the plan's share.
      const path = `${base}.coinsurance`;
      if (
        tier.coinsurance === null ||
        (concept === 'coinsurance' &&
          this.snapshot.sources[path]?.label &&
          /plan|insurance|we pay/i.test(this.snapshot.sources[path]?.label ?? ''))
      ) {
        tier.coinsurance = share;
        this.#source(path, pair.label, text);
      }
      return true;
    }
    const copayKey = (
      {
        'copay.primaryCare': 'primaryCare',
        'copay.specialist': 'specialist',
        'copay.urgentCare': 'urgentCare',
        'copay.emergency': 'emergency',
        'copay.telehealth': 'telehealth',
      } as Partial<Record<ConceptId, keyof Tier['copays']>>
    )[concept];
    if (copayKey) {
      const value = parseCopay(text);
      if (value.implausible) this.#flagImplausible(`${base}.copays.${copayKey}`, text);
      if (value.value === null) return value.implausible;
      if (tier.copays[copayKey] === null || tier.copays[copayKey] === undefined) {
        tier.copays[copayKey] = value.value;
        this.#source(`${base}.copays.${copayKey}`, pair.label, text);
      }
      return true;
    }
    return false;
  }

  #finishRemaining(): void {
    for (const r of this.#remaining) {
      const target = this.#tier(r.network)[r.concept][r.scope];
      if (target.met === null && target.amount !== null && r.value <= target.amount && r.value >= 0) {
        target.met = Math.round((target.amount - r.value) * 100) / 100;
        this.#source(`${r.path}.met`, r.label, r.text);
      }
    }
  }

  // ---- progress bars ------------------------------------------------------------------------------------------------

  #readProgress(bar: Element, ctx: Ctx): void {
    const container = bar.parentElement;
    if (!container) return;
    const label =
      cleanText(bar.getAttribute('aria-label') ?? '', 120) ||
      (bar.getAttribute('aria-labelledby') ? this.#idsText(bar.getAttribute('aria-labelledby') ?? '') : '');
    const containerText = this.#text(container, 400);
    let labelText = label;
    if (!labelText || !this.#match(labelText, ['tier'])) {
      // The nearest label: the container's text before the first amount, or the preceding heading context.
      const firstMoney = moneyTokens(containerText, false)[0];
      const before = firstMoney ? containerText.slice(0, firstMoney.start) : containerText;
      const candidate = cleanText(before.replace(/[:\s]+$/, ''), 120);
      if (candidate && this.#match(candidate, ['tier'])) labelText = candidate;
    }
    const concept = labelText ? this.#match(labelText, ['tier'])?.concept : ctx.tierConcept;
    if (!concept) return;
    // Only numbers also printed as text count (the contract: a value's text is on the page).
    const valueText =
      labelText && containerText.startsWith(labelText)
        ? containerText.slice(labelText.length).trim()
        : containerText;
    const acc = parseAccumulator(valueText, null);
    const tokens = moneyTokens(valueText, false).map((t) => t.value);
    const now = Number(bar.getAttribute('aria-valuenow') ?? bar.getAttribute('value'));
    const max = Number(bar.getAttribute('aria-valuemax') ?? bar.getAttribute('max'));
    const pair: Pair = { label: labelText || 'progress', text: valueText, valueEl: bar };
    if (
      Number.isFinite(now) &&
      Number.isFinite(max) &&
      max > 0 &&
      tokens.includes(now) &&
      tokens.includes(max) &&
      acc.met === null
    ) {
      // "$1,250 $3,000" next to a bar: aria-valuenow/valuemax say which is which.
      const q = labelQualifiers(labelText);
      const network = q.network ?? ctx.network ?? 'in-network';
      const scope = q.scope ?? ctx.scope ?? 'individual';
      if (concept !== 'deductible' && concept !== 'outOfPocket') return;
      const target = this.#tier(network)[concept][scope];
      const path = `plan.${tierKey(network)}.${concept}.${scope}`;
      if (target.met === null) {
        target.met = now;
        this.#source(`${path}.met`, pair.label, valueText);
      }
      if (target.amount === null) {
        target.amount = max;
        this.#source(`${path}.amount`, pair.label, valueText);
      }
      return;
    }
    this.#setTier(concept, pair, ctx);
  }

  // ---- tables -------------------------------------------------------------------------------------------------------

  #tableRows(table: Element): Array<{ row: Element; section: string }> {
    if (table.tagName !== 'TABLE') return this.#ariaTableRows(table);
    const rows: Array<{ row: Element; section: string }> = [];
    for (const child of childElements(table)) {
      if (rows.length >= LIMITS.maxTableRows) break;
      if (child.tagName === 'TR') rows.push({ row: child, section: 'TBODY' });
      else if (child.tagName === 'THEAD' || child.tagName === 'TBODY' || child.tagName === 'TFOOT') {
        for (const r of childElements(child)) {
          if (r.tagName === 'TR') rows.push({ row: r, section: child.tagName });
          if (rows.length >= LIMITS.maxTableRows) break;
        }
      }
    }
    return rows;
  }

  /**
   * Rows of an ARIA table or grid (`role="table"` → `role="rowgroup"` → `role="row"`, no `<table>`): the rows inside
   * it that are not inside a nested table. A row made only of column headers is the header (`THEAD`).
   */
  #ariaTableRows(table: Element): Array<{ row: Element; section: string }> {
    const rows: Array<{ row: Element; section: string }> = [];
    for (const row of safeQueryAll(table, '[role="row"]')) {
      if (rows.length >= LIMITS.maxTableRows) break;
      let owner: Element | null = row.parentElement;
      while (owner && owner !== table && owner.tagName !== 'TABLE' && !isAriaTable(owner))
        owner = owner.parentElement;
      if (owner !== table) continue;
      const cells = this.#cells(row);
      const header = cells.length > 0 && cells.every((c) => c.getAttribute('role') === 'columnheader');
      rows.push({ row, section: header ? 'THEAD' : 'TBODY' });
    }
    return rows;
  }

  #cells(row: Element): Element[] {
    if (row.tagName === 'TR')
      return childElements(row).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
    return childElements(row).filter((c) => ARIA_CELL_ROLES.has(c.getAttribute('role') ?? ''));
  }

  /** Column labels with colspans expanded (a hidden cell keeps its column, labelled ''). */
  #expandedLabels(cells: Element[]): string[] {
    const out: string[] = [];
    for (const c of cells) {
      const span = Math.min(Math.max(Number(c.getAttribute('colspan')) || 1, 1), 50);
      const t = this.#checker.isSelfHidden(c) ? '' : this.#text(c, 200);
      for (let i = 0; i < span; i++) out.push(t);
    }
    return out;
  }

  #columnCount(cells: Element[]): number {
    let n = 0;
    for (const c of cells) n += colspan(c);
    return n;
  }

  #looksLikeHeaderRow(cells: Element[]): boolean {
    if (cells.length < 2) return false;
    if (cells.every((c) => c.tagName === 'TH' || c.getAttribute('role') === 'columnheader')) return true;
    let labelled = 0;
    for (const c of cells) {
      const t = this.#text(c, 120);
      if (!t) continue;
      if (moneyTokens(t, false).length > 0 || findDates(t).length > 0) return false;
      if (this.#match(t, ['claim', 'auth', 'line', 'tier'])) labelled++;
    }
    return labelled >= Math.max(2, Math.ceil(cells.length * 0.6));
  }

  #readTable(table: Element, ctx: Ctx): void {
    const rows = this.#tableRows(table).filter(({ row }) => !this.#checker.isSelfHidden(row));
    if (rows.length === 0) return;
    let header: string[] | null = null;
    let dataStart = 0;
    const theadRows = rows.filter((r) => r.section === 'THEAD');
    if (theadRows.length > 0) {
      // The header row with the most cells (multi-row headers: the detailed row).
      let best = theadRows[0]!;
      for (const r of theadRows) if (this.#cells(r.row).length > this.#cells(best.row).length) best = r;
      header = this.#expandedLabels(this.#cells(best.row));
      dataStart = rows.findIndex((r) => r.section !== 'THEAD');
      if (dataStart < 0) dataStart = rows.length;
    } else if (this.#looksLikeHeaderRow(this.#cells(rows[0]!.row))) {
      header = this.#expandedLabels(this.#cells(rows[0]!.row));
      dataStart = 1;
    }
    const dataRows = rows.slice(dataStart).filter((r) => r.section !== 'TFOOT');
    if (header && dataRows.length === 0) {
      // A header-only table: the next body-only table with the same column count uses it.
      this.#pendingHeader = { labels: header, table };
      return;
    }
    if (!header && this.#pendingHeader) {
      const firstCells = this.#cells(dataRows[0]?.row ?? rows[0]!.row);
      if (this.#columnCount(firstCells) === this.#pendingHeader.labels.length)
        header = this.#pendingHeader.labels;
    }
    this.#pendingHeader = null;
    if (this.#doc && rows.some((r) => this.#hintedClaims.has(r.row))) {
      this.#readRecordTable(table, header ?? [], dataRows, ctx, 'claim');
      return;
    }
    if (rows.some((r) => this.#hintedAuths.has(r.row) || this.#hintedReferrals.has(r.row))) {
      const referral = rows.some((r) => this.#hintedReferrals.has(r.row));
      this.#readRecordTable(table, header ?? [], dataRows, ctx, referral ? 'referral' : 'auth');
      return;
    }
    if (header) {
      const kind = this.#tableKind(header, ctx);
      if (kind === 'claim' && this.#isLineTableOfOnlyClaim(header)) {
        // Service lines of a claim-status page, in their own table below the claim.
        this.#readLineTable(table, 0);
        this.#consumed.add(table);
        return;
      }
      if (kind) {
        this.#readRecordTable(table, header, dataRows, ctx, kind);
        return;
      }
      if (this.#readMatrix(header, dataRows, ctx)) return;
    }
    // Key/value table: each row "label | value" (or "label | value | value" under network columns).
    for (const { row } of header ? dataRows : rows) {
      const cells = this.#cells(row).filter((c) => !this.#checker.isSelfHidden(c));
      if (cells.length < 2) continue;
      const label = this.#text(cells[0]!, 120);
      const text = this.#text(cells[1]!, 400);
      if (label && text)
        this.#routePair({ label: label.replace(/\s*:\s*$/, ''), text, valueEl: cells[1]! }, ctx);
    }
  }

  /**
   * A table of service lines (a procedure-code column, no claim-number column) when the page has shown exactly one
   * claim so far, which has no lines yet: its rows are that claim's lines, not claims.
   */
  #isLineTableOfOnlyClaim(header: string[]): boolean {
    const claim = this.snapshot.claims.length === 1 ? this.snapshot.claims[0] : undefined;
    if (!claim || claim.lines.length > 0) return false;
    let procedure = false;
    for (const h of header) {
      if (!h) continue;
      if (this.#match(h, ['claim'])?.concept === 'claim.id') return false;
      if (this.#match(h, ['line'])?.concept === 'line.procedureCode') procedure = true;
    }
    return procedure;
  }

  #tableKind(header: string[], ctx: Ctx): 'claim' | 'auth' | 'referral' | null {
    const claimConcepts = new Set<ConceptId>();
    const authConcepts = new Set<ConceptId>();
    let referralWords = false;
    for (const h of header) {
      if (!h) continue;
      const c = this.#match(h, ['claim']);
      if (c) claimConcepts.add(c.concept);
      const a = this.#match(h, ['auth']);
      if (a) {
        authConcepts.add(a.concept);
        if (/referr/.test(a.variant)) referralWords = true;
      }
    }
    const claimMoney = [...claimConcepts].some((c) => MONEY_CONCEPTS.has(c));
    const claimOk = claimConcepts.size >= 2 && (claimMoney || claimConcepts.has('claim.id'));
    const authOk =
      authConcepts.size >= 2 &&
      (authConcepts.has('auth.referenceNumber') || authConcepts.has('auth.status')) &&
      (authConcepts.has('auth.referenceNumber') ||
        ctx.kind === 'auth' ||
        ctx.kind === 'referral' ||
        !claimMoney);
    const claimScore = claimConcepts.size + (ctx.kind === 'claim' ? 2 : 0) + (claimMoney ? 1 : 0);
    const authScore = authConcepts.size + (ctx.kind === 'auth' || ctx.kind === 'referral' ? 2 : 0);
    if (claimOk && (!authOk || claimScore >= authScore)) return 'claim';
    if (authOk) return ctx.kind === 'referral' || referralWords ? 'referral' : 'auth';
    return null;
  }

  /** Benefits matrix: row labels and column headers together name concept + qualifiers. */
  #readMatrix(header: string[], dataRows: Array<{ row: Element }>, ctx: Ctx): boolean {
    const headConcept = this.#match(header[0] ?? '', ['tier']);
    let used = false;
    let tierRows = 0;
    for (const { row } of dataRows) {
      const cells = this.#cells(row);
      if (cells.length < 2) continue;
      const rowLabel = this.#text(cells[0]!, 120);
      const rowConcept = this.#match(rowLabel, ['tier']);
      if (!rowConcept && !headConcept) continue;
      tierRows++;
      let col = this.#columnCount(cells.slice(0, 1));
      for (let i = 1; i < cells.length; i++) {
        const cell = cells[i]!;
        const colLabel = header[col] ?? '';
        col += colspan(cell);
        if (this.#checker.isSelfHidden(cell)) continue;
        const text = this.#text(cell, 400);
        if (!text) continue;
        const concept =
          rowConcept?.concept ?? this.#match(colLabel, ['tier'])?.concept ?? headConcept?.concept;
        if (!concept) continue;
        const label = cleanText(`${rowLabel} ${colLabel}`, 200);
        const qualifierText = `${colLabel} ${headConcept ? header[0] : ''}`;
        if (this.#setTier(concept, { label, text, valueEl: cell }, ctx, qualifierText)) used = true;
      }
    }
    return used || tierRows > 0;
  }

  #readRecordTable(
    table: Element,
    header: string[],
    dataRows: Array<{ row: Element; section: string }>,
    ctx: Ctx,
    kind: 'claim' | 'auth' | 'referral',
  ): void {
    const domains: Domain[] = kind === 'claim' ? ['claim'] : ['auth'];
    const concepts = header.map((h) => (h ? (this.#match(h, domains)?.concept ?? null) : null));
    const columns = header.length;
    let lastRecord: number | null = null;
    const layout = this.#spanLayout(table, dataRows);
    const hintsGiven =
      kind === 'claim'
        ? this.#hintedClaims.size > 0
        : this.#hintedAuths.size + this.#hintedReferrals.size > 0;
    if (kind === 'claim')
      this.#startClaimList(
        hintsGiven ? dataRows.filter((d) => this.#hintedClaims.has(d.row)).length : dataRows.length,
      );
    for (let r = 0; r < dataRows.length; r++) {
      const { row } = dataRows[r]!;
      if (this.#checker.isSelfHidden(row)) continue;
      // Visible row (its section included; the walk decided the table): its shown cells' text is read directly.
      const rowShown = !this.#checker.isHidden(row);
      const isHintedRecord =
        kind === 'claim'
          ? this.#hintedClaims.has(row)
          : this.#hintedAuths.has(row) || this.#hintedReferrals.has(row);
      const cells = this.#cells(row);
      if (layout?.continued[r]) {
        // A row under a cell that spans rows adds cells to the record above it.
        if (kind === 'claim' && lastRecord !== null)
          this.#mergeIntoClaim(
            lastRecord,
            this.#rowPairs(cells, layout.starts[r]!, concepts, header, rowShown),
          );
        continue;
      }
      const isDetail =
        this.#hintedDetails.has(row) ||
        (!isHintedRecord &&
          ((cells.length === 1 && columns > 1) ||
            (columns > 2 && cells.length > 0 && this.#columnCount(cells) < columns / 2) ||
            row.querySelector('table') !== null ||
            (hintsGiven && !isHintedRecord)));
      if (isDetail) {
        if (kind === 'claim' && lastRecord !== null) this.#readClaimDetail(row, lastRecord);
        continue;
      }
      if (this.#isTotalsRow(row, cells)) continue;
      if (kind === 'claim' && !this.#takeClaimRow()) {
        // The limit is reached at a record (its detail rows above stayed with their claim): the rest waits. Rows
        // that may be claims are kept (hinted ones; else any row but a one-cell detail row).
        for (let rest = r; rest < dataRows.length; rest++) {
          const restRow = dataRows[rest]!.row;
          if (hintsGiven ? this.#hintedClaims.has(restRow) : this.#mayBeRecord(restRow, columns))
            this.unread.push(restRow);
        }
        break;
      }
      const pairs = this.#rowPairs(cells, layout?.starts[r] ?? null, concepts, header, rowShown);
      if (kind === 'claim') {
        const index = this.#addClaim(pairs, row);
        if (index !== null) lastRecord = index;
      } else {
        this.#addAuth(pairs, kind === 'referral');
      }
    }
    this.#consumed.add(table);
  }

  /** A cheap look at a row not read: not a detail row (one cell under several columns, as the read decides). */
  #mayBeRecord(row: Element, columns: number): boolean {
    const cells = (row as HTMLTableRowElement).cells?.length ?? this.#cells(row).length;
    return cells > 1 || (cells === 1 && columns < 2);
  }

  /** The concept/value pairs of a record row: each cell under its column's concept (`starts`: rowspan layout). */
  #rowPairs(
    cells: Element[],
    starts: number[] | null,
    concepts: Array<ConceptId | null>,
    header: string[],
    rowShown: boolean,
  ): Array<{ concept: ConceptId; pair: Pair }> {
    const pairs: Array<{ concept: ConceptId; pair: Pair }> = [];
    let col = 0;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      const idx = starts ? (starts[i] ?? col) : col;
      col = idx + colspan(cell);
      const concept = concepts[idx];
      if (!concept || this.#checker.isSelfHidden(cell)) continue;
      // A shown row's shown cell: its text is read directly (no ancestor check).
      const text = rowShown
        ? this.#checker.textOf(cell, LIMITS.maxCellChars)
        : this.#text(cell, LIMITS.maxCellChars);
      if (!text) continue;
      pairs.push({ concept, pair: { label: header[idx] ?? '', text, valueEl: cell } });
    }
    return pairs;
  }

  /** Row layout of a table whose cells span rows, else null (one cheap query for tables without any). */
  #spanLayout(
    table: Element,
    rows: Array<{ row: Element }>,
  ): { starts: number[][]; continued: boolean[] } | null {
    if (!table.querySelector('[rowspan], [aria-rowspan]')) return null;
    return rowLayout(rows.map(({ row }) => this.#cells(row)));
  }

  #isTotalsRow(row: Element, cells: Element[]): boolean {
    const cls = row.getAttribute('class') ?? '';
    if (/(?:^|[-_\s])(?:totals?|subtotal|summary-row|grand-total)(?:$|[-_\s])/i.test(cls)) return true;
    for (const c of cells.slice(0, 3)) {
      const t = this.#text(c, 80);
      if (!t) continue;
      // Whole-cell match only: "Total Care Clinic" is a provider, not a totals row.
      if (TOTALS_ROW.test(t)) return true;
      break;
    }
    return false;
  }

  // ---- claims -------------------------------------------------------------------------------------------------------

  /** Builds a claim from concept/pair values; returns its index, or null when the row is not a claim. */
  #addClaim(pairs: Array<{ concept: ConceptId; pair: Pair }>, el: Element): number | null {
    if (this.snapshot.claims.length >= LIMITS.maxClaims) {
      this.#warn(`More than ${LIMITS.maxClaims} claims on the page: the rest were not read.`);
      return null;
    }
    const { claim, src, facts, implausible } = this.#buildClaim(pairs);
    if (
      facts < 2 &&
      !(claim.id !== 'pending-id' && facts >= 1 && (claim.status !== null || claim.dateOfService !== null))
    ) {
      return null;
    }
    if (claim.id === 'pending-id') {
      if (claim.dateOfService === null && claim.provider === null && claim.billed === null) return null;
      claim.id = `derived:${claim.dateOfService ?? ''}|${(claim.provider ?? '').slice(0, 80)}|${claim.billed ?? ''}`;
    }
    // The same claim rendered twice (responsive duplicates): keep the first.
    const existing = this.#claimIndex.get(claim.id) ?? -1;
    if (existing >= 0) {
      const a = JSON.stringify({ ...this.snapshot.claims[existing], id: '' });
      const b = JSON.stringify({ ...claim, id: '' });
      if (a === b || !claim.id.startsWith('derived:')) return null;
      let n = 2;
      while (this.#claimIndex.has(`${claim.id}#${n}`)) n++;
      claim.id = `${claim.id}#${n}`;
    }
    const index = this.snapshot.claims.length;
    this.#claimIndex.set(claim.id, index);
    this.snapshot.claims.push(claim);
    this.claimElements.push(el);
    // Indexed loops, no array destructuring: this runs cold once per claim, and both allocate iterators there.
    for (let i = 0; i < src.length; i++) {
      const entry = src[i]!;
      this.#source(`claims[${index}].${entry[0]}`, entry[1].label, entry[1].text);
    }
    for (let i = 0; i < implausible.length; i++) {
      const entry = implausible[i]!;
      this.#flagImplausible(`claims[${index}].${entry[0]}`, entry[1]);
    }
    return index;
  }

  /**
   * Values for claim `index` shown outside its row or card (a row continuing it under a cell spanning rows, or the
   * label/value pairs around the only claim of a claim-status page): they fill what the claim does not have yet.
   */
  #mergeIntoClaim(index: number, pairs: Array<{ concept: ConceptId; pair: Pair }>): void {
    const target = this.snapshot.claims[index];
    if (!target || pairs.length === 0) return;
    const { claim, src, implausible } = this.#buildClaim(pairs);
    const filled = new Set<string>();
    for (const key of MERGED_CLAIM_FIELDS) {
      if (target[key] !== null || claim[key] === null) continue;
      (target as Record<typeof key, unknown>)[key] = claim[key];
      filled.add(key);
      if (key === 'status') target.statusNormalized = claim.statusNormalized;
    }
    const before = target.carcCodes.length + target.rarcCodes.length;
    this.#addCodes(target, { carc: claim.carcCodes, rarc: claim.rarcCodes }, null, null);
    if (target.carcCodes.length + target.rarcCodes.length > before) {
      filled.add('carcCodes');
      filled.add('rarcCodes');
    }
    for (const [key, pair] of src) {
      const path = `claims[${index}].${key}`;
      if (filled.has(key) && !this.snapshot.sources[path]) this.#source(path, pair.label, pair.text);
    }
    for (const [key, text] of implausible) this.#flagImplausible(`claims[${index}].${key}`, text);
  }

  /** A claim from concept/value pairs, not yet checked or added (`facts`: how many claim facts it holds). */
  #buildClaim(pairs: Array<{ concept: ConceptId; pair: Pair }>): {
    claim: Claim;
    src: Array<[string, Pair]>;
    facts: number;
    implausible: Array<[string, string]>;
  } {
    const claim = emptyClaim('pending-id');
    const src: Array<[string, Pair]> = [];
    let group: Pair | null = null;
    let bareReason: Pair | null = null;
    let facts = 0;
    const implausible: Array<[string, string]> = [];
    for (let i = 0; i < pairs.length; i++) {
      const { concept, pair } = pairs[i]!;
      const text = pair.text;
      switch (concept) {
        case 'claim.id': {
          const id = parseIdentifier(text);
          if (id && claim.id === 'pending-id') {
            claim.id = id;
            src.push(['id', pair]);
            facts++;
          }
          break;
        }
        case 'claim.type':
          if (claim.type === null && !isNoValue(text)) {
            claim.type = cleanText(text, 80);
            src.push(['type', pair]);
          }
          break;
        case 'claim.dateOfService': {
          const d = this.#dateRange(text).from;
          if (d && claim.dateOfService === null) {
            claim.dateOfService = d;
            src.push(['dateOfService', pair]);
            facts++;
          }
          break;
        }
        case 'claim.dateReceived':
        case 'claim.statusDate':
        case 'claim.denialDate':
        case 'claim.appealBy': {
          const key = concept.slice(6) as 'dateReceived' | 'statusDate' | 'denialDate' | 'appealBy';
          const d = this.#date(text);
          if (d && claim[key] === null) {
            claim[key] = d;
            src.push([key, pair]);
          }
          break;
        }
        case 'claim.provider':
          if (claim.provider === null && !isNoValue(text)) {
            claim.provider = cleanText(text, LIMITS.maxValueChars);
            src.push(['provider', pair]);
            facts++;
            const n = /network|par\b|participating|oon|\bred\b/i.test(text) ? parseNetwork(text) : null;
            if (n) {
              // A network badge beside the name ("Brightwater Pediatrics · In-network") is not part of the name.
              claim.provider = withoutNetworkBadge(claim.provider);
              if (claim.network === null) {
                claim.network = n;
                src.push(['network', pair]);
              }
            }
          }
          break;
        case 'claim.network': {
          const n = parseNetwork(text);
          if (n) {
            claim.network = n;
            src.push(['network', pair]);
          }
          break;
        }
        case 'claim.billed':
        case 'claim.planDiscount':
        case 'claim.allowed':
        case 'claim.planPaid':
        case 'claim.patientOwes': {
          const key = concept.slice(6) as 'billed' | 'planDiscount' | 'allowed' | 'planPaid' | 'patientOwes';
          const m = parseMoneyDetailed(text);
          if (m.implausible) implausible.push([key, text]);
          if (m.value !== null && claim[key] === null) {
            // A discount shown as a negative adjustment is still the discount.
            claim[key] = key === 'planDiscount' ? Math.abs(m.value) : m.value;
            src.push([key, pair]);
            facts++;
          }
          break;
        }
        case 'claim.status':
          if (claim.status === null && !/^\s*$/.test(text)) {
            claim.status = cleanText(text, 120);
            claim.statusNormalized = normalizeClaimStatus(text);
            src.push(['status', pair]);
            facts++;
            if (claim.statusDate === null) {
              const d = this.#date(text);
              if (d) {
                claim.statusDate = d;
                src.push(['statusDate', pair]);
              }
            }
          }
          break;
        case 'claim.carc':
        case 'claim.rarc':
        case 'claim.codes': {
          const codes = parseCodes(text);
          if (codes.carc.length === 0 && concept === 'claim.carc' && /^\s*[A-Z]?\d{1,3}\s*$/.test(text))
            bareReason = pair;
          this.#addCodes(claim, codes, src, pair);
          break;
        }
        case 'claim.adjGroup':
          group = pair;
          break;
        case 'claim.denialReason':
          if (claim.denialReason === null && !isNoValue(text)) {
            claim.denialReason = cleanText(text, LIMITS.maxValueChars);
            src.push(['denialReason', pair]);
            this.#addCodes(claim, parseCodes(text), src, pair);
          }
          break;
        default:
          break;
      }
    }
    if (group && bareReason) {
      const code = combineGroupReason(group.text, bareReason.text);
      if (code && !claim.carcCodes.includes(code)) {
        claim.carcCodes.push(code);
        src.push([
          'carcCodes',
          {
            label: `${group.label} ${bareReason.label}`,
            text: `${group.text} ${bareReason.text}`,
            valueEl: bareReason.valueEl,
          },
        ]);
      }
    }
    return { claim, src, facts, implausible };
  }

  #addCodes(
    target: { carcCodes: string[]; rarcCodes?: string[] },
    codes: { carc: string[]; rarc: string[] },
    src: Array<[string, Pair]> | null,
    pair: Pair | null,
  ): void {
    let added = false;
    let addedR = false;
    for (const c of codes.carc) {
      if (target.carcCodes.includes(c) || target.carcCodes.length >= 30) continue;
      target.carcCodes.push(c);
      added = true;
    }
    const rarc = target.rarcCodes;
    for (const r of rarc ? codes.rarc : []) {
      if (!rarc || rarc.includes(r) || rarc.length >= 30) continue;
      rarc.push(r);
      addedR = true;
    }
    if (src && pair && added) src.push(['carcCodes', pair]);
    if (src && pair && addedR) src.push(['rarcCodes', pair]);
  }

  /** A detail row/panel under claim `index`: line items, codes, denial reason, appeal date. */
  #readClaimDetail(detail: Element, index: number): void {
    if (this.#checker.isHidden(detail)) return;
    const claim = this.snapshot.claims[index];
    if (!claim) return;
    const { pairs, tables } = this.#collectPairs(detail, 2000);
    for (const t of tables) if (!this.#checker.isHidden(t)) this.#readLineTable(t, index);
    const src: Array<[string, Pair]> = [];
    for (const pair of pairs) {
      const m = this.#match(pair.label, ['claim']);
      if (!m) continue;
      const text = pair.text;
      switch (m.concept) {
        case 'claim.denialReason':
          if (claim.denialReason === null && !isNoValue(text)) {
            claim.denialReason = cleanText(text, LIMITS.maxValueChars);
            src.push(['denialReason', pair]);
          }
          this.#addCodes(claim, parseCodes(text), src, pair);
          break;
        case 'claim.appealBy':
        case 'claim.denialDate':
        case 'claim.dateReceived':
        case 'claim.statusDate': {
          const key = m.concept.slice(6) as 'appealBy' | 'denialDate' | 'dateReceived' | 'statusDate';
          const d = this.#date(text);
          if (d && claim[key] === null) {
            claim[key] = d;
            src.push([key, pair]);
          }
          break;
        }
        case 'claim.carc':
        case 'claim.rarc':
        case 'claim.codes':
          this.#addCodes(claim, parseCodes(text), src, pair);
          break;
        case 'claim.status':
          if (claim.status === null) {
            claim.status = cleanText(text, 120);
            claim.statusNormalized = normalizeClaimStatus(text);
            src.push(['status', pair]);
          }
          break;
        case 'claim.network': {
          const n = parseNetwork(text);
          if (n && claim.network === null) {
            claim.network = n;
            src.push(['network', pair]);
          }
          break;
        }
        case 'claim.type':
          if (claim.type === null) {
            claim.type = cleanText(text, 80);
            src.push(['type', pair]);
          }
          break;
        default: {
          const key = m.concept.slice(6);
          if (MONEY_CONCEPTS.has(m.concept)) {
            const k = key as 'billed' | 'planDiscount' | 'allowed' | 'planPaid' | 'patientOwes';
            const v = parseMoneyDetailed(text);
            if (v.value !== null && claim[k] === null) {
              claim[k] = k === 'planDiscount' ? Math.abs(v.value) : v.value;
              src.push([k, pair]);
            }
          }
        }
      }
    }
    // Codes printed in running text ("CO-45: Charges exceed…") anywhere in the detail.
    const free = this.#text(detail, 3000);
    const codes = parseCodes(free);
    if (codes.carc.length || codes.rarc.length) {
      const snippet = this.#codeSnippet(free, [
        ...codes.carc.map((c) => c.split('-')[1] ?? c),
        ...codes.rarc,
      ]);
      this.#addCodes(claim, codes, src, { label: 'Details', text: snippet, valueEl: detail });
    }
    for (const [key, pair] of src) {
      const path = `claims[${index}].${key}`;
      if (!this.snapshot.sources[path]) this.#source(path, pair.label, pair.text);
    }
  }

  /** A short stretch of the text around the first code (provenance must be page text). */
  #codeSnippet(text: string, codes: string[]): string {
    let at = -1;
    for (const c of codes) {
      const i = text.indexOf(c);
      if (i >= 0 && (at < 0 || i < at)) at = i;
    }
    if (at < 0) return cleanText(text, 200);
    const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 10)));
    return text.slice(start, start + 200).trim();
  }

  #readLineTable(table: Element, index: number): void {
    const claim = this.snapshot.claims[index];
    if (!claim) return;
    const rows = this.#tableRows(table).filter(({ row }) => !this.#checker.isSelfHidden(row));
    let header: string[] | null = null;
    let start = 0;
    const thead = rows.findIndex((r) => r.section === 'THEAD');
    if (thead >= 0) {
      header = this.#expandedLabels(this.#cells(rows[thead]!.row));
      start = rows.findIndex((r) => r.section !== 'THEAD');
      if (start < 0) start = rows.length;
    } else if (rows[0] && this.#looksLikeHeaderRow(this.#cells(rows[0].row))) {
      header = this.#expandedLabels(this.#cells(rows[0].row));
      start = 1;
    }
    if (!header) {
      // A key/value table inside the detail.
      for (const { row } of rows) {
        const cells = this.#cells(row);
        if (cells.length < 2) continue;
        const label = this.#text(cells[0]!, 120);
        const text = this.#text(cells[1]!, 400);
        const m = this.#match(label, ['claim']);
        if (!m || !text) continue;
        const p: Pair = { label, text, valueEl: cells[1]! };
        if (m.concept === 'claim.denialReason' && claim.denialReason === null) {
          claim.denialReason = cleanText(text, LIMITS.maxValueChars);
          this.#source(`claims[${index}].denialReason`, label, text);
        } else if (m.concept === 'claim.appealBy' && claim.appealBy === null) {
          const d = this.#date(text);
          if (d) {
            claim.appealBy = d;
            this.#source(`claims[${index}].appealBy`, label, text);
          }
        } else if (m.concept === 'claim.carc' || m.concept === 'claim.rarc' || m.concept === 'claim.codes') {
          const src: Array<[string, Pair]> = [];
          this.#addCodes(claim, parseCodes(text), src, p);
          for (const [key, pr] of src)
            if (!this.snapshot.sources[`claims[${index}].${key}`])
              this.#source(`claims[${index}].${key}`, pr.label, pr.text);
        }
      }
      return;
    }
    const concepts = header.map((h) => (h ? (this.#match(h, ['line'])?.concept ?? null) : null));
    const body = rows.slice(start);
    const layout = this.#spanLayout(table, body);
    for (let r = 0; r < body.length; r++) {
      const { row, section } = body[r]!;
      if (section === 'TFOOT' || section === 'THEAD') continue;
      if (claim.lines.length >= LIMITS.maxLinesPerClaim) break;
      const cells = this.#cells(row);
      const starts = layout?.starts[r] ?? null;
      if (layout?.continued[r] && claim.lines.length > 0) {
        // A row under cells spanning rows: more adjustment codes of the line above.
        this.#readLineContinuation(cells, starts, concepts, header, index, claim.lines.length - 1);
        continue;
      }
      // An adjustment row under a line (one wide cell, often a nested table of group/reason/remark codes).
      const lastLine = claim.lines[claim.lines.length - 1];
      if (
        lastLine &&
        ((cells.length === 1 && header.length > 1) ||
          (cells.length > 0 && row.querySelector('table') !== null))
      ) {
        this.#readLineAdjustments(row, index, claim.lines.length - 1);
        continue;
      }
      if (this.#isTotalsRow(row, cells)) continue;
      const line: ClaimLine = emptyClaimLine();
      const lineIndex = claim.lines.length;
      const src: Array<[string, string, string]> = [];
      let money = 0;
      let group: string | null = null;
      let bareReason: string | null = null;
      let col = 0;
      for (let i = 0; i < cells.length; i++) {
        const cell = cells[i]!;
        if (starts) col = starts[i] ?? col;
        const concept = concepts[col];
        const label = header[col] ?? '';
        col += colspan(cell);
        if (!concept || this.#checker.isSelfHidden(cell)) continue;
        const text = this.#text(cell, 400);
        if (!text) continue;
        const setMoney = (
          key:
            | 'billed'
            | 'planDiscount'
            | 'planPaid'
            | 'copay'
            | 'coinsurance'
            | 'deductible'
            | 'notCovered'
            | 'patientOwes'
            | 'allowed',
        ) => {
          const v = parseMoneyDetailed(text);
          if (v.implausible) this.#flagImplausible(`claims[${index}].lines[${lineIndex}].${key}`, text);
          if (v.value === null || (line[key] !== null && line[key] !== undefined)) return;
          line[key] = key === 'planDiscount' ? Math.abs(v.value) : v.value;
          src.push([key, label, text]);
          money++;
        };
        switch (concept) {
          case 'line.procedureCode': {
            const code = /\b(?:\d{4}[0-9A-Z]|[A-Z]\d{4})\b/.exec(text);
            line.procedureCode = code ? code[0] : cleanText(text, 40);
            src.push(['procedureCode', label, text]);
            break;
          }
          case 'line.description':
            line.description = cleanText(text, 200);
            src.push(['description', label, text]);
            break;
          case 'claim.billed':
            setMoney('billed');
            break;
          case 'claim.planDiscount':
            setMoney('planDiscount');
            break;
          case 'claim.planPaid':
            setMoney('planPaid');
            break;
          case 'claim.allowed':
            setMoney('allowed');
            break;
          case 'claim.patientOwes':
            setMoney('patientOwes');
            break;
          case 'line.copay':
            setMoney('copay');
            break;
          case 'line.coinsurance':
            setMoney('coinsurance');
            break;
          case 'line.deductible':
            setMoney('deductible');
            break;
          case 'line.notCovered':
            setMoney('notCovered');
            break;
          case 'claim.dateOfService': {
            const d = this.#dateRange(text).from;
            if (d) {
              line.dateOfService = d;
              src.push(['dateOfService', label, text]);
            }
            break;
          }
          case 'claim.adjGroup':
            group = text;
            break;
          case 'claim.carc':
          case 'claim.rarc':
          case 'claim.codes': {
            const codes = parseCodes(text);
            if (codes.carc.length === 0 && concept === 'claim.carc' && /^\s*[A-Z]?\d{1,3}\s*$/.test(text))
              bareReason = text;
            const before = line.carcCodes.length;
            for (const c of codes.carc) if (!line.carcCodes.includes(c)) line.carcCodes.push(c);
            if (codes.rarc.length)
              line.rarcCodes = [...new Set([...(line.rarcCodes ?? []), ...codes.rarc])].slice(0, 30);
            if (line.carcCodes.length > before || codes.rarc.length) src.push(['carcCodes', label, text]);
            break;
          }
          default:
            break;
        }
      }
      if (group && bareReason) {
        const code = combineGroupReason(group, bareReason);
        if (code && !line.carcCodes.includes(code)) {
          line.carcCodes.push(code);
          src.push(['carcCodes', 'Group / Reason', `${group} ${bareReason}`]);
        }
      }
      // "Office visit, new patient (99204)": the code printed after the description, when no column holds it.
      if (!line.procedureCode && line.description) {
        const m = /^(.*\S)\s*\(\s*(\d{4}[0-9A-Z]|[A-Z]\d{4})\s*\)$/.exec(line.description);
        if (m) {
          line.procedureCode = m[2] ?? null;
          line.description = m[1] ?? line.description;
          const d = src.find(([k]) => k === 'description');
          if (d) src.push(['procedureCode', d[1], d[2]]);
        }
      }
      if (money === 0 && !line.procedureCode) continue;
      claim.lines.push(line);
      for (const [key, label, text] of src)
        this.#source(`claims[${index}].lines[${lineIndex}].${key}`, label, text);
      for (const c of line.carcCodes)
        if (!claim.carcCodes.includes(c) && claim.carcCodes.length < 30) claim.carcCodes.push(c);
      for (const r of line.rarcCodes ?? [])
        if (!claim.rarcCodes.includes(r) && claim.rarcCodes.length < 30) claim.rarcCodes.push(r);
      if (line.carcCodes.length && !this.snapshot.sources[`claims[${index}].carcCodes`]) {
        const s = src.find(([k]) => k === 'carcCodes');
        if (s) this.#source(`claims[${index}].carcCodes`, s[1], s[2]);
      }
      if (line.rarcCodes?.length && !this.snapshot.sources[`claims[${index}].rarcCodes`]) {
        const s = src.find(([k]) => k === 'carcCodes');
        if (s) this.#source(`claims[${index}].rarcCodes`, s[1], s[2]);
      }
    }
  }

  /** A row continuing line `lineIndex` (under its cells that span rows): its group + reason and remark codes. */
  #readLineContinuation(
    cells: Element[],
    starts: number[] | null,
    concepts: Array<ConceptId | null>,
    header: string[],
    index: number,
    lineIndex: number,
  ): void {
    const claim = this.snapshot.claims[index];
    const line = claim?.lines[lineIndex];
    if (!claim || !line) return;
    let group = '';
    let reason = '';
    const carc: string[] = [];
    const rarc: string[] = [];
    const texts: string[] = [];
    const labels: string[] = [];
    let col = 0;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      if (starts) col = starts[i] ?? col;
      const concept = concepts[col];
      const label = header[col] ?? '';
      col += colspan(cell);
      if (this.#checker.isSelfHidden(cell)) continue;
      const text = this.#text(cell, 200);
      if (!text) continue;
      if (concept === 'claim.adjGroup') group = text;
      else if (concept === 'claim.carc' || concept === 'claim.rarc' || concept === 'claim.codes') {
        const codes = parseCodes(text);
        carc.push(...codes.carc);
        rarc.push(...codes.rarc);
        if (concept === 'claim.carc' && codes.carc.length === 0) reason = text;
      } else continue;
      texts.push(text);
      labels.push(label);
    }
    const combined = group && reason ? combineGroupReason(group, reason) : null;
    if (combined) carc.unshift(combined);
    this.#addLineCodes(index, lineIndex, [{ carc, rarc, label: labels.join(' / '), text: texts.join(' ') }]);
  }

  /** Codes for line `lineIndex` of claim `index` from an adjustment row: group/reason cells, remark codes, or text. */
  #readLineAdjustments(row: Element, index: number, lineIndex: number): void {
    const claim = this.snapshot.claims[index];
    const line = claim?.lines[lineIndex];
    if (!claim || !line || this.#checker.isHidden(row)) return;
    const found: Array<{ carc: string[]; rarc: string[]; label: string; text: string }> = [];
    for (const table of Array.from(row.querySelectorAll('table')).slice(0, 5)) {
      if (this.#checker.isHidden(table)) continue;
      const rows = this.#tableRows(table).filter((r) => !this.#checker.isSelfHidden(r.row));
      const headRow = rows.find((r) => r.section === 'THEAD') ?? rows[0];
      if (!headRow) continue;
      const header = this.#expandedLabels(this.#cells(headRow.row));
      const concepts = header.map((h) => (h ? (this.#match(h, ['line'])?.concept ?? null) : null));
      for (const { row: r } of rows) {
        if (r === headRow.row) continue;
        let group = '';
        let reason = '';
        const texts: string[] = [];
        const carc: string[] = [];
        const rarc: string[] = [];
        let col = 0;
        for (const cell of this.#cells(r)) {
          const concept = concepts[col];
          col += colspan(cell);
          if (this.#checker.isSelfHidden(cell)) continue;
          const text = this.#text(cell, 200);
          if (!text) continue;
          if (concept === 'claim.adjGroup') group = text;
          else if (concept === 'claim.carc' || concept === 'claim.rarc' || concept === 'claim.codes') {
            const codes = parseCodes(text);
            carc.push(...codes.carc);
            rarc.push(...codes.rarc);
            if (concept === 'claim.carc' && codes.carc.length === 0) reason = text;
          } else continue;
          texts.push(text);
        }
        const combined = group && reason ? combineGroupReason(group, reason) : null;
        if (combined) carc.unshift(combined);
        if (carc.length || rarc.length)
          found.push({ carc, rarc, label: header.filter(Boolean).join(' / '), text: texts.join(' ') });
      }
    }
    if (found.length === 0) {
      const text = this.#text(row, 1000);
      const codes = parseCodes(text);
      if (codes.carc.length || codes.rarc.length)
        found.push({
          ...codes,
          label: 'Adjustments',
          text: this.#codeSnippet(text, [...codes.carc.map((c) => c.split('-')[1] ?? c), ...codes.rarc]),
        });
    }
    this.#addLineCodes(index, lineIndex, found);
  }

  /** Codes of line `lineIndex` of claim `index`, also listed at claim level (once each, in page order). */
  #addLineCodes(
    index: number,
    lineIndex: number,
    found: Array<{ carc: string[]; rarc: string[]; label: string; text: string }>,
  ): void {
    const claim = this.snapshot.claims[index];
    const line = claim?.lines[lineIndex];
    if (!claim || !line) return;
    for (const f of found) {
      if (f.carc.length === 0 && f.rarc.length === 0) continue;
      for (const c of f.carc) {
        if (!line.carcCodes.includes(c) && line.carcCodes.length < 30) line.carcCodes.push(c);
        if (!claim.carcCodes.includes(c) && claim.carcCodes.length < 30) claim.carcCodes.push(c);
      }
      if (f.rarc.length) line.rarcCodes = [...new Set([...(line.rarcCodes ?? []), ...f.rarc])].slice(0, 30);
      for (const r of f.rarc)
        if (!claim.rarcCodes.includes(r) && claim.rarcCodes.length < 30) claim.rarcCodes.push(r);
      const base = `claims[${index}]`;
      if (f.carc.length && !this.snapshot.sources[`${base}.lines[${lineIndex}].carcCodes`])
        this.#source(`${base}.lines[${lineIndex}].carcCodes`, f.label, f.text);
      if (f.carc.length && !this.snapshot.sources[`${base}.carcCodes`])
        this.#source(`${base}.carcCodes`, f.label, f.text);
      if (f.rarc.length && !this.snapshot.sources[`${base}.rarcCodes`])
        this.#source(`${base}.rarcCodes`, f.label, f.text);
    }
  }

  // ---- cards ------------------------------------------------------------------------------------------------------

  #signature(el: Element): string {
    const cls = (el.getAttribute('class') ?? '')
      .toLowerCase()
      .split(/\s+/)
      .filter(
        (c) =>
          c &&
          !/^(?:is-|has-)?(?:active|expanded|collapsed|open|selected|first|last|odd|even|denied|paid|pending|processed|highlight(?:ed)?)$/.test(
            c,
          ) &&
          !/\d/.test(c),
      )
      .sort()
      .join('.');
    return `${el.tagName}|${cls}|${el.getAttribute('role') ?? ''}`;
  }

  #cardConcepts(el: Element): { kind: 'claim' | 'auth' | null; pairs: Pair[] } {
    const { pairs } = this.#collectPairs(el, 300);
    const claim = new Set<ConceptId>();
    const auth = new Set<ConceptId>();
    for (const p of pairs) {
      const c = this.#match(p.label, ['claim']);
      if (c) claim.add(c.concept);
      const a = this.#match(p.label, ['auth']);
      if (a) auth.add(a.concept);
    }
    const claimOk =
      claim.size >= 2 && ([...claim].some((c) => MONEY_CONCEPTS.has(c)) || claim.has('claim.id'));
    const authOk = auth.size >= 2 && (auth.has('auth.referenceNumber') || auth.has('auth.status'));
    if (claimOk && (!authOk || claim.size >= auth.size)) return { kind: 'claim', pairs };
    if (authOk) return { kind: 'auth', pairs };
    return { kind: null, pairs };
  }

  #tryCardList(el: Element, children: Element[], ctx: Ctx): boolean {
    if (children.length > 5000) return false;
    const groups = new Map<string, Element[]>();
    for (const c of children) {
      if (HEADING_TAGS.has(c.tagName) || c.tagName === 'TABLE') continue;
      const sig = this.#signature(c);
      const g = groups.get(sig);
      if (g) g.push(c);
      else groups.set(sig, [c]);
    }
    let best: Element[] | null = null;
    for (const g of groups.values()) if (g.length >= 2 && (!best || g.length > best.length)) best = g;
    if (!best) return false;
    const visible = best.filter((c) => !this.#checker.isHidden(c));
    if (visible.length < 2) return false;
    // Cheap pre-check on two members: a card holds money or a date.
    const probe = visible.slice(0, 2).map((c) => this.#text(c, 1500));
    if (!probe.every((t) => t.length <= 1500 && (/\$|\d\.\d\d/.test(t) || findDates(t).length > 0)))
      return false;
    const first = this.#cardConcepts(visible[0]!);
    const second = this.#cardConcepts(visible[1]!);
    if (!first.kind || first.kind !== second.kind) return false;
    if (first.kind === 'claim') this.#startClaimList(visible.length);
    let local = ctx;
    for (const c of children) {
      const heading = this.#headingText(c);
      if (heading !== null) {
        local = this.#contextFromHeading(heading, ctx);
        continue;
      }
      if (best.includes(c)) {
        if (!this.#checker.isHidden(c))
          this.#readCard(
            c,
            local,
            first.kind === 'claim' ? 'claim' : local.kind === 'referral' ? 'referral' : 'auth',
          );
      } else {
        this.#walk(c, local, 1);
      }
    }
    return true;
  }

  #readCard(card: Element, ctx: Ctx, kind: 'claim' | 'auth' | 'referral'): void {
    this.#consumed.add(card);
    if (kind === 'claim' && !this.#takeClaimRow()) {
      this.unread.push(card);
      return;
    }
    const { pairs, tables } = this.#collectPairs(card, 3000);
    const detailEls = new Set<Element>();
    for (const d of this.#hintedDetails) if (card.contains(d)) detailEls.add(d);
    const domains: Domain[] = kind === 'claim' ? ['claim'] : ['auth'];
    const matched: Array<{ concept: ConceptId; pair: Pair }> = [];
    for (const p of pairs) {
      if ([...detailEls].some((d) => d.contains(p.valueEl))) continue;
      const m = this.#match(p.label, domains);
      if (m) matched.push({ concept: m.concept, pair: p });
    }
    if (kind === 'claim' && !matched.some((m) => m.concept === 'claim.id')) {
      const idEl = this.#hints.claimIdSelector
        ? safeQueryAll(card, this.#hints.claimIdSelector)[0]
        : undefined;
      const heading = idEl ?? card.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]');
      if (heading && !this.#checker.isHidden(heading)) {
        const t = this.#text(heading, 200);
        const m = idEl
          ? [t, t]
          : /\bclaim\s*(?:#|no\.?|number|id)?\s*:?\s*([A-Za-z0-9][A-Za-z0-9-]{3,40})/i.exec(t);
        if (m && parseIdentifier(m[1] ?? ''))
          matched.unshift({
            concept: 'claim.id',
            pair: { label: idEl ? 'Claim' : t, text: m[1] ?? '', valueEl: heading },
          });
      }
    }
    if (kind === 'claim') {
      const index = this.#addClaim(matched, card);
      if (index === null) return;
      for (const t of tables) if (![...detailEls].some((d) => d.contains(t))) this.#readLineTable(t, index);
      for (const d of detailEls) this.#readClaimDetail(d, index);
      // Codes in running text inside the card.
      const free = this.#text(card, 3000);
      const codes = parseCodes(free);
      const claim = this.snapshot.claims[index]!;
      const before = claim.carcCodes.length + claim.rarcCodes.length;
      this.#addCodes(claim, codes, null, { label: '', text: '', valueEl: card });
      if (claim.carcCodes.length + claim.rarcCodes.length > before) {
        const snippet = this.#codeSnippet(free, [
          ...codes.carc.map((c) => c.split('-')[1] ?? c),
          ...codes.rarc,
        ]);
        if (!this.snapshot.sources[`claims[${index}].carcCodes`] && claim.carcCodes.length)
          this.#source(`claims[${index}].carcCodes`, 'Details', snippet);
        if (!this.snapshot.sources[`claims[${index}].rarcCodes`] && claim.rarcCodes.length)
          this.#source(`claims[${index}].rarcCodes`, 'Details', snippet);
      }
      return;
    }
    this.#addAuth(matched, kind === 'referral' || ctx.kind === 'referral');
  }

  // ---- authorizations and referrals -------------------------------------------------------------------------------

  #addAuth(pairs: Array<{ concept: ConceptId; pair: Pair }>, referral: boolean): boolean {
    const list = referral ? this.snapshot.referrals : this.snapshot.authorizations;
    const listName = referral ? 'referrals' : 'authorizations';
    if (list.length >= LIMITS.maxAuthorizations) return false;
    const auth: Authorization = emptyAuthorization();
    const src: Array<[string, Pair]> = [];
    let facts = 0;
    const setText = (
      key:
        'requestingProvider' | 'servicingProvider' | 'serviceDescription' | 'procedureCode' | 'denialReason',
      p: Pair,
    ) => {
      if (auth[key] === null && !isNoValue(p.text)) {
        auth[key] = cleanText(p.text, LIMITS.maxValueChars);
        src.push([key, p]);
        facts++;
      }
    };
    const setDate = (
      key: 'serviceDateFrom' | 'serviceDateTo' | 'requestDate' | 'decisionDate' | 'appealBy',
      p: Pair,
    ) => {
      const d = this.#date(p.text);
      if (d && auth[key] === null) {
        auth[key] = d;
        src.push([key, p]);
        facts++;
      }
    };
    const setUnits = (key: 'unitsRequested' | 'unitsApproved' | 'unitsUsed', p: Pair) => {
      const n = parseCount(p.text);
      if (n !== null && auth[key] === null) {
        auth[key] = n;
        src.push([key, p]);
        facts++;
      }
    };
    for (const { concept, pair } of pairs) {
      switch (concept) {
        case 'auth.referenceNumber': {
          const id = parseIdentifier(pair.text);
          if (id && auth.referenceNumber === null) {
            auth.referenceNumber = id;
            src.push(['referenceNumber', pair]);
            facts++;
          }
          break;
        }
        case 'auth.status':
          if (auth.status === null && !/^\s*$/.test(pair.text)) {
            auth.status = cleanText(pair.text, 120);
            auth.statusNormalized = normalizeAuthStatus(pair.text);
            src.push(['status', pair]);
            facts++;
          }
          break;
        case 'auth.requestingProvider':
          setText('requestingProvider', pair);
          break;
        case 'auth.servicingProvider':
          setText('servicingProvider', pair);
          if (auth.servicingNetwork === null && /network|par\b|participating|oon/i.test(pair.text)) {
            const n = parseNetwork(pair.text);
            if (n) {
              auth.servicingNetwork = n;
              src.push(['servicingNetwork', pair]);
            }
          }
          break;
        case 'auth.servicingNetwork': {
          const n = parseNetwork(pair.text);
          if (n) {
            auth.servicingNetwork = n;
            src.push(['servicingNetwork', pair]);
          }
          break;
        }
        case 'auth.serviceDescription':
          setText('serviceDescription', pair);
          break;
        case 'auth.procedureCode':
          setText('procedureCode', pair);
          break;
        case 'claim.denialReason':
          setText('denialReason', pair);
          break;
        case 'auth.serviceDateFrom':
          setDate('serviceDateFrom', pair);
          break;
        case 'auth.serviceDateTo':
          setDate('serviceDateTo', pair);
          break;
        case 'auth.serviceDates': {
          const { from, to } = this.#dateRange(pair.text);
          if (from && auth.serviceDateFrom === null) {
            auth.serviceDateFrom = from;
            src.push(['serviceDateFrom', pair]);
            facts++;
          }
          if (to && auth.serviceDateTo === null) {
            auth.serviceDateTo = to;
            src.push(['serviceDateTo', pair]);
          }
          break;
        }
        case 'auth.requestDate':
          setDate('requestDate', pair);
          break;
        case 'auth.decisionDate':
          setDate('decisionDate', pair);
          break;
        case 'claim.appealBy':
          setDate('appealBy', pair);
          break;
        case 'auth.unitsRequested':
          setUnits('unitsRequested', pair);
          break;
        case 'auth.unitsApproved':
          setUnits('unitsApproved', pair);
          break;
        case 'auth.unitsUsed':
          setUnits('unitsUsed', pair);
          break;
        default:
          break;
      }
    }
    if (facts < 2 || (auth.referenceNumber === null && auth.status === null)) return false;
    if (auth.referenceNumber && list.some((a) => a.referenceNumber === auth.referenceNumber)) return false;
    const index = list.length;
    list.push(auth);
    for (const [key, pair] of src) this.#source(`${listName}[${index}].${key}`, pair.label, pair.text);
    return true;
  }

  // ---- a single claim / authorization shown as label/value pairs (claim-status pages) ------------------------------

  #finishLooseClaim(): void {
    if (this.#looseClaim.length === 0) return;
    // A claim-status page: the one claim in a table or card, its status, provider or dates as label/value pairs around.
    if (this.snapshot.claims.length === 1) {
      this.#mergeIntoClaim(0, this.#looseClaim);
      return;
    }
    if (this.snapshot.claims.length > 0) return;
    const concepts = new Set(this.#looseClaim.map((c) => c.concept));
    const hasMoney = [...concepts].some((c) => MONEY_CONCEPTS.has(c));
    if (
      !(concepts.has('claim.id') && (concepts.has('claim.status') || hasMoney)) &&
      !(concepts.has('claim.status') && hasMoney)
    )
      return;
    const index = this.#addClaim(
      this.#looseClaim,
      this.#commonAncestor(this.#looseClaim.map((c) => c.pair.valueEl)),
    );
    if (index === null) return;
    // Codes printed beside the fields.
    for (const { concept, pair } of this.#looseClaim) {
      if (concept === 'claim.denialReason') {
        const claim = this.snapshot.claims[index]!;
        const src: Array<[string, Pair]> = [];
        this.#addCodes(claim, parseCodes(pair.text), src, pair);
        for (const [key, p] of src)
          if (!this.snapshot.sources[`claims[${index}].${key}`])
            this.#source(`claims[${index}].${key}`, p.label, p.text);
      }
    }
  }

  #finishLooseAuth(): void {
    if (this.#looseAuth.length === 0) return;
    if (this.snapshot.authorizations.length > 0 || this.snapshot.referrals.length > 0) return;
    const referral = this.#looseAuth.some((a) => a.referral);
    this.#addAuth(this.#looseAuth, referral);
  }

  #commonAncestor(els: Element[]): Element {
    let anc: Element | null = els[0] ?? this.#doc.body;
    for (const e of els.slice(1)) {
      while (anc && !anc.contains(e)) anc = anc.parentElement;
    }
    return anc ?? this.#doc.body;
  }
}

/** Columns a cell spans (1–50). */
function colspan(cell: Element): number {
  const raw = cell.getAttribute('colspan') ?? cell.getAttribute('aria-colspan');
  return raw === null ? 1 : Math.min(Math.max(Number(raw) || 1, 1), 50);
}

const NETWORK_BADGE =
  '(?:in[\\s-]?network|out[\\s-]of[\\s-]network|non[\\s-]?participating|participating|non[\\s-]?par|par|oon|en la red|fuera de la red)';
const TRAILING_BADGE = new RegExp(
  `(?:\\s*[·•|,;–—-]\\s*|\\s+)[(\\[]?${NETWORK_BADGE}[)\\]]?(?:\\s*[(\\[]${NETWORK_BADGE}[)\\]])?\\s*$`,
  'i',
);
const LEADING_BADGE = new RegExp(`^[(\\[]?${NETWORK_BADGE}[)\\]]?\\s*[·•|:–—-]?\\s+`, 'i');

/** A provider name without a network badge printed before or after it (the whole text when nothing else is left). */
function withoutNetworkBadge(text: string): string {
  const name = text.replace(TRAILING_BADGE, '').replace(LEADING_BADGE, '').trim();
  return name.length >= 2 ? name : text;
}

/** Rows a cell spans (1–50). */
function rowspan(cell: Element): number {
  const raw = cell.getAttribute('rowspan') ?? cell.getAttribute('aria-rowspan');
  return raw === null ? 1 : Math.min(Math.max(Number(raw) || 1, 1), 50);
}

const ARIA_CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);

/** An ARIA table or grid built from other elements (`<div role="table">`). */
function isAriaTable(el: Element): boolean {
  if (el.tagName === 'TABLE') return false;
  const role = el.getAttribute('role');
  return role === 'table' || role === 'grid' || role === 'treegrid';
}

/**
 * Where each cell of each row starts, with cells that span rows (`rowspan`) taken into account, and whether a row
 * continues the one above it (its first column is still covered by a cell from above: the row only adds cells to the
 * same record, e.g. a second adjustment code of a service line). Null when no cell spans rows (plain counting).
 */
function rowLayout(rowCells: Element[][]): { starts: number[][]; continued: boolean[] } | null {
  if (!rowCells.some((cells) => cells.some((c) => rowspan(c) > 1))) return null;
  const covered: number[] = [];
  const starts: number[][] = [];
  const continued: boolean[] = [];
  for (const cells of rowCells) {
    continued.push((covered[0] ?? 0) > 0);
    const rowStarts: number[] = [];
    const next = covered.map((n) => Math.max(n - 1, 0));
    let col = 0;
    for (const cell of cells) {
      while ((covered[col] ?? 0) > 0) col++;
      rowStarts.push(col);
      const span = colspan(cell);
      const down = rowspan(cell);
      for (let i = 0; i < span; i++) if (down > 1) next[col + i] = down - 1;
      col += span;
    }
    starts.push(rowStarts);
    for (let i = 0; i < Math.max(next.length, covered.length); i++) covered[i] = next[i] ?? 0;
  }
  return { starts, continued };
}

/** Texts from visibleText are already whitespace-normalised and bounded: only raw or long ones need cleaning. */
function cleanIfNeeded(text: string, max: number): string {
  if (text.length <= max && !/\s\s|^\s|\s$|[\n\t\r\u00a0\u200b]/.test(text)) return text;
  // No ellipsis here: a source's text must be text on the page.
  return cleanText(text, max * 2).slice(0, max);
}

/** Digits that look like an identifier or amount (not a year such as 2025, not "Tier 1"). */
function hasIdentifierDigits(label: string): boolean {
  const runs = label.match(/\d+/g) ?? [];
  return runs.some((r) => r.length >= 3 && !(r.length === 4 && /^(?:19|20)\d\d$/.test(r)));
}

/** `$25 copay` → 25; `No charge` → 0; percentages and "Not covered" → null. */
function parseCopay(text: string): { value: number | null; implausible: boolean } {
  if (/^\s*(?:no charge|\$0(?:\.00)?\b|sin cargo|free)\b/i.test(text) && !/%/.test(text)) {
    return { value: 0, implausible: false };
  }
  const m = parseMoneyDetailed(text);
  return m;
}

function CSS_escape(id: string): string {
  return id.replace(/["\\\]]/g, '\\$&');
}

/** The main content root: a hinted root, else the body (sidebars, nav, footer and banners are skipped in the walk). */
function rootOf(doc: Document, hints: ReaderHints | undefined): Element | null {
  if (hints?.root) {
    const r = safeQueryAll(doc, hints.root)[0];
    if (r) return r;
  }
  return doc.body ?? doc.documentElement;
}

/** Read a page with the generic reader (and an adapter's hints when given). Never throws on page content. */
export function readGeneric(doc: Document, url: string, opts: ReadOptions = {}): ReadResult {
  const root = rootOf(doc, opts.hints);
  const checker = opts.checker ?? new VisibilityChecker(doc, opts.visibilityMode);
  let reader = new Reader(doc, url, { ...opts, checker });
  if (root) reader.read(root);
  // Numeric dates are read month first (US). A page whose dates can only be read day first (17/11/2026), none only
  // month first, or that says its dates are day/month/year, is read again day first, so that 05/11/2026 on it is
  // 5 November. Only pages with such dates pay for the second read.
  const orders = reader.dateOrders;
  if (opts.dayFirst === undefined && root && orders & DATE_AMBIGUOUS && !(orders & DATE_MONTH_FIRST_ONLY)) {
    const lang = doc.documentElement?.getAttribute('lang') ?? '';
    if (orders & DATE_DAY_FIRST_ONLY || (!/^en\b/i.test(lang) && saysDayFirst(root.textContent ?? ''))) {
      reader = new Reader(doc, url, { ...opts, checker, dayFirst: true });
      reader.read(root);
    }
  }
  if (reader.unread.length > 0) reader.snapshot.unreadRows = reader.unread.length;
  return { snapshot: reader.snapshot, claimElements: reader.claimElements, unread: reader.unread };
}
