/**
 * Entry points of the portal reader: which reader claims a page (`detectPortal`), reading it (`readPage`), and reading
 * a page together with its same-origin frames (`readFrames`, provider portals show results inside an iframe).
 *
 * The result is always a snapshot that passes `PageSnapshotSchema` (checked without zod by lib/model/snapshot-check.ts,
 * which mirrors the schema: this module is bundled into the content script); a page that changed under an adapter is
 * reported through the canary (`canary.missing` lists the adapter's anchors that are gone) and a snapshot warning.
 */
import type { Authorization, PageSnapshot, Tier } from '../model/snapshot';
import { emptySnapshot, emptyTier } from './empty';
import { ADAPTERS } from './adapters/index';
import type { PortalAdapter, ReadResult } from './adapters/types';
import { authorizationProblem, claimProblem, snapshotProblems } from '../model/snapshot-check';
import { LIMITS, readGeneric } from './generic';
import { VisibilityChecker, withChecker, type VisibilityMode } from './visibility';

export type { PortalAdapter, ReadResult, ReaderHints, PageKind } from './adapters/types';
export { readGeneric, LIMITS, WHOLE_LIST_SLACK } from './generic';
export { emptySnapshot } from './empty';

export interface Detection {
  adapter: PortalAdapter | null;
  kind: 'adapter' | 'generic';
  /**
   * The generic read that detection made to weigh the page's evidence (kind 'generic'). It is the page as it was at
   * that moment: pass it to `readPage`/`readFrames` (`genericRead`) in the same task, so that a generic page is read
   * once rather than twice, and never keep it beyond that.
   */
  read?: ReadResult;
}

export interface Canary {
  adapterId: string;
  missing: string[];
}

export interface PageReadResult extends ReadResult {
  canary: Canary | null;
}

export interface ReadPageOptions {
  /** Adapters to consider (default: the registry). */
  adapters?: readonly PortalAdapter[];
  /** Force an adapter (null = generic), skipping detection. */
  adapter?: PortalAdapter | null;
  visibilityMode?: VisibilityMode;
  /**
   * The top document's generic read made by `detectPortal` in this same task (`Detection.read`): used instead of
   * reading the page again when the generic reader is the one that reads it. Frames are always read.
   */
  genericRead?: ReadResult;
  /**
   * An extra check of the finished snapshot (e.g. the zod schema, where the bundle can afford it): returns the
   * problems found, empty when valid. The built-in check (lib/model/snapshot-check.ts) always runs.
   */
  validate?: (snapshot: PageSnapshot) => string[];
  /** Read at most this many claim rows/cards of the top document (see ReadOptions.claimRowLimit); frames whole. */
  claimRowLimit?: number;
}

function toUrl(url: string | URL): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

// No trailing word boundary: textContent glues adjacent cells ("ClaimsClaim #").
const PORTAL_WORDS =
  /(?:deductible|out[- ]of[- ]pocket|coinsurance|copay|claim|explanation of benefits|authori[sz]ation|referral|deducible|reclamo|autorizaci[oó]n)/i;

/** Strong evidence that a generic read found portal facts (not a blog post that mentions a deductible). */
function strongEvidence(s: PageSnapshot): boolean {
  const richClaim = s.claims.some((c) => {
    const money = [c.billed, c.allowed, c.planPaid, c.patientOwes, c.planDiscount].filter(
      (v) => v !== null,
    ).length;
    return (
      money >= 1 &&
      (c.dateOfService !== null || !c.id.startsWith('derived:') || c.status !== null) &&
      money + (c.status ? 1 : 0) >= 2
    );
  });
  if (richClaim) return true;
  if (s.authorizations.some((a) => a.referenceNumber && a.status)) return true;
  if (s.referrals.some((a) => a.referenceNumber && a.status)) return true;
  let tierFacts = 0;
  for (const tier of [s.plan.inNetwork, s.plan.outOfNetwork]) {
    if (!tier) continue;
    for (const k of ['deductible', 'outOfPocket'] as const) {
      for (const scope of ['individual', 'family'] as const) {
        if (tier[k][scope].amount !== null) tierFacts++;
        if (tier[k][scope].met !== null) tierFacts++;
      }
    }
  }
  return tierFacts >= 2;
}

/**
 * Which reader claims this page: the first registered adapter whose URL predicate and DOM check accept it, else the
 * generic reader when the page holds strong evidence of portal facts, else null (not a portal page: do nothing).
 */
export function detectPortal(
  doc: Document,
  url: string | URL,
  adapters: readonly PortalAdapter[] = ADAPTERS,
  /** A generic page's read reads at most this many claim rows (see ReadOptions.claimRowLimit). */
  claimRowLimit?: number,
): Detection | null {
  const u = toUrl(url);
  if (u) {
    for (const adapter of adapters) {
      try {
        if (adapter.matchesUrl(u) && adapter.detect(doc, u)) return { adapter, kind: 'adapter' };
      } catch {
        // A faulty adapter must not break detection of the others.
      }
    }
  }
  const body = doc.body;
  if (!body) return null;
  const sample = (body.textContent ?? '').slice(0, 300_000);
  if (!PORTAL_WORDS.test(sample) || !/\$\s?\d|\d\.\d\d\b/.test(sample)) return null;
  // The same URL string readPage reads with, so that this read can stand for its read (Detection.read).
  const read = readGeneric(doc, typeof url === 'string' ? url : url.href, { claimRowLimit });
  return strongEvidence(read.snapshot) ? { adapter: null, kind: 'generic', read } : null;
}

function canaryFor(doc: Document, adapter: PortalAdapter): Canary | null {
  const missing: string[] = [];
  for (const sel of adapter.anchors) {
    try {
      if (!doc.querySelector(sel)) missing.push(sel);
    } catch {
      missing.push(sel);
    }
  }
  return missing.length ? { adapterId: adapter.id, missing } : null;
}

type ListOffsets = Record<'claims' | 'authorizations' | 'referrals', number[]>;
const LIST_PATH = /^(claims|authorizations|referrals)\[(\d+)\](.*)$/;

/**
 * A source path after the lists were re-indexed (`offsets[list][old]` = new index, -1 = dropped): the moved path,
 * null for an item that is gone, the path itself outside the lists.
 */
function movedPath(path: string, offsets: ListOffsets): string | null {
  const m = LIST_PATH.exec(path);
  if (!m) return path;
  const name = m[1] as keyof ListOffsets;
  const target = offsets[name][Number(m[2])];
  return target !== undefined && target >= 0 ? `${name}[${target}]${m[3]}` : null;
}

/** Drop whatever does not validate (keeping claim elements and sources aligned); never throw. */
function validated(result: ReadResult, extra?: (snapshot: PageSnapshot) => string[]): ReadResult {
  const problemsOf = (snapshot: unknown): string[] => {
    const found = snapshotProblems(snapshot);
    if (found.length > 0 || !extra) return found;
    try {
      return extra(snapshot as PageSnapshot);
    } catch (err) {
      return [`validator failed: ${String(err).slice(0, 200)}`];
    }
  };
  if (problemsOf(result.snapshot).length === 0) return result;
  const s = result.snapshot;
  const warnings = [...(Array.isArray(s.warnings) ? s.warnings : [])];
  const claims: PageSnapshot['claims'] = [];
  const elements: Element[] = [];
  // Where each item moved (-1: dropped), so that its sources move with it and a dropped one's go.
  const offsets: ListOffsets = { claims: [], authorizations: [], referrals: [] };
  (Array.isArray(s.claims) ? s.claims : []).forEach((c, i) => {
    if (claimProblem(c) === null) {
      offsets.claims.push(claims.length);
      claims.push(c);
      const el = result.claimElements[i];
      if (el) elements.push(el);
    } else {
      offsets.claims.push(-1);
      warnings.push(`A claim that did not validate was dropped (${String(c?.id ?? i).slice(0, 40)}).`);
    }
  });
  const kept = (list: unknown, name: 'authorizations' | 'referrals') => {
    const out: Authorization[] = [];
    for (const a of Array.isArray(list) ? (list as Authorization[]) : []) {
      const ok = authorizationProblem(a) === null;
      offsets[name].push(ok ? out.length : -1);
      if (ok) out.push(a);
    }
    return out;
  };
  const authorizations = kept(s.authorizations, 'authorizations');
  const referrals = kept(s.referrals, 'referrals');
  const sources: PageSnapshot['sources'] = {};
  if (s.sources && typeof s.sources === 'object') {
    for (const [path, src] of Object.entries(s.sources)) {
      const moved = movedPath(path, offsets);
      if (moved !== null) sources[moved] = src;
    }
  }
  const repaired: PageSnapshot = { ...s, claims, authorizations, referrals, sources, warnings };
  const issues = problemsOf(repaired);
  if (issues.length === 0 && claims.length === elements.length)
    return { snapshot: repaired, claimElements: elements };
  const empty = emptySnapshot(
    typeof s.url === 'string' ? s.url : '',
    typeof s.portal === 'string' ? s.portal : 'generic',
  );
  empty.warnings = [
    ...warnings.slice(0, 20),
    `The page could not be read into a valid snapshot (${issues
      .slice(0, 3)
      .map((i) => `${i}: invalid`)
      .join('; ')}).`,
  ];
  return { snapshot: empty, claimElements: [] };
}

/**
 * Read one document: pick the adapter (or the generic reader), read with the adapter's hints, apply `refine`, check
 * the canary, validate. Never throws on page content.
 */
export function readPage(doc: Document, url: string, opts: ReadPageOptions = {}): PageReadResult {
  const detection = opts.adapter !== undefined ? null : detectPortal(doc, url, opts.adapters ?? ADAPTERS);
  const adapter = opts.adapter !== undefined ? opts.adapter : (detection?.adapter ?? null);
  // A generic page was just read by its detection (with the default visibility mode): that read is this read.
  const earlier =
    adapter === null && opts.visibilityMode === undefined ? (opts.genericRead ?? detection?.read) : undefined;
  let result: ReadResult;
  // One checker for the read and the adapter's refine: each element's visibility and text is decided once.
  const checker = new VisibilityChecker(doc, opts.visibilityMode);
  try {
    result =
      earlier ??
      readGeneric(doc, url, {
        hints: adapter?.hints,
        portal: adapter?.id ?? 'generic',
        visibilityMode: opts.visibilityMode,
        checker,
        claimRowLimit: opts.claimRowLimit,
      });
  } catch (err) {
    const snapshot = emptySnapshot(url, adapter?.id ?? 'generic');
    snapshot.warnings = [`The page could not be read: ${String(err).slice(0, 200)}`];
    result = { snapshot, claimElements: [] };
  }
  const unread = result.unread;
  const refine = adapter?.refine;
  if (adapter && refine) {
    try {
      const before = result;
      result = withChecker(doc, checker, () => refine.call(adapter, doc, before));
    } catch (err) {
      (result.snapshot.warnings ??= []).push(
        `Adapter ${adapter.id} could not refine the page: ${String(err).slice(0, 200)}`,
      );
    }
  }
  const canary = adapter ? canaryFor(doc, adapter) : null;
  if (canary) {
    (result.snapshot.warnings ??= []).push(
      `This page changed (${canary.adapterId}: ${canary.missing.join(', ')} not found); facts may be incomplete.`,
    );
  }
  // The rows left unread stay with the result (the adapter's refine works on the claims read).
  return { ...validated(result, opts.validate), canary, unread };
}

// ---- frames -----------------------------------------------------------------------------------------------------

const TIER_LEAVES: Array<[keyof Tier, string | null, string | null]> = [
  ['deductible', 'individual', 'amount'],
  ['deductible', 'individual', 'met'],
  ['deductible', 'family', 'amount'],
  ['deductible', 'family', 'met'],
  ['outOfPocket', 'individual', 'amount'],
  ['outOfPocket', 'individual', 'met'],
  ['outOfPocket', 'family', 'amount'],
  ['outOfPocket', 'family', 'met'],
  ['coinsurance', null, null],
  ['copays', 'primaryCare', null],
  ['copays', 'specialist', null],
  ['copays', 'urgentCare', null],
  ['copays', 'emergency', null],
  ['copays', 'telehealth', null],
];

function getLeaf(tier: Tier, [a, b, c]: (typeof TIER_LEAVES)[number]): number | null {
  const level1 = tier[a] as unknown;
  if (b === null) return typeof level1 === 'number' ? level1 : null;
  const level2 = (level1 as Record<string, unknown>)[b];
  if (c === null) return typeof level2 === 'number' ? level2 : null;
  const level3 = (level2 as Record<string, unknown>)[c];
  return typeof level3 === 'number' ? level3 : null;
}

function setLeaf(tier: Tier, [a, b, c]: (typeof TIER_LEAVES)[number], value: number): void {
  if (a === 'coinsurance') tier.coinsurance = value;
  else if (a === 'copays' && b) (tier.copays as Record<string, number | null | undefined>)[b] = value;
  else if ((a === 'deductible' || a === 'outOfPocket') && b && c)
    (tier[a] as Record<string, Record<string, number | null>>)[b]![c] = value;
}

/** Merge `extra` (a frame's read) into `base`: base values win; lists are appended with their sources re-indexed. */
export function mergeResults(base: PageReadResult, extra: ReadResult): PageReadResult {
  const s = base.snapshot;
  const e = extra.snapshot;
  const sources = s.sources;
  const copySource = (from: string, to: string) => {
    const src = e.sources[from];
    if (src) sources[to] = src;
  };
  for (const key of ['name', 'id'] as const) {
    if (s.member[key] === null && e.member[key] !== null) {
      s.member[key] = e.member[key];
      copySource(`member.${key}`, `member.${key}`);
    }
  }
  if (s.plan.name === null && e.plan.name !== null) {
    s.plan.name = e.plan.name;
    copySource('plan.name', 'plan.name');
  }
  if (s.plan.type === null && e.plan.type !== null) {
    s.plan.type = e.plan.type;
    copySource('plan.type', 'plan.type');
  }
  if (s.plan.network === null && e.plan.network !== null) {
    s.plan.network = e.plan.network;
    copySource('plan.network', 'plan.network');
  }
  for (const k of ['start', 'end'] as const) {
    if (s.plan.planYear[k] === null && e.plan.planYear[k] !== null) {
      s.plan.planYear[k] = e.plan.planYear[k];
      copySource(`plan.planYear.${k}`, `plan.planYear.${k}`);
    }
  }
  for (const tierName of ['inNetwork', 'outOfNetwork'] as const) {
    const from = e.plan[tierName];
    if (!from) continue;
    const to = tierName === 'inNetwork' ? s.plan.inNetwork : (s.plan.outOfNetwork ??= emptyTier());
    for (const leaf of TIER_LEAVES) {
      const v = getLeaf(from, leaf);
      if (v === null || getLeaf(to, leaf) !== null) continue;
      setLeaf(to, leaf, v);
      const path = `plan.${tierName}.${leaf.filter((x) => x !== null).join('.')}`;
      copySource(path, path);
    }
  }
  const claimElements = [...base.claimElements];
  const offsets: ListOffsets = { claims: [], authorizations: [], referrals: [] };
  e.claims.forEach((c, i) => {
    if (s.claims.length >= LIMITS.maxClaims || s.claims.some((x) => x.id === c.id)) {
      offsets.claims.push(-1);
      return;
    }
    offsets.claims.push(s.claims.length);
    s.claims.push(c);
    const el = extra.claimElements[i];
    if (el) claimElements.push(el);
  });
  for (const name of ['authorizations', 'referrals'] as const) {
    e[name].forEach((a) => {
      if (a.referenceNumber && s[name].some((x) => x.referenceNumber === a.referenceNumber)) {
        offsets[name].push(-1);
        return;
      }
      offsets[name].push(s[name].length);
      s[name].push(a);
    });
  }
  for (const [path, src] of Object.entries(e.sources)) {
    // Only the lists' sources: the frame's member and plan sources were copied above, where its value was taken.
    const moved = LIST_PATH.test(path) ? movedPath(path, offsets) : null;
    if (moved !== null) sources[moved] = src;
  }
  s.warnings = [...(s.warnings ?? []), ...(e.warnings ?? [])].slice(0, 60);
  s.implausible = [...(s.implausible ?? []), ...(e.implausible ?? [])].slice(0, 200);
  return { snapshot: s, claimElements, canary: base.canary, unread: base.unread };
}

function frameDocuments(doc: Document, depth: number, out: Array<{ doc: Document; url: string }>): void {
  if (depth > 2 || out.length > 20) return;
  const frames = doc.querySelectorAll('iframe, frame');
  for (let i = 0; i < frames.length && i < 20; i++) {
    const frame = frames[i] as HTMLIFrameElement;
    try {
      if (frame.hidden || frame.getAttribute('aria-hidden') === 'true') continue;
      // Throws (or returns null) for cross-origin frames: those are not ours to read.
      const inner = frame.contentDocument;
      if (!inner || !inner.body) continue;
      const href = inner.location?.href;
      const url =
        href && href !== 'about:blank' && href !== 'about:srcdoc' ? href : (doc.location?.href ?? '');
      out.push({ doc: inner, url });
      frameDocuments(inner, depth + 1, out);
    } catch {
      // Cross-origin: skipped.
    }
  }
}

/**
 * Read the page and its same-origin frames (including `srcdoc` and about:blank frames) into one snapshot. The top
 * document decides the adapter; each frame is read by the adapter that claims it, or the generic reader.
 */
export function readFrames(doc: Document, url: string, opts: ReadPageOptions = {}): PageReadResult {
  let result = readPage(doc, url, opts);
  const frames: Array<{ doc: Document; url: string }> = [];
  frameDocuments(doc, 0, frames);
  for (const f of frames) {
    try {
      const inner = readPage(f.doc, f.url || url, {
        ...opts,
        adapter: undefined,
        genericRead: undefined,
        claimRowLimit: undefined,
      });
      result = mergeResults(result, inner);
    } catch {
      // A frame that cannot be read does not spoil the page.
    }
  }
  if (frames.length === 0) return result;
  return { ...validated(result, opts.validate), canary: result.canary, unread: result.unread };
}
