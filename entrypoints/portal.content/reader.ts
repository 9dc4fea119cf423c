/**
 * The content script's controller: detect → read → send `page:snapshot` → annotate, then stay cheap.
 *
 * Lifecycle (issue 6 §6, issue 7 §3):
 * - Not a portal page (detectPortal says no): nothing is read or drawn. A short, bounded watch (≤ LATE_WAIT_MS,
 *   debounced) catches portals that render late, and route changes (`wxt:locationchange`) re-check; nothing else.
 * - A portal page: one scoped MutationObserver on the main content (and on same-origin frame documents), debounced
 *   (trailing DEBOUNCE_MS, at most MAX_WAIT_MS behind a page that never stops changing). Our own DOM writes are
 *   dropped with `takeRecords()` right after the batch, so annotating never triggers a re-read.
 * - A single-page portal re-rendering the same claims (new row elements, same text) is not read again: when the
 *   observed root shows exactly the text it showed at the last read and every claim row is found again at the same
 *   place with the same text, the badges are re-pointed to the new rows in the mutation callback itself, before the
 *   page is laid out, so the badges cost no layout of their own (issue 7: ≤ 2 ms per re-render). Attribute changes
 *   that can hide or show content (`hidden`, `aria-hidden`, `open`, `aria-expanded`) always lead to a real read.
 * - A real read that yields the same snapshot as the one last sent is not sent again (a structural comparison, no
 *   serialisation).
 * - A long claims list is read as it is needed (issue 7: reading 2,000 claims cost the page ~0.5 s at load): the first
 *   EAGER_CLAIM_ROWS claim rows (plus the rest of a list at most WHOLE_LIST_SLACK longer), then more when an unread
 *   row comes near the viewport (an IntersectionObserver, as for the badges) or everything when the popup asks
 *   (`page:read-all`; from then on this page is always read whole). The snapshot says how many rows wait
 *   (`unreadRows`), so nothing is presented as the whole list while it is not.
 * - Time spent is recorded as user-timing measures `coverage-lens:read` and `coverage-lens:annotate` (the benchmark
 *   reads them; see test/bench/README.md).
 * - Before drawing, each claim row must still show the text it had when it was read (fingerprint); otherwise the
 *   badge is skipped and the page is read again.
 * - Everything hangs off `ctx`: on invalidation (extension reload/update) observers, timers, listeners and UI go.
 * - Every callback is guarded: an exception is reported once with a prefix and the page keeps working.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPortal, emptySnapshot, readFrames, type Detection, type PageReadResult } from '@/lib/extract';
import type { PageSnapshot } from '@/lib/model/snapshot';
import type { ClaimBadge, PageSnapshotMessage } from '@/lib/model/page-messages';
import {
  createAnnotator,
  intersectionWatcher,
  sweepStaleHosts,
  type AnnotationItem,
  type Annotator,
  type AnnotatorOptions,
  type NearWatcher,
} from '@/components/annotations/annotator';
import { effectiveUrl, isReadByAncestor, sameOriginFrames } from './frames';
import { parseAssessmentMessage, parseReadRequest, parseSnapshotResponse } from './messages';

export const DEBOUNCE_MS = 200;
/** Our user-timing measures are dropped after this many, so that a long-lived single-page portal does not grow them. */
const MAX_MEASURES = 200;
export const MAX_WAIT_MS = 1_000;
export const LATE_WAIT_MS = 10_000;
/** Restoring hosts a hostile page keeps removing: at most this many restores per RESTORE_WINDOW_MS. */
const RESTORE_BUDGET = 30;
const RESTORE_WINDOW_MS = 10_000;
const PREFIX = '[coverage-lens]';
/** Claim rows read at first on a long list; the others when they come near the viewport or the popup asks. */
export const EAGER_CLAIM_ROWS = 100;
/**
 * An unread row coming near reads this many rows beyond it, and at least twice as many rows as before: each further
 * read reads the list from the top again, so reading a whole list in steps costs at most about two whole reads.
 */
export const MORE_CLAIM_ROWS = 150;

export interface ReaderEnv {
  ctx: Pick<ContentScriptContext, 'isValid' | 'onInvalidated' | 'addEventListener'>;
  win: Window;
  doc: Document;
  /** Sends `page:snapshot` to the background; resolves with its raw answer. */
  send(message: PageSnapshotMessage): Promise<unknown>;
  /**
   * Subscribes to background → content messages; returns the unsubscribe function. A listener that returns a promise
   * answers the message with what it resolves to.
   */
  listen(
    listener: (message: unknown, senderId: string | undefined) => Promise<unknown> | undefined,
  ): () => void;
  /** Our extension id: messages from anyone else are ignored. */
  extensionId: string | undefined;
  /** `claimRowLimit`: how many claim rows to read at most (see EAGER_CLAIM_ROWS; Infinity: all). */
  detect?: (doc: Document, url: string, claimRowLimit: number) => Detection | null;
  read?: (doc: Document, url: string, detection: Detection, claimRowLimit: number) => PageReadResult;
  /** Watches unread claim rows coming near the viewport (tests inject their own; default: IntersectionObserver). */
  watchNear?: AnnotatorOptions['watchNear'];
}

export interface PortalReader {
  /** 'idle' (frame read by its parent), 'passive' (not a portal page), 'active', or 'stopped'. */
  readonly state: 'idle' | 'passive' | 'active' | 'stopped';
  readonly annotator: Annotator;
  /** Resolves when no read, send or draw is pending (tests). */
  settled(): Promise<void>;
  stop(): void;
}

export function startPortalReader(env: ReaderEnv): PortalReader {
  const { ctx, win, doc } = env;
  const detect =
    env.detect ??
    ((d: Document, url: string, claimRowLimit: number) => detectPortal(d, url, undefined, claimRowLimit));
  const read =
    env.read ??
    ((d: Document, url: string, detection: Detection, claimRowLimit: number) =>
      readFrames(d, url, { adapter: detection.adapter, genericRead: detection.read, claimRowLimit }));
  const watchNear = env.watchNear ?? intersectionWatcher;
  // Late draws (rows scrolling near the viewport) report back here; declared below, called only after start.
  const annotator = createAnnotator(doc, {
    onLateDraw: (result) => onLateDraw(result),
  });

  let state: PortalReader['state'] = 'passive';
  let detection: Detection | null = null;
  let last: PageReadResult | null = null;
  let fingerprints: string[] = [];
  /** The snapshot last sent and acknowledged (null: nothing sent, or the page stopped being a portal). */
  let lastSent: PageSnapshot | null = null;
  /** What the page showed at the last read, to recognise a re-render of the same claims without reading. */
  let pageState: PageState | null = null;
  /** A visibility-related attribute changed since the last read: the next update must read. */
  let attributesChanged = false;
  let badges: ClaimBadge[] = [];
  let hint: string | undefined;
  let note: string | null = null;
  let inflight: Promise<void> | null = null;
  let again = false;
  let verifyRetries = 0;
  let canaryWarned = false;
  /**
   * The user asked us to read this page ("Read this page anyway"): where detection finds no portal, the generic
   * reader reads it all the same, for as long as this document lives (its routes included).
   */
  let userAsked = false;
  /** The current detection is that request, not evidence on the page. */
  let vouched = false;
  /** Claim rows the next read reads at most (grows as unread rows come near; Infinity once the popup asked). */
  let claimRowLimit = EAGER_CLAIM_ROWS;
  /** undefined: not made yet; null: the browser has no watcher (then a partial read is followed by a whole one). */
  let unreadWatcher: NearWatcher | null | undefined;
  /** The unread rows being watched, with their place in the list. */
  let watchedUnread = new Map<Element, number>();

  const reported = new Set<string>();
  function reportOnce(where: string, error: unknown): void {
    const key = `${where}:${String(error)}`;
    if (reported.has(key) || reported.size > 20) return;
    reported.add(key);
    console.warn(`${PREFIX} ${where}:`, error);
  }
  function guard<A extends unknown[]>(where: string, fn: (...args: A) => void): (...args: A) => void {
    return (...args: A) => {
      if (state === 'stopped' || !ctx.isValid) return;
      try {
        fn(...args);
      } catch (error) {
        reportOnce(where, error);
      }
    };
  }

  // -------------------------------------------------------------------------------------------------------------
  // Timers: one debounce timer with a max wait, one late-watch deadline; cleared on invalidation.

  let debounceTimer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt = 0;
  let pendingForce = false;
  let pendingRedetect = false;
  let lateTimer: ReturnType<typeof setTimeout> | undefined;

  function schedule(options: { force?: boolean; redetect?: boolean } = {}): void {
    if (state === 'stopped' || state === 'idle') return;
    pendingForce ||= Boolean(options.force);
    pendingRedetect ||= Boolean(options.redetect);
    const now = Date.now();
    if (debounceTimer === undefined) firstPendingAt = now;
    else clearTimeout(debounceTimer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, firstPendingAt + MAX_WAIT_MS - now));
    debounceTimer = setTimeout(runScheduled, wait);
  }

  const runScheduled = guard('update', () => {
    debounceTimer = undefined;
    const force = pendingForce;
    const redetect = pendingRedetect;
    pendingForce = false;
    pendingRedetect = false;
    void cycle(force, redetect);
  });

  // -------------------------------------------------------------------------------------------------------------
  // Observers

  let observer: MutationObserver | null = null;
  let lateObserver: MutationObserver | null = null;
  let tamperObserver: MutationObserver | null = null;
  const frameObservers = new Map<Document, MutationObserver>();
  const hookedFrames = new WeakSet<Element>();

  function observedRoot(): Element | null {
    const selector = detection?.adapter?.hints?.root;
    if (selector) {
      try {
        const root = doc.querySelector(selector);
        if (root) return root;
      } catch {
        // An invalid selector in an adapter falls back to the defaults.
      }
    }
    return doc.querySelector('main, [role="main"]') ?? doc.body;
  }

  const OBSERVE: MutationObserverInit = {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['hidden', 'aria-hidden', 'open', 'aria-expanded'],
  };

  const onMutations = guard('observe', (records: MutationRecord[]) => {
    let relevant = false;
    let tampered = false;
    for (const record of records) {
      if (record.type === 'childList') {
        const added = record.addedNodes;
        const removed = record.removedNodes;
        if (added.length === 0 && removed.length === 0) continue;
        if (allOwn(added) && allOwn(removed)) {
          if (removed.length > 0) tampered = true;
          continue;
        }
      }
      if (annotator.isOwnNode(record.target)) {
        tampered = true;
        continue;
      }
      if (record.type === 'attributes') attributesChanged = true;
      relevant = true;
    }
    if (relevant) {
      // The claim rows were replaced (a single-page portal re-rendered its list): re-point the badges now, before the
      // page is laid out, when the page shows the same claims; otherwise read after the debounce.
      const first = last?.claimElements[0];
      if (first && !first.isConnected && !running && reuse()) return;
      schedule();
    } else if (tampered) restoreSoon();
  });

  function allOwn(nodes: NodeList): boolean {
    for (let i = 0; i < nodes.length; i++) if (!annotator.isOwnNode(nodes[i] as Node)) return false;
    return true;
  }

  function observe(): void {
    const root = observedRoot();
    if (!root) return;
    observer ??= new MutationObserver(onMutations);
    observer.disconnect();
    observer.observe(root, OBSERVE);
    // The root may be replaced by a client-side router: watch the body's direct children too.
    if (doc.body && root !== doc.body) observer.observe(doc.body, { childList: true });
  }

  /** Same-origin frames: re-read when one loads or its content changes. */
  function hookFrames(): void {
    const seen = new Set<Document>();
    for (const { frame, doc: frameDoc } of sameOriginFrames(doc)) {
      if (!hookedFrames.has(frame)) {
        hookedFrames.add(frame);
        ctx.addEventListener(
          frame,
          'load',
          guard('frame', () => schedule()),
        );
      }
      seen.add(frameDoc);
      if (!frameObservers.has(frameDoc) && frameDoc.body) {
        const frameObserver = new MutationObserver(onMutations);
        frameObserver.observe(frameDoc.body, OBSERVE);
        frameObservers.set(frameDoc, frameObserver);
      }
    }
    for (const [frameDoc, frameObserver] of frameObservers) {
      if (!seen.has(frameDoc)) {
        frameObserver.disconnect();
        frameObservers.delete(frameDoc);
      }
    }
  }

  /** Drops the records of our own writes so they never look like page changes. */
  function forgetOwnRecords(): void {
    observer?.takeRecords();
    lateObserver?.takeRecords();
    for (const frameObserver of frameObservers.values()) frameObserver.takeRecords();
    tamperObserver?.takeRecords();
  }

  // Tampering with a host's attributes (hide it, restyle it) is restored like a removal.
  const onTamper = guard('restore', () => restoreSoon());
  let watchedHosts = new WeakSet<Element>();
  function watchHosts(): void {
    tamperObserver ??= new MutationObserver(onTamper);
    // Hosts keep their registration when moved to a re-rendered row: only new hosts are added.
    for (const host of annotator.hosts()) {
      if (watchedHosts.has(host)) continue;
      watchedHosts.add(host);
      tamperObserver.observe(host, { attributes: true });
    }
  }

  let restores: number[] = [];
  let restorePending = false;
  function restoreSoon(): void {
    if (restorePending) return;
    restorePending = true;
    queueMicrotask(
      guard('restore', () => {
        restorePending = false;
        const now = Date.now();
        restores = restores.filter((at) => now - at < RESTORE_WINDOW_MS);
        if (restores.length >= RESTORE_BUDGET) {
          reportOnce('restore', 'the page keeps removing annotations; stopped restoring for now');
          return;
        }
        restores.push(now);
        annotator.restore();
        forgetOwnRecords();
      }),
    );
  }

  // -------------------------------------------------------------------------------------------------------------
  // Passive: not (yet) a portal page.

  function startLateWatch(): void {
    stopLateWatch();
    const target = doc.body ?? doc.documentElement;
    if (!target) return;
    lateObserver = new MutationObserver(guard('observe', () => schedule({ redetect: true })));
    lateObserver.observe(target, { childList: true, subtree: true });
    lateTimer = setTimeout(guard('late', stopLateWatch), LATE_WAIT_MS);
  }

  function stopLateWatch(): void {
    lateObserver?.disconnect();
    lateObserver = null;
    if (lateTimer !== undefined) clearTimeout(lateTimer);
    lateTimer = undefined;
  }

  function deactivate(): void {
    watchUnread([]);
    observer?.disconnect();
    for (const frameObserver of frameObservers.values()) frameObserver.disconnect();
    frameObservers.clear();
    tamperObserver?.disconnect();
    watchedHosts = new WeakSet();
    annotator.clear();
    last = null;
    fingerprints = [];
    pageState = null;
    badges = [];
    note = null;
    if (lastSent !== null) {
      // The page we reported is gone (client-side route to a non-portal view): tell the background.
      lastSent = null;
      void sendSnapshot({
        type: 'page:snapshot',
        snapshot: emptySnapshot(effectiveUrl(doc)),
        canary: null,
      }).catch((error) => reportOnce('send', error));
    }
    state = 'passive';
  }

  // -------------------------------------------------------------------------------------------------------------
  // Read → send → draw

  let running = false;

  async function cycle(force: boolean, redetect: boolean): Promise<void> {
    if (running) {
      // One exchange with the background at a time; read again when it is done.
      again = true;
      pendingForce ||= force;
      pendingRedetect ||= redetect;
      return;
    }
    running = true;
    const run = runCycle(force, redetect);
    inflight = run;
    try {
      await run;
    } catch (error) {
      reportOnce('read', error);
    } finally {
      running = false;
      if (inflight === run) inflight = null;
      if (again) {
        again = false;
        schedule();
      }
    }
  }

  async function runCycle(force: boolean, redetect: boolean): Promise<void> {
    const started = now();
    const url = effectiveUrl(doc);
    // The generic read a detection made in this cycle, given to this cycle's read only (the page may change after).
    let detectedRead: Detection['read'];
    if (redetect || state !== 'active') {
      const found = detect(doc, url, claimRowLimit);
      vouched = found === null && userAsked;
      detection = found ? { adapter: found.adapter, kind: found.kind } : vouched ? GENERIC : null;
      detectedRead = found?.read;
      if (!detection) {
        if (state === 'active') {
          deactivate();
          startLateWatch();
        }
        return;
      }
      if (state !== 'active') {
        stopLateWatch();
        state = 'active';
        observe();
      }
    }
    if (!detection) return;
    const readyWhen = detection.adapter?.hints?.readyWhen;
    if (readyWhen && !safeMatches(readyWhen)) {
      // Late-rendering page: the observer wakes us when content arrives; read anyway after LATE_WAIT_MS.
      readyDeadline ??= Date.now() + LATE_WAIT_MS;
      if (Date.now() < readyDeadline) {
        readyTimer ??= setTimeout(
          guard('late', () => schedule({ force: true })),
          readyDeadline - Date.now(),
        );
        return;
      }
    }
    // Same claims, same text (a re-render the mutation callback did not catch): re-point, do not read.
    if (!force && !redetect && reuse()) return;
    const result = read(
      doc,
      url,
      detectedRead ? { ...detection, read: detectedRead } : detection,
      claimRowLimit,
    );
    if (vouched && !holdsFacts(result.snapshot)) {
      // Read on request and nothing there: back to passive, without the late watch (the user can ask again).
      deactivate();
      return;
    }
    last = result;
    watchUnread(result.unread ?? []);
    fingerprints = result.claimElements.map((element) => element.textContent ?? '');
    pageState = capturePageState(result);
    attributesChanged = false;
    hookFrames();
    if (result.canary && !canaryWarned) {
      canaryWarned = true;
      console.warn(
        `${PREFIX} page changed: ${result.canary.adapterId} anchors missing`,
        result.canary.missing,
      );
    }
    const changed = force || lastSent === null || !sameValue(result.snapshot, lastSent);
    measure('coverage-lens:read', started);
    if (changed) {
      const raw = await sendSnapshot({
        type: 'page:snapshot',
        snapshot: result.snapshot,
        canary: result.canary,
      });
      if (state !== 'active' || last !== result) return;
      const response = parseSnapshotResponse(raw);
      if (!response || !response.ok) {
        reportOnce('background', response ? response.error : 'malformed answer');
        return;
      }
      lastSent = result.snapshot;
      badges = response.claims;
      hint = response.hint;
      note = response.notice ?? null;
    }
    draw();
  }

  // -------------------------------------------------------------------------------------------------------------
  // A long list read in part: more when an unread row comes near the viewport

  function watchUnread(rows: readonly Element[]): void {
    if (watchedUnread.size > 0) unreadWatcher?.disconnect();
    watchedUnread = new Map();
    if (rows.length === 0) return;
    unreadWatcher ??= watchNear(doc, guard('more', onUnreadNear));
    if (unreadWatcher === null) {
      // Nothing tells us when a row comes near: read the whole list (after this read was sent and drawn).
      claimRowLimit = Infinity;
      schedule({ force: true });
      return;
    }
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as Element;
      watchedUnread.set(row, i);
      unreadWatcher.observe(row);
    }
  }

  function onUnreadNear(near: readonly Element[]): void {
    let furthest = -1;
    for (const row of near) furthest = Math.max(furthest, watchedUnread.get(row) ?? -1);
    if (furthest < 0 || state !== 'active') return;
    claimRowLimit = Math.max(claimRowLimit * 2, claimRowLimit + furthest + 1 + MORE_CLAIM_ROWS);
    watchUnread([]);
    void cycle(true, false);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Re-renders of the same claims

  /** Where each claim row is (child indexes from the observed root) and the root's text, after a read. */
  function capturePageState(result: PageReadResult): PageState | null {
    const root = observedRoot();
    if (!root || result.claimElements.length === 0) return null;
    const paths: number[][] = [];
    const parentPaths = new Map<Element, number[] | null>();
    const childIndex = new Map<Element, number>();
    for (const element of result.claimElements) {
      const parent = element.parentElement;
      if (!parent || element.ownerDocument !== doc) return null;
      let parentPath = parentPaths.get(parent);
      if (parentPath === undefined) {
        parentPath = pathFrom(root, parent);
        parentPaths.set(parent, parentPath);
        // One pass over the parent's children gives every row's index (rows share a parent).
        const children = parent.children;
        for (let i = 0; i < children.length; i++) childIndex.set(children[i] as Element, i);
      }
      const index = childIndex.get(element);
      if (!parentPath || index === undefined) return null;
      paths.push([...parentPath, index]);
    }
    return { text: root.textContent ?? '', paths };
  }

  /**
   * When the page shows exactly what it showed at the last read (same text in the observed root, every claim row at
   * the same place with the same text), re-point the badges to the current row elements and draw. No read, no send.
   */
  function reuse(): boolean {
    // Unread rows re-rendered would be new elements nobody watches: a real read finds them.
    if (!last || !pageState || attributesChanged || state !== 'active' || watchedUnread.size > 0)
      return false;
    const started = now();
    const root = observedRoot();
    if (!root || (root.textContent ?? '') !== pageState.text) return false;
    const elements: Element[] = [];
    for (let i = 0; i < pageState.paths.length; i++) {
      const element = follow(root, pageState.paths[i] as number[]);
      if (!element || (element.textContent ?? '') !== fingerprints[i]) return false;
      elements.push(element);
    }
    last = { ...last, claimElements: elements };
    measure('coverage-lens:read', started);
    draw(true);
    return true;
  }

  let measures = 0;
  function measure(name: string, start: number): void {
    try {
      const perf = win.performance;
      if (measures++ >= MAX_MEASURES) {
        perf.clearMeasures('coverage-lens:read');
        perf.clearMeasures('coverage-lens:annotate');
        measures = 1;
      }
      perf.measure(name, { start, end: perf.now() });
    } catch {
      // User timing is diagnosis only.
    }
  }

  function now(): number {
    return win.performance?.now() ?? Date.now();
  }

  let readyDeadline: number | undefined;
  let readyTimer: ReturnType<typeof setTimeout> | undefined;
  function safeMatches(selector: string): boolean {
    try {
      return doc.querySelector(selector) !== null;
    } catch {
      return true;
    }
  }

  function sendSnapshot(message: PageSnapshotMessage): Promise<unknown> {
    return env.send(message);
  }

  let drawPending = false;
  /**
   * Writes the badges in one batch: synchronously when called from a mutation callback (the rows were just
   * re-rendered and verified; the page has not been laid out yet), else in a microtask.
   */
  function draw(now = false): void {
    if (now) {
      drawPending = false;
      drawBatch();
      return;
    }
    if (drawPending) return;
    drawPending = true;
    queueMicrotask(() => {
      if (!drawPending) return;
      drawPending = false;
      drawBatch();
    });
  }

  const drawBatch = guard('annotate', () => {
    if (state !== 'active' || !last) return;
    const started = now();
    const items: AnnotationItem[] = [];
    const seen = new Map<string, number>();
    let unverified = 0;
    for (const item of badges) {
      const element = last.claimElements[item.index];
      const claim = last.snapshot.claims[item.index];
      // The answer must be for the claim read from this row; the annotator checks the row still shows that text.
      if (!element || !claim || claim.id !== item.claimId) {
        unverified++;
        continue;
      }
      const count = seen.get(item.claimId) ?? 0;
      seen.set(item.claimId, count + 1);
      items.push({
        key: count === 0 ? item.claimId : `${item.claimId}#${count}`,
        element,
        claimId: item.claimId,
        badge: item.badge,
        expectText: fingerprints[item.index],
      });
    }
    unverified += annotator.render(items, hint);
    annotator.setNote(note);
    afterDraw(started, unverified);
  });

  /** After badges were written (now, or later as rows came near the viewport): watch them, forget our records. */
  function afterDraw(started: number, unverified: number): void {
    watchHosts();
    forgetOwnRecords();
    measure('coverage-lens:annotate', started);
    if (unverified > 0 && verifyRetries < 3) {
      verifyRetries++;
      schedule();
    } else if (unverified === 0) {
      verifyRetries = 0;
    }
  }

  const onLateDraw = guard('annotate', (result: { skipped: number; startedAt: number; error?: unknown }) => {
    if (result.error !== undefined) reportOnce('annotate', result.error);
    afterDraw(result.startedAt, result.skipped);
  });

  // -------------------------------------------------------------------------------------------------------------
  // Background → page: new badges after an edit in the popup (or empty after "Delete all data").

  function onBackgroundMessage(message: unknown, senderId: string | undefined): Promise<unknown> | undefined {
    if (state === 'stopped' || !ctx.isValid || senderId !== env.extensionId) return undefined;
    const request = parseReadRequest(message);
    if (request) return readOnRequest(request.type === 'page:read-all');
    onAssessment(message);
    return undefined;
  }

  /**
   * A read the popup asked for, answered once it was sent (`found`: it held any fact). "Read this page anyway" (`all`
   * false): generic where detection finds no portal, for as long as this document lives. The popup opened on a list
   * read in part (`all`): every claim row, now and from now on.
   */
  async function readOnRequest(all: boolean): Promise<{ ok: true; found: boolean }> {
    if (all) claimRowLimit = Infinity;
    else {
      userAsked = true;
      stopLateWatch();
    }
    // After any read in progress (its answer may be about to draw), one read of our own.
    while (inflight) await inflight.catch(() => undefined);
    await cycle(true, !all);
    return { ok: true, found: state === 'active' && last !== null && holdsFacts(last.snapshot) };
  }

  const onAssessment = guard('message', (message: unknown) => {
    const parsed = parseAssessmentMessage(message);
    if (!parsed || state !== 'active') return;
    badges = parsed.claims;
    if (parsed.hint) hint = parsed.hint;
    if (badges.length === 0) note = null;
    draw();
  });

  // -------------------------------------------------------------------------------------------------------------
  // Start and stop

  let unlisten: (() => void) | null = null;

  function stop(): void {
    if (state === 'stopped') return;
    state = 'stopped';
    if (debounceTimer !== undefined) clearTimeout(debounceTimer);
    if (readyTimer !== undefined) clearTimeout(readyTimer);
    stopLateWatch();
    unreadWatcher?.disconnect();
    observer?.disconnect();
    tamperObserver?.disconnect();
    for (const frameObserver of frameObservers.values()) frameObserver.disconnect();
    frameObservers.clear();
    pageState = null;
    unlisten?.();
    try {
      annotator.clear();
    } catch (error) {
      reportOnce('stop', error);
    }
  }

  ctx.onInvalidated(stop);

  if (isReadByAncestor(win)) {
    state = 'idle';
  } else {
    try {
      sweepStaleHosts(doc, annotator);
      unlisten = env.listen(onBackgroundMessage);
      ctx.addEventListener(
        win,
        'wxt:locationchange',
        guard('route', () => {
          // Another view: its lists are read as needed again.
          claimRowLimit = EAGER_CLAIM_ROWS;
          schedule({ force: true, redetect: true });
        }),
      );
      void cycle(false, true).then(() => {
        if (state === 'passive') startLateWatch();
      });
    } catch (error) {
      reportOnce('start', error);
    }
  }

  return {
    get state() {
      return state;
    },
    annotator,
    async settled() {
      for (let i = 0; i < 50; i++) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (inflight) await inflight;
        if (!inflight && debounceTimer === undefined && !drawPending && !restorePending) return;
        if (debounceTimer !== undefined)
          await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS + 10));
      }
    },
    stop,
  };
}

/** The detection a user's request stands for: the generic reader. */
const GENERIC: Detection = { adapter: null, kind: 'generic' };

/** Any value other than null, an empty list or an object of those. */
function anyValue(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') {
    for (const key in value) if (anyValue((value as Record<string, unknown>)[key])) return true;
    return false;
  }
  return true;
}

/** The read found a member, plan, claim, authorization or referral fact. */
function holdsFacts(snapshot: PageSnapshot): boolean {
  return (
    snapshot.claims.length > 0 ||
    snapshot.authorizations.length > 0 ||
    snapshot.referrals.length > 0 ||
    anyValue(snapshot.member) ||
    anyValue(snapshot.plan)
  );
}

interface PageState {
  /** `textContent` of the observed root at the last read. */
  text: string;
  /** Per claim: element-child indexes from the observed root to its row. */
  paths: number[][];
}

/** Element-child indexes from `root` down to `element` (null when it is not inside `root`). */
function pathFrom(root: Element, element: Element): number[] | null {
  const path: number[] = [];
  let cur: Element | null = element;
  while (cur && cur !== root) {
    let index = 0;
    for (let sib = cur.previousElementSibling; sib; sib = sib.previousElementSibling) index++;
    path.push(index);
    cur = cur.parentElement;
    if (path.length > 200) return null;
  }
  return cur === root ? path.reverse() : null;
}

function follow(root: Element, path: readonly number[]): Element | null {
  let cur: Element | null = root;
  for (const index of path) {
    cur = cur.children[index] ?? null;
    if (!cur) return null;
  }
  return cur;
}

/** Structural equality of two JSON-like values (snapshots), without serialising them. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let count = 0;
  for (const key in ra) {
    if (ra[key] === undefined) continue;
    count++;
    if (!sameValue(ra[key], rb[key])) return false;
  }
  for (const key in rb) if (rb[key] !== undefined) count--;
  return count === 0;
}
