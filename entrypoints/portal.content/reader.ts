/**
 * The content script's controller: detect → read → send `page:snapshot` → annotate, then stay cheap.
 *
 * Lifecycle (issue 6 §6, issue 7 §3):
 * - Not a portal page (detectPortal says no): nothing is read or drawn. A short, bounded watch (≤ LATE_WAIT_MS,
 *   debounced) catches portals that render late, and route changes (`wxt:locationchange`) re-check; nothing else.
 * - A portal page: one scoped MutationObserver on the main content (and on same-origin frame documents), debounced
 *   (trailing DEBOUNCE_MS, at most MAX_WAIT_MS behind a page that never stops changing). Our own DOM writes are
 *   dropped with `takeRecords()` right after the batch, so annotating never triggers a re-read.
 * - A re-read that yields the same snapshot is not sent again: the badges already computed are re-attached to the
 *   new row elements (a single-page portal re-rendering its list costs one read and one batched write).
 * - Before drawing, each claim row must still show the text it had when it was read (fingerprint); otherwise the
 *   badge is skipped and the page is read again.
 * - Everything hangs off `ctx`: on invalidation (extension reload/update) observers, timers, listeners and UI go.
 * - Every callback is guarded: an exception is reported once with a prefix and the page keeps working.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPortal, readFrames, type Detection, type PageReadResult } from '@/lib/extract';
import { emptySnapshot } from '@/lib/model/snapshot';
import {
  PageAssessmentMessageSchema,
  PageSnapshotResponseSchema,
  type ClaimBadge,
  type PageSnapshotMessage,
} from '@/lib/model/page-messages';
import {
  createAnnotator,
  sweepStaleHosts,
  type AnnotationItem,
  type Annotator,
} from '@/components/annotations/annotator';
import { effectiveUrl, isReadByAncestor, sameOriginFrames } from './frames';

export const DEBOUNCE_MS = 200;
export const MAX_WAIT_MS = 1_000;
export const LATE_WAIT_MS = 10_000;
/** Restoring hosts a hostile page keeps removing: at most this many restores per RESTORE_WINDOW_MS. */
const RESTORE_BUDGET = 30;
const RESTORE_WINDOW_MS = 10_000;
const PREFIX = '[coverage-lens]';

export interface ReaderEnv {
  ctx: Pick<ContentScriptContext, 'isValid' | 'onInvalidated' | 'addEventListener'>;
  win: Window;
  doc: Document;
  /** Sends `page:snapshot` to the background; resolves with its raw answer. */
  send(message: PageSnapshotMessage): Promise<unknown>;
  /** Subscribes to background → content messages; returns the unsubscribe function. */
  listen(listener: (message: unknown, senderId: string | undefined) => void): () => void;
  /** Our extension id: messages from anyone else are ignored. */
  extensionId: string | undefined;
  detect?: (doc: Document, url: string) => Detection | null;
  read?: (doc: Document, url: string, detection: Detection) => PageReadResult;
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
  const detect = env.detect ?? ((d: Document, url: string) => detectPortal(d, url));
  const read =
    env.read ??
    ((d: Document, url: string, detection: Detection) => readFrames(d, url, { adapter: detection.adapter }));
  const annotator = createAnnotator(doc);

  let state: PortalReader['state'] = 'passive';
  let detection: Detection | null = null;
  let last: PageReadResult | null = null;
  let fingerprints: string[] = [];
  let lastSentJson: string | null = null;
  let badges: ClaimBadge[] = [];
  let hint: string | undefined;
  let note: string | null = null;
  let inflight: Promise<void> | null = null;
  let again = false;
  let verifyRetries = 0;
  let canaryWarned = false;

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
        const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
        if (nodes.length > 0 && nodes.every((node) => annotator.isOwnNode(node))) {
          if (record.removedNodes.length > 0) tampered = true;
          continue;
        }
        if (nodes.length === 0) continue;
      }
      if (annotator.isOwnNode(record.target)) {
        tampered = true;
        continue;
      }
      relevant = true;
    }
    if (relevant) schedule();
    else if (tampered) restoreSoon();
  });

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
  function watchHosts(): void {
    tamperObserver ??= new MutationObserver(onTamper);
    tamperObserver.disconnect();
    for (const host of annotator.hosts()) tamperObserver.observe(host, { attributes: true });
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
    observer?.disconnect();
    for (const frameObserver of frameObservers.values()) frameObserver.disconnect();
    frameObservers.clear();
    tamperObserver?.disconnect();
    annotator.clear();
    last = null;
    fingerprints = [];
    badges = [];
    note = null;
    if (lastSentJson !== null) {
      // The page we reported is gone (client-side route to a non-portal view): tell the background.
      lastSentJson = null;
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
    const url = effectiveUrl(doc);
    if (redetect || state !== 'active') {
      detection = detect(doc, url);
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
    const result = read(doc, url, detection);
    last = result;
    fingerprints = result.claimElements.map((element) => element.textContent ?? '');
    hookFrames();
    if (result.canary && !canaryWarned) {
      canaryWarned = true;
      console.warn(
        `${PREFIX} page changed: ${result.canary.adapterId} anchors missing`,
        result.canary.missing,
      );
    }
    const json = JSON.stringify(result.snapshot);
    if (json !== lastSentJson || force) {
      const raw = await sendSnapshot({
        type: 'page:snapshot',
        snapshot: result.snapshot,
        canary: result.canary,
      });
      if (state !== 'active' || last !== result) return;
      const response = PageSnapshotResponseSchema.safeParse(raw);
      if (!response.success || !response.data.ok) {
        reportOnce('background', response.success ? response.data.error : 'malformed answer');
        return;
      }
      lastSentJson = json;
      badges = response.data.claims;
      hint = response.data.hint;
      note = response.data.notice ?? null;
    }
    draw();
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
  /** Batches the DOM writes of one update into a single microtask. */
  function draw(): void {
    if (drawPending) return;
    drawPending = true;
    queueMicrotask(
      guard('annotate', () => {
        drawPending = false;
        if (state !== 'active' || !last) return;
        const items: AnnotationItem[] = [];
        const seen = new Map<string, number>();
        let unverified = 0;
        for (const item of badges) {
          const element = last.claimElements[item.index];
          const claim = last.snapshot.claims[item.index];
          // The page must still show what the answer was computed for.
          if (
            !element ||
            !claim ||
            claim.id !== item.claimId ||
            !element.isConnected ||
            (element.textContent ?? '') !== fingerprints[item.index]
          ) {
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
          });
        }
        annotator.render(items, hint);
        annotator.setNote(note);
        watchHosts();
        forgetOwnRecords();
        if (unverified > 0 && verifyRetries < 3) {
          verifyRetries++;
          schedule();
        } else if (unverified === 0) {
          verifyRetries = 0;
        }
      }),
    );
  }

  // -------------------------------------------------------------------------------------------------------------
  // Background → page: new badges after an edit in the popup (or empty after "Delete all data").

  const onBackgroundMessage = guard('message', (message: unknown, senderId: string | undefined) => {
    if (senderId !== env.extensionId) return;
    const parsed = PageAssessmentMessageSchema.safeParse(message);
    if (!parsed.success || state !== 'active') return;
    badges = parsed.data.claims;
    if (parsed.data.hint) hint = parsed.data.hint;
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
    observer?.disconnect();
    tamperObserver?.disconnect();
    for (const frameObserver of frameObservers.values()) frameObserver.disconnect();
    frameObservers.clear();
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
        guard('route', () => schedule({ force: true, redetect: true })),
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
