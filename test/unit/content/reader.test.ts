import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BADGE_HOST_SELECTOR, NOTE_HOST_SELECTOR } from '@/components/annotations/annotator';
import { emptyClaim, emptySnapshot } from '@/lib/model/snapshot';
import { detectPortal, type Detection, type PageReadResult, type PortalAdapter } from '@/lib/extract';
import type { ClaimBadge, PageSnapshotMessage } from '@/lib/model/messages';
import {
  EAGER_CLAIM_ROWS,
  MORE_CLAIM_ROWS,
  startPortalReader,
  type PortalReader,
  type ReaderEnv,
} from '@/entrypoints/portal.content/reader';
import { isReadByAncestor } from '@/entrypoints/portal.content/frames';

const EXTENSION_ID = 'test-extension-id';

function renderRows(rows: Array<[string, string]>): void {
  let tbody = document.querySelector('tbody');
  if (!tbody) {
    const main = document.createElement('main');
    const table = document.createElement('table');
    tbody = document.createElement('tbody');
    table.appendChild(tbody);
    main.appendChild(table);
    document.body.appendChild(main);
  }
  // Like a single-page portal: every render builds new row elements.
  tbody.replaceChildren(
    ...rows.map(([id, owes]) => {
      const tr = document.createElement('tr');
      tr.setAttribute('data-claim-id', id);
      for (const text of [id, owes]) {
        const td = document.createElement('td');
        td.textContent = text;
        tr.appendChild(td);
      }
      return tr;
    }),
  );
}

/** A stand-in reader: one claim per `tr[data-claim-id]`, the first `limit` of them (the rest left unread). */
function fakeRead(doc: Document, url: string, limit = Infinity): PageReadResult {
  const all = Array.from(doc.querySelectorAll('tr[data-claim-id]'));
  const rows = all.slice(0, limit);
  const unread = all.slice(rows.length);
  const snapshot = emptySnapshot(url, 'test-portal');
  if (unread.length > 0) snapshot.unreadRows = unread.length;
  snapshot.claims = rows.map((row) => {
    const claim = emptyClaim(row.getAttribute('data-claim-id')!);
    claim.patientOwes = Number(row.children[1]!.textContent!.replace(/[$,]/g, ''));
    return claim;
  });
  return { snapshot, claimElements: rows, canary: null, ...(unread.length > 0 ? { unread } : {}) };
}

interface Harness {
  reader: PortalReader;
  ctx: ContentScriptContext;
  sent: PageSnapshotMessage[];
  reads: { count: number };
  /** A background message; the listener's answer when it gives one. */
  deliver(message: unknown, senderId?: string): Promise<unknown> | undefined;
}

function start(
  options: {
    portal?: boolean;
    respond?: (m: PageSnapshotMessage) => unknown;
    read?: typeof fakeRead;
    detection?: Detection;
    /** The detection to use (default: the `detection` option, or generic). */
    detect?: ReaderEnv['detect'];
    /** Use the reader's own read (readFrames with the detection's read) instead of the counting stand-in. */
    defaultRead?: boolean;
    watchNear?: ReaderEnv['watchNear'];
  } = {},
): Harness {
  const ctx = new ContentScriptContext('portal-test');
  const sent: PageSnapshotMessage[] = [];
  const reads = { count: 0 };
  let listener: Parameters<ReaderEnv['listen']>[0] | null = null;
  const read = options.read ?? fakeRead;
  const env: ReaderEnv = {
    ctx,
    win: window,
    doc: document,
    extensionId: EXTENSION_ID,
    send: async (message) => {
      sent.push(message);
      if (options.respond) return options.respond(message);
      const claims: ClaimBadge[] = message.snapshot.claims.map((claim, index) => ({
        claimId: claim.id,
        index,
        badge: { tone: 'ok', text: `You owe $${claim.patientOwes}`, ariaLabel: `owe ${claim.patientOwes}` },
      }));
      return { ok: true, claims, hint: 'Open the popup' };
    },
    listen(fn) {
      listener = fn;
      return () => {
        listener = null;
      };
    },
    detect:
      options.detect ??
      (() => (options.portal === false ? null : (options.detection ?? { adapter: null, kind: 'generic' }))),
    read: options.defaultRead
      ? undefined
      : (doc, url, _detection, limit) => {
          reads.count++;
          return read(doc, url, limit);
        },
    watchNear: options.watchNear,
  };
  const reader = startPortalReader(env);
  return {
    reader,
    ctx,
    sent,
    reads,
    deliver: (message, senderId = EXTENSION_ID) => listener?.(message, senderId),
  };
}

const hostCount = () => document.querySelectorAll(BADGE_HOST_SELECTOR).length;

let harness: Harness | null = null;

beforeEach(() => {
  fakeBrowser.reset();
  document.body.replaceChildren();
});

afterEach(() => {
  harness?.reader.stop();
  harness = null;
  vi.restoreAllMocks();
});

describe('portal reader (content script controller)', () => {
  it('does nothing on a page that is not a portal', async () => {
    renderRows([['A1', '$10.00']]);
    harness = start({ portal: false });
    await harness.reader.settled();
    expect(harness.reader.state).toBe('passive');
    expect(harness.sent).toHaveLength(0);
    expect(harness.reads.count).toBe(0);
    expect(hostCount()).toBe(0);
  });

  it('reads a page it did not recognise when the user asks, and answers once the read was sent', async () => {
    renderRows([
      ['A1', '$10.00'],
      ['B2', '$20.00'],
    ]);
    harness = start({ portal: false });
    await harness.reader.settled();
    expect(harness.reader.state).toBe('passive');
    // Another extension (or the page) cannot ask.
    expect(harness.deliver({ type: 'page:read-anyway' }, 'someone-else')).toBeUndefined();
    const reply = await harness.deliver({ type: 'page:read-anyway' });
    expect(reply).toEqual({ ok: true, found: true });
    expect(harness.reader.state).toBe('active');
    expect(harness.sent).toHaveLength(1);
    expect(harness.sent[0]!.snapshot.claims.map((c) => c.id)).toEqual(['A1', 'B2']);
    expect(hostCount()).toBe(2);
    // The request holds for this document: a change is read again although detection still says no.
    renderRows([['C3', '$30.00']]);
    await new Promise((resolve) => setTimeout(resolve, 250));
    await harness.reader.settled();
    expect(harness.sent.at(-1)!.snapshot.claims.map((c) => c.id)).toEqual(['C3']);
    expect(hostCount()).toBe(1);
  });

  it('says so when a page read on request holds nothing, and stays passive', async () => {
    document.body.textContent = 'An article about deductibles.';
    harness = start({ portal: false });
    await harness.reader.settled();
    const reply = await harness.deliver({ type: 'page:read-anyway' });
    expect(reply).toEqual({ ok: true, found: false });
    expect(harness.reader.state).toBe('passive');
    expect(harness.reads.count).toBe(1);
    expect(harness.sent).toHaveLength(0);
    expect(hostCount()).toBe(0);
  });

  it('reads a recognised portal again on request', async () => {
    renderRows([['A1', '$10.00']]);
    harness = start();
    await harness.reader.settled();
    const reads = harness.reads.count;
    expect(await harness.deliver({ type: 'page:read-anyway' })).toEqual({ ok: true, found: true });
    expect(harness.reads.count).toBe(reads + 1);
    expect(hostCount()).toBe(1);
  });

  it('reads a portal page once, sends the snapshot and annotates each claim', async () => {
    renderRows([
      ['A1', '$10.00'],
      ['B2', '$20.00'],
    ]);
    harness = start();
    await harness.reader.settled();
    expect(harness.reader.state).toBe('active');
    expect(harness.sent).toHaveLength(1);
    expect(harness.sent[0]!.type).toBe('page:snapshot');
    expect(harness.sent[0]!.snapshot.claims.map((c) => c.id)).toEqual(['A1', 'B2']);
    expect(hostCount()).toBe(2);
    // Our own writes did not make it read again.
    const reads = harness.reads.count;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(harness.reads.count).toBe(reads);
  });

  it('waits for a late-rendering page to be ready, then reads it once', async () => {
    const app = document.createElement('div');
    app.id = 'app';
    document.body.appendChild(app);
    const adapter = {
      id: 'late',
      hints: { readyWhen: '#app[data-state="ready"]' },
    } as unknown as PortalAdapter;
    harness = start({ detection: { adapter, kind: 'adapter' } });
    await harness.reader.settled();
    expect(harness.reader.state).toBe('active');
    expect(harness.reads.count).toBe(0);
    renderRows([['A1', '$10.00']]);
    app.setAttribute('data-state', 'ready');
    await harness.reader.settled();
    expect(harness.sent).toHaveLength(1);
    expect(hostCount()).toBe(1);
  });

  it('keeps exactly one badge per claim while the page re-renders, without re-sending an unchanged page', async () => {
    const rows: Array<[string, string]> = [
      ['A1', '$10.00'],
      ['B2', '$20.00'],
      ['C3', '$30.00'],
    ];
    renderRows(rows);
    harness = start();
    await harness.reader.settled();
    for (let i = 0; i < 25; i++) {
      renderRows(rows);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await harness.reader.settled();
    expect(hostCount()).toBe(3);
    expect(harness.sent).toHaveLength(1);
    for (const host of document.querySelectorAll(BADGE_HOST_SELECTOR)) {
      expect(host.closest('tr')).not.toBeNull();
    }
  });

  it('sends again when what the page shows changes, and drops badges of removed claims', async () => {
    renderRows([
      ['A1', '$10.00'],
      ['B2', '$20.00'],
    ]);
    harness = start();
    await harness.reader.settled();
    renderRows([['A1', '$15.00']]);
    await harness.reader.settled();
    expect(harness.sent).toHaveLength(2);
    expect(harness.sent[1]!.snapshot.claims[0]!.patientOwes).toBe(15);
    expect(hostCount()).toBe(1);
  });

  it('skips a badge whose row changed after it was read, then reads again', async () => {
    renderRows([['A1', '$10.00']]);
    let first = true;
    harness = start({
      respond: (message) => {
        if (first) {
          first = false;
          // The page re-renders with other content while the background is answering.
          document.querySelector('tr td:last-child')!.textContent = '$99.00';
        }
        return {
          ok: true,
          claims: message.snapshot.claims.map((claim, index) => ({
            claimId: claim.id,
            index,
            badge: { tone: 'ok', text: `owe ${claim.patientOwes}`, ariaLabel: 'x' },
          })),
        };
      },
    });
    await harness.reader.settled();
    await harness.reader.settled();
    expect(harness.sent.length).toBeGreaterThanOrEqual(2);
    expect(harness.sent.at(-1)!.snapshot.claims[0]!.patientOwes).toBe(99);
    expect(hostCount()).toBe(1);
  });

  it('restores a badge the page removed, without reading the page again', async () => {
    renderRows([['A1', '$10.00']]);
    harness = start();
    await harness.reader.settled();
    const reads = harness.reads.count;
    document.querySelector(BADGE_HOST_SELECTOR)!.remove();
    await harness.reader.settled();
    expect(hostCount()).toBe(1);
    expect(harness.reads.count).toBe(reads);
  });

  it('applies page:assessment updates from the background only', async () => {
    renderRows([['A1', '$10.00']]);
    harness = start();
    await harness.reader.settled();
    harness.deliver({ type: 'page:assessment', claims: [] }, 'another-extension');
    await harness.reader.settled();
    expect(hostCount()).toBe(1);
    harness.deliver({ type: 'page:assessment', claims: [] });
    await harness.reader.settled();
    expect(hostCount()).toBe(0);
    harness.deliver({ type: 'page:assessment', claims: 'not a list' });
    await harness.reader.settled();
    expect(hostCount()).toBe(0);
  });

  it('shows the canary note the background sends', async () => {
    renderRows([['A1', '$10.00']]);
    harness = start({
      respond: () => ({ ok: true, claims: [], notice: 'This page changed; facts may be incomplete.' }),
    });
    await harness.reader.settled();
    expect(document.querySelectorAll(NOTE_HOST_SELECTOR)).toHaveLength(1);
  });

  it('tears everything down when the extension context is invalidated', async () => {
    renderRows([['A1', '$10.00']]);
    harness = start();
    await harness.reader.settled();
    expect(hostCount()).toBe(1);
    harness.ctx.notifyInvalidated();
    expect(harness.reader.state).toBe('stopped');
    expect(hostCount()).toBe(0);
    const reads = harness.reads.count;
    renderRows([['B2', '$20.00']]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(harness.reads.count).toBe(reads);
  });

  it('reports an exception once and keeps the page working', async () => {
    renderRows([['A1', '$10.00']]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    harness = start({
      read: () => {
        throw new Error('boom');
      },
    });
    await harness.reader.settled();
    renderRows([['A1', '$11.00']]);
    await harness.reader.settled();
    expect(warn.mock.calls.filter((call) => String(call[0]).startsWith('[coverage-lens]'))).toHaveLength(1);
    expect(document.querySelectorAll('tr')).toHaveLength(1);
  });

  it('stays idle in a frame its same-origin parent reads; reports itself under a cross-origin parent', async () => {
    renderRows([['A1', '$10.00']]);
    // happy-dom does not load iframes: a frame window is modelled by its `parent`.
    const sameOriginFrame = { parent: { document } } as unknown as Window;
    const crossOriginFrame = {
      parent: {
        get document(): Document {
          throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
        },
      },
    } as unknown as Window;
    expect(isReadByAncestor(sameOriginFrame)).toBe(true);
    expect(isReadByAncestor(crossOriginFrame)).toBe(false);
    expect(isReadByAncestor(window)).toBe(false);

    const send = vi.fn(async () => ({ ok: true, claims: [] }));
    const reader = startPortalReader({
      ctx: new ContentScriptContext('portal-frame-test'),
      win: sameOriginFrame,
      doc: document,
      extensionId: EXTENSION_ID,
      send,
      listen: () => () => undefined,
      detect: () => ({ adapter: null, kind: 'generic' }),
      read: (doc, url) => fakeRead(doc, url),
    });
    expect(reader.state).toBe('idle');
    await reader.settled();
    expect(send).not.toHaveBeenCalled();
    reader.stop();
  });
});

/** A near-viewport watcher the test drives: `near(rows)` reports rows coming near, as an IntersectionObserver would. */
function fakeWatcher() {
  const observed = new Set<Element>();
  let report: ((elements: readonly Element[]) => void) | null = null;
  const watchNear: NonNullable<ReaderEnv['watchNear']> = (_doc, onNear) => {
    report = onNear;
    return {
      observe: (element) => observed.add(element),
      unobserve: (element) => observed.delete(element),
      disconnect: () => observed.clear(),
    };
  };
  return { watchNear, observed, near: (elements: readonly Element[]) => report?.(elements) };
}

function manyRows(count: number, prefix = 'C'): Array<[string, string]> {
  return Array.from({ length: count }, (_, i) => [`${prefix}${i}`, `$${i}.00`] as [string, string]);
}

describe('portal reader: long lists read as they are needed (issue 7)', () => {
  it('reads the first rows, more when an unread row comes near, and every row once the popup asks', async () => {
    renderRows(manyRows(400));
    const watcher = fakeWatcher();
    harness = start({ watchNear: watcher.watchNear });
    await harness.reader.settled();
    expect(harness.sent).toHaveLength(1);
    expect(harness.sent[0]!.snapshot.claims).toHaveLength(EAGER_CLAIM_ROWS);
    expect(harness.sent[0]!.snapshot.unreadRows).toBe(400 - EAGER_CLAIM_ROWS);
    // Every unread row is watched; nothing else is.
    expect(watcher.observed.size).toBe(400 - EAGER_CLAIM_ROWS);
    const rows = Array.from(document.querySelectorAll('tr[data-claim-id]'));
    expect(watcher.observed.has(rows[EAGER_CLAIM_ROWS]!)).toBe(true);
    expect(watcher.observed.has(rows[EAGER_CLAIM_ROWS - 1]!)).toBe(false);

    // Rows far from the viewport reported as not near: nothing happens.
    watcher.near([]);
    await harness.reader.settled();
    expect(harness.sent).toHaveLength(1);

    // The 11th unread row comes near: the rows up to it and MORE_CLAIM_ROWS beyond are read (at least twice as many).
    watcher.near([rows[EAGER_CLAIM_ROWS + 10]!]);
    await harness.reader.settled();
    const grown = Math.max(EAGER_CLAIM_ROWS * 2, EAGER_CLAIM_ROWS + 11 + MORE_CLAIM_ROWS);
    expect(harness.sent).toHaveLength(2);
    expect(harness.sent[1]!.snapshot.claims).toHaveLength(Math.min(grown, 400));
    expect(watcher.observed.size).toBe(400 - Math.min(grown, 400));

    // The popup asks for the rest: every row is read, nothing is watched, and the answer comes after the send.
    expect(harness.deliver({ type: 'page:read-all' }, 'someone-else')).toBeUndefined();
    const reply = await harness.deliver({ type: 'page:read-all' });
    expect(reply).toEqual({ ok: true, found: true });
    const all = harness.sent.at(-1)!.snapshot;
    expect(all.claims).toHaveLength(400);
    expect(all.unreadRows).toBeUndefined();
    expect(watcher.observed.size).toBe(0);

    // From then on this page is read whole: a change is read with every row again.
    renderRows([...manyRows(400), ['Z1', '$1.00']]);
    await harness.reader.settled();
    expect(harness.sent.at(-1)!.snapshot.claims).toHaveLength(401);
  });

  it('reads as needed again after a route change', async () => {
    renderRows(manyRows(300));
    const watcher = fakeWatcher();
    harness = start({ watchNear: watcher.watchNear });
    await harness.reader.settled();
    await harness.deliver({ type: 'page:read-all' });
    expect(harness.sent.at(-1)!.snapshot.claims).toHaveLength(300);
    // A client-side route (WXT's location watcher notices it within a second).
    history.pushState({}, '', '/claims/page-2');
    renderRows(manyRows(300, 'R'));
    await vi.waitFor(() => expect(harness!.sent.at(-1)!.snapshot.claims).toHaveLength(EAGER_CLAIM_ROWS), {
      timeout: 3_000,
      interval: 50,
    });
    expect(harness.sent.at(-1)!.snapshot.unreadRows).toBe(300 - EAGER_CLAIM_ROWS);
  });

  it('reads the whole list after the first part where nothing can tell when a row comes near', async () => {
    renderRows(manyRows(300));
    harness = start({ watchNear: () => null });
    await harness.reader.settled();
    await new Promise((resolve) => setTimeout(resolve, 250));
    await harness.reader.settled();
    expect(harness.sent[0]!.snapshot.claims).toHaveLength(EAGER_CLAIM_ROWS);
    expect(harness.sent.at(-1)!.snapshot.claims).toHaveLength(300);
    expect(harness.sent.at(-1)!.snapshot.unreadRows).toBeUndefined();
  });

  it('a re-render of a list read in part is read again (the new unread rows must be watched)', async () => {
    const rows = manyRows(300);
    renderRows(rows);
    const watcher = fakeWatcher();
    harness = start({ watchNear: watcher.watchNear });
    await harness.reader.settled();
    const reads = harness.reads.count;
    renderRows(rows);
    await new Promise((resolve) => setTimeout(resolve, 250));
    await harness.reader.settled();
    expect(harness.reads.count).toBe(reads + 1);
    const current = Array.from(document.querySelectorAll('tr[data-claim-id]'));
    expect(watcher.observed.size).toBe(300 - EAGER_CLAIM_ROWS);
    expect(watcher.observed.has(current[EAGER_CLAIM_ROWS]!)).toBe(true);
  });
});

describe('portal reader: re-renders of the same claims (issue 7)', () => {
  it('does not read again when the page re-renders the same claims; badges follow the new rows', async () => {
    const rows: Array<[string, string]> = [
      ['A1', '$10.00'],
      ['B2', '$20.00'],
    ];
    renderRows(rows);
    harness = start();
    await harness.reader.settled();
    expect(harness.reads.count).toBe(1);
    for (let i = 0; i < 5; i++) {
      renderRows(rows);
      await harness.reader.settled();
    }
    expect(harness.reads.count).toBe(1);
    expect(harness.sent).toHaveLength(1);
    const hosts = Array.from(document.querySelectorAll(BADGE_HOST_SELECTOR));
    expect(hosts).toHaveLength(2);
    // Each badge sits in the row of its own claim, in the rows rendered last.
    for (const row of document.querySelectorAll('tr[data-claim-id]')) {
      expect(row.isConnected).toBe(true);
      expect(row.querySelectorAll(BADGE_HOST_SELECTOR)).toHaveLength(1);
    }
  });

  it('reads again when a visibility attribute changes, even if the text is the same', async () => {
    renderRows([
      ['A1', '$10.00'],
      ['B2', '$20.00'],
    ]);
    harness = start();
    await harness.reader.settled();
    const reads = harness.reads.count;
    document.querySelector('tr[data-claim-id="B2"]')!.setAttribute('hidden', '');
    await harness.reader.settled();
    expect(harness.reads.count).toBe(reads + 1);
  });

  it('records its time as coverage-lens:read and coverage-lens:annotate measures', async () => {
    const measure = vi.spyOn(performance, 'measure');
    renderRows([['A1', '$10.00']]);
    harness = start();
    await harness.reader.settled();
    const names = measure.mock.calls.map((call) => call[0]);
    expect(names).toContain('coverage-lens:read');
    expect(names).toContain('coverage-lens:annotate');
  });

  it('reads a generic page once per cycle: the read its detection made is the read it sends', async () => {
    const page = (owes: string) =>
      `<main><h1>Claims</h1><table><thead><tr><th>Claim number</th><th>Date of service</th><th>Provider</th>` +
      `<th>Billed</th><th>You owe</th><th>Status</th></tr></thead><tbody>` +
      `<tr><td>CLM-1001</td><td>03/04/2026</td><td>Dr. Rivera</td><td>$250.00</td><td>${owes}</td><td>Processed</td></tr>` +
      `</tbody></table></main>`;
    document.body.innerHTML = page('$40.00');
    const detected: Array<Detection['read']> = [];
    harness = start({
      respond: () => ({ ok: true, claims: [], hint: 'Open the popup' }),
      // The real detection and the reader's own read (readFrames with the detection's read).
      detect: (doc, url) => {
        const found = detectPortal(doc, url);
        detected.push(found?.read);
        return found;
      },
      defaultRead: true,
    });
    const { reader, sent } = harness;
    await reader.settled();
    expect(detected).toHaveLength(1);
    expect(detected[0]).toBeDefined();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.snapshot).toBe(detected[0]!.snapshot);
    expect(sent[0]!.snapshot.claims[0]?.patientOwes).toBe(40);

    // The page changes: the next cycle reads the page as it is now, not the detection's earlier read.
    document.querySelector('tbody td:nth-child(5)')!.textContent = '$55.00';
    await reader.settled();
    expect(detected).toHaveLength(1);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.snapshot).not.toBe(detected[0]!.snapshot);
    expect(sent[1]!.snapshot.claims[0]?.patientOwes).toBe(55);
  });
});
