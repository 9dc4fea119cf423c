/**
 * Stage-by-stage timing of the content script's pipeline, run inside a real Chromium page WITHOUT the extension.
 *
 * test/bench/profile.ts bundles this file (unminified, so that a CPU profile names the real functions) and injects it
 * into the generated claims page. It calls the same library functions, in the same order, as
 * entrypoints/portal.content/reader.ts does on a first read (detect → read → serialise → fingerprint → verify → draw →
 * watch hosts), with made-up badges in place of the background's answer (the background's work happens in the
 * service worker, not on the page). It is a diagnosis tool: the figures the targets are judged on come from the real
 * extension (run.ts).
 */
import { detectPortal, readFrames } from '@/lib/extract';
import {
  createAnnotator,
  intersectionWatcher,
  type AnnotationItem,
} from '@/components/annotations/annotator';
import { EAGER_CLAIM_ROWS } from '@/entrypoints/portal.content/reader';

export interface StageTimes {
  claims: number;
  detectMs: number;
  readMs: number;
  stringifyMs: number;
  fingerprintMs: number;
  verifyMs: number;
  renderMs: number;
  /** Tamper watch on the hosts, and the near-viewport watch on the rows left unread. */
  watchMs: number;
  /** Style recalculation + layout the new badges cause, forced synchronously here (the browser does it anyway). */
  layoutAfterMs: number;
  /** detect + read + stringify + fingerprint (what the content script does before it sends the snapshot). */
  extractMs: number;
  /** verify + render + watch (what it does after the answer arrives). */
  annotateMs: number;
  hosts: number;
}

const TONES = ['action', 'warn', 'ok', 'unknown'];

/** `whole`: read every claim row, as when the popup asks (`page:read-all`); else the first read of a page. */
export function runStages(whole = false): StageTimes {
  const doc = document;
  const url = location.href;
  const t0 = performance.now();
  // A first read, as the content script makes it: the first claim rows of a long list (the rest when needed).
  const claimRowLimit = whole ? Infinity : EAGER_CLAIM_ROWS;
  const detection = detectPortal(doc, url, undefined, claimRowLimit);
  const t1 = performance.now();
  const result = readFrames(doc, url, {
    adapter: detection?.adapter ?? null,
    genericRead: detection?.read,
    claimRowLimit,
  });
  const t2 = performance.now();
  const json = JSON.stringify(result.snapshot);
  const t3 = performance.now();
  const fingerprints = result.claimElements.map((element) => element.textContent ?? '');
  const t4 = performance.now();
  // What draw() checks before writing: the row is still there and still shows what was read.
  const items: AnnotationItem[] = [];
  result.snapshot.claims.forEach((claim, index) => {
    const element = result.claimElements[index];
    if (!element || !element.isConnected || (element.textContent ?? '') !== fingerprints[index]) return;
    items.push({
      key: claim.id,
      element,
      claimId: claim.id,
      badge: {
        tone: TONES[index % TONES.length] as string,
        text: index % 3 === 0 ? 'Appeal by Apr 3' : 'Check bill',
        ariaLabel: 'Coverage Lens: open the toolbar popup for details',
      },
    });
  });
  const t5 = performance.now();
  const annotator = createAnnotator(doc);
  annotator.render(items, 'Open Coverage Lens in the toolbar for details.');
  const t6 = performance.now();
  const observer = new MutationObserver(() => undefined);
  for (const host of annotator.hosts()) observer.observe(host, { attributes: true });
  // The rows left unread are watched for coming near the viewport.
  const unreadWatcher = intersectionWatcher(doc, () => undefined);
  for (const row of result.unread ?? []) unreadWatcher?.observe(row);
  const t7 = performance.now();
  void doc.body.offsetHeight;
  const t8 = performance.now();
  if (json.length === 0) throw new Error('empty snapshot');
  return {
    claims: result.snapshot.claims.length,
    detectMs: t1 - t0,
    readMs: t2 - t1,
    stringifyMs: t3 - t2,
    fingerprintMs: t4 - t3,
    verifyMs: t5 - t4,
    renderMs: t6 - t5,
    watchMs: t7 - t6,
    layoutAfterMs: t8 - t7,
    extractMs: t4 - t0,
    annotateMs: t7 - t4,
    hosts: annotator.size(),
  };
}

(globalThis as unknown as { __clBench: { runStages: typeof runStages } }).__clBench = { runStages };
