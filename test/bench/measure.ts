/** Small helpers shared by the benchmarks: statistics and Chromium DevTools Protocol metrics. */
import type { CDPSession, Page } from 'playwright-core';

export interface Stats {
  n: number;
  median: number;
  min: number;
  max: number;
  /** Lower and upper quartile (linear interpolation). */
  q1: number;
  q3: number;
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

export function stats(values: readonly number[]): Stats {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
  };
}

export const median = (values: readonly number[]): number => stats(values).median;

/** `Performance.getMetrics` as a name → value map (durations in seconds, sizes in bytes). */
export async function getMetrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const out: Record<string, number> = {};
  for (const m of metrics) out[m.name] = m.value;
  return out;
}

/**
 * Turns on Chromium's performance metrics for a page. `threadTicks` makes the durations CPU time of the renderer's
 * main thread rather than wall time, so a core taken away by another process does not count as page work.
 */
export async function enableMetrics(cdp: CDPSession): Promise<void> {
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
}

export interface HeapFigures {
  /** V8 heap in use after a full GC (page main world + every isolated world: one isolate per renderer). */
  jsUsedBytes: number;
  /** Blink's own (Oilpan) heap after GC when Chromium reports it (DOM nodes, shadow roots, style data). */
  embedderUsedBytes: number | null;
  /** Renderer-wide DOM counters. */
  nodes: number;
  jsEventListeners: number;
}

/** Forces a GC, then reads heap usage and DOM counters. */
export async function heapFigures(cdp: CDPSession): Promise<HeapFigures> {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as {
    usedSize: number;
    totalSize: number;
    embedderHeapUsedSize?: number;
  };
  const counters = (await cdp.send('Memory.getDOMCounters')) as { nodes: number; jsEventListeners: number };
  return {
    jsUsedBytes: heap.usedSize,
    embedderUsedBytes: typeof heap.embedderHeapUsedSize === 'number' ? heap.embedderHeapUsedSize : null,
    nodes: counters.nodes,
    jsEventListeners: counters.jsEventListeners,
  };
}

/** The content script's own user-timing entries (`coverage-lens:*` measures), as the page sees them. */
export async function contentScriptMeasures(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const entry of performance.getEntriesByType('measure')) {
      if (entry.name.startsWith('coverage-lens:')) out[entry.name] = (out[entry.name] ?? 0) + entry.duration;
    }
    return out;
  });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** ms with one decimal. */
export const ms1 = (seconds: number): number => Math.round(seconds * 10_000) / 10;
