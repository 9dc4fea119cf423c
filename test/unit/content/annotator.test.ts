import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BADGE_HOST_SELECTOR,
  NOTE_HOST_SELECTOR,
  createAnnotator,
  LATE_BLOCK,
  placementFor,
  sweepStaleHosts,
  type AnnotationItem,
} from '@/components/annotations/annotator';
import { HOST_STYLE } from '@/components/annotations/styles';

// The product keeps its shadow roots closed and private; the tests capture them when they are created.
const roots = new Map<Element, ShadowRoot>();
const originalAttachShadow = HTMLElement.prototype.attachShadow;

beforeEach(() => {
  roots.clear();
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (
    this: HTMLElement,
    init: ShadowRootInit,
  ) {
    const root = originalAttachShadow.call(this, init);
    roots.set(this, root);
    return root;
  });
  document.body.replaceChildren();
});

afterEach(() => {
  vi.restoreAllMocks();
});

function table(ids: string[]): HTMLTableSectionElement {
  const tbl = document.createElement('table');
  const body = document.createElement('tbody');
  for (const id of ids) {
    const row = document.createElement('tr');
    for (const text of ['10/28/2026', id, 'Example Clinic', '$40.00']) {
      const cell = document.createElement('td');
      cell.textContent = text;
      row.appendChild(cell);
    }
    body.appendChild(row);
  }
  tbl.appendChild(body);
  document.body.appendChild(tbl);
  return body;
}

function items(
  body: HTMLTableSectionElement,
  text = (id: string) => `Appeal by Sep 11 · ${id}`,
): AnnotationItem[] {
  return Array.from(body.querySelectorAll('tr'), (row) => {
    const id = row.children[1]!.textContent!;
    return {
      key: id,
      element: row,
      claimId: id,
      badge: { tone: 'action', text: text(id), ariaLabel: `aria ${id}` },
    };
  });
}

const rowOf = (body: Element, index: number) => body.querySelectorAll('tr')[index]!;
const cell = (body: Element, row: number, column: number) => rowOf(body, row).children[column]!;
const hosts = () => Array.from(document.querySelectorAll(BADGE_HOST_SELECTOR));

describe('annotator', () => {
  it('puts one badge right after the claim number, in a closed shadow root', () => {
    const body = table(['A1', 'B2']);
    const annotator = createAnnotator(document);
    annotator.render(items(body));
    expect(hosts()).toHaveLength(2);
    const host = hosts()[0]!;
    expect(host.parentElement).toBe(cell(body, 0, 1));
    expect(host.shadowRoot).toBeNull(); // closed: page scripts cannot read it
    const root = roots.get(host)!;
    expect(root.mode).toBe('closed');
    const button = root.querySelector('button')!;
    expect(button.textContent).toBe('Appeal by Sep 11 · A1');
    expect(button.getAttribute('aria-label')).toBe('aria A1');
    expect(host.getAttribute('style')).toBe(HOST_STYLE);
    // The page's text content of the row is unchanged by the badge.
    expect(rowOf(body, 0).textContent).toBe('10/28/2026A1Example Clinic$40.00');
  });

  it('inserts badge text as text, never as markup', () => {
    const body = table(['X9']);
    const annotator = createAnnotator(document);
    const evil = '<img src=x onerror="window.__pwned=1">';
    annotator.render(items(body, () => evil));
    const root = roots.get(hosts()[0]!)!;
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('button')!.textContent).toBe(evil);
  });

  it('never duplicates badges across re-renders and follows re-rendered rows', () => {
    const body = table(['A1', 'B2', 'C3']);
    const annotator = createAnnotator(document);
    annotator.render(items(body));
    annotator.render(items(body));
    expect(hosts()).toHaveLength(3);
    // The page re-renders its rows (new elements, same claims).
    const table2 = table(['A1', 'B2', 'C3']);
    body.parentElement!.remove();
    annotator.render(items(table2));
    expect(hosts()).toHaveLength(3);
    for (const host of hosts()) expect(table2.contains(host)).toBe(true);
    expect(annotator.size()).toBe(3);
  });

  it('removes badges of claims that disappeared', () => {
    const body = table(['A1', 'B2', 'C3']);
    const annotator = createAnnotator(document);
    annotator.render(items(body));
    rowOf(body, 2).remove();
    annotator.render(items(body));
    expect(hosts()).toHaveLength(2);
    expect(annotator.size()).toBe(2);
  });

  it('updates text in place when the answer changes', () => {
    const body = table(['A1']);
    const annotator = createAnnotator(document);
    annotator.render(items(body));
    const host = hosts()[0]!;
    annotator.render(items(body, () => 'You owe $29.72 — matches plan'));
    expect(hosts()[0]).toBe(host);
    expect(roots.get(host)!.querySelector('button')!.textContent).toBe('You owe $29.72 — matches plan');
  });

  it('restores a host the page removed or restyled', () => {
    const body = table(['A1', 'B2']);
    const annotator = createAnnotator(document);
    annotator.render(items(body));
    const [first, second] = hosts();
    first!.remove();
    second!.setAttribute('style', 'display: none');
    expect(annotator.restore()).toBe(2);
    expect(hosts()).toHaveLength(2);
    expect(first!.parentElement).toBe(cell(body, 0, 1));
    expect(second!.getAttribute('style')).toBe(HOST_STYLE);
    expect(annotator.restore()).toBe(0);
  });

  it('keeps badges out of links and never makes them direct children of a row', () => {
    const row = document.createElement('tr');
    const cell = document.createElement('td');
    const link = document.createElement('a');
    link.href = '#claim';
    link.textContent = 'Claim Z7';
    cell.appendChild(link);
    row.appendChild(cell);
    const tbody = document.createElement('tbody');
    tbody.appendChild(row);
    const tbl = document.createElement('table');
    tbl.appendChild(tbody);
    document.body.appendChild(tbl);
    const place = placementFor(document, row, 'Z7');
    expect(place.parent).toBe(cell);
    expect(place.after).toBe(link);
    const derived = placementFor(document, row, 'derived:2026-01-01|Clinic|10.00');
    expect(derived.parent).toBe(cell);
  });

  it('is keyboard reachable and reveals only the hint when activated', () => {
    const body = table(['A1']);
    const rowClicks = vi.fn();
    rowOf(body, 0).addEventListener('click', rowClicks);
    const annotator = createAnnotator(document);
    annotator.render(items(body), 'Open Coverage Lens from the toolbar for details.');
    const root = roots.get(hosts()[0]!)!;
    const button = root.querySelector('button')!;
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('type')).toBe('button');
    button.click();
    const hint = root.querySelector('.hint') as HTMLElement;
    expect(hint.hidden).toBe(false);
    expect(hint.textContent).toBe('Open Coverage Lens from the toolbar for details.');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(rowClicks).not.toHaveBeenCalled(); // the page's row handler does not see our clicks
  });

  it('shows and removes the page note, and sweeps hosts of an earlier instance', () => {
    const stale = document.createElement('span');
    stale.setAttribute('data-coverage-lens', 'badge');
    document.body.appendChild(stale);
    const annotator = createAnnotator(document);
    sweepStaleHosts(document, annotator);
    expect(stale.isConnected).toBe(false);
    annotator.setNote('This page changed; facts may be incomplete.');
    const note = document.querySelector(NOTE_HOST_SELECTOR)!;
    expect(roots.get(note)!.textContent).toContain('This page changed');
    annotator.setNote(null);
    expect(document.querySelector(NOTE_HOST_SELECTOR)).toBeNull();
  });

  it('clear() removes every host', () => {
    const body = table(['A1', 'B2']);
    const annotator = createAnnotator(document);
    annotator.render(items(body));
    annotator.setNote('note');
    annotator.clear();
    expect(document.querySelectorAll('[data-coverage-lens]')).toHaveLength(0);
  });
});

describe('annotator on long lists: only rows near the viewport (issue 7)', () => {
  /** A watcher the test drives: `near(rows)` plays the IntersectionObserver reporting rows near the viewport. */
  function fakeWatcher() {
    const observed = new Set<Element>();
    let notify: ((elements: readonly Element[]) => void) | null = null;
    let disconnected = 0;
    return {
      observed,
      get disconnected() {
        return disconnected;
      },
      near(elements: Element[]) {
        notify?.(elements);
      },
      watchNear(_doc: Document, onNear: (elements: readonly Element[]) => void) {
        notify = onNear;
        return {
          observe: (element: Element) => observed.add(element),
          unobserve: (element: Element) => observed.delete(element),
          disconnect: () => {
            disconnected++;
            observed.clear();
          },
        };
      },
    };
  }

  const ids = (n: number) => Array.from({ length: n }, (_, i) => `C${String(i).padStart(4, '0')}`);
  const withText = (list: AnnotationItem[]) =>
    list.map((item) => ({ ...item, expectText: item.element.textContent ?? '' }));

  it('draws every badge at once up to the threshold, and waits for the viewport above it', () => {
    const small = table(ids(3));
    const watcher = fakeWatcher();
    const annotator = createAnnotator(document, { lazyAbove: 3, watchNear: watcher.watchNear });
    annotator.render(items(small));
    expect(hosts()).toHaveLength(3);
    expect(annotator.pendingCount()).toBe(0);

    document.body.replaceChildren();
    const big = table(ids(10));
    const late = vi.fn();
    const lazy = createAnnotator(document, {
      lazyAbove: 3,
      watchNear: watcher.watchNear,
      onLateDraw: late,
    });
    expect(lazy.render(withText(items(big)))).toBe(0);
    expect(hosts()).toHaveLength(0);
    expect(lazy.pendingCount()).toBe(10);
    expect(watcher.observed.size).toBe(10);

    watcher.near([rowOf(big, 0), rowOf(big, 1)]);
    expect(hosts()).toHaveLength(2);
    expect(rowOf(big, 0).querySelectorAll(BADGE_HOST_SELECTOR)).toHaveLength(1);
    expect(rowOf(big, 2).querySelectorAll(BADGE_HOST_SELECTOR)).toHaveLength(0);
    expect(late).toHaveBeenCalledWith(expect.objectContaining({ skipped: 0 }));
    expect(watcher.observed.has(rowOf(big, 0))).toBe(false);
    expect(lazy.pendingCount()).toBe(8);
  });

  it('keeps drawn badges on the next render, never duplicates, and follows re-rendered rows', () => {
    const body = table(ids(10));
    const watcher = fakeWatcher();
    const annotator = createAnnotator(document, { lazyAbove: 3, watchNear: watcher.watchNear });
    annotator.render(withText(items(body)));
    watcher.near([rowOf(body, 0), rowOf(body, 9)]);
    annotator.render(withText(items(body)));
    expect(hosts()).toHaveLength(2);
    // The page re-renders its list (new row elements, same claims): drawn badges move, the others wait again.
    body.parentElement!.remove();
    const again = table(ids(10));
    annotator.render(withText(items(again)));
    expect(hosts()).toHaveLength(2);
    expect(rowOf(again, 0).querySelectorAll(BADGE_HOST_SELECTOR)).toHaveLength(1);
    expect(rowOf(again, 9).querySelectorAll(BADGE_HOST_SELECTOR)).toHaveLength(1);
    expect(annotator.pendingCount()).toBe(8);
    // Old rows are no longer watched; the new ones are.
    expect(watcher.observed.has(rowOf(body, 1))).toBe(false);
    expect(watcher.observed.has(rowOf(again, 1))).toBe(true);
    watcher.near(Array.from(again.querySelectorAll('tr')));
    expect(hosts()).toHaveLength(10);
    for (let i = 0; i < 10; i++)
      expect(rowOf(again, i).querySelectorAll(BADGE_HOST_SELECTOR)).toHaveLength(1);
  });

  it('on a scroll (a report after the first) draws a block of rows around the row that came near', () => {
    const total = LATE_BLOCK * 2 + 100;
    const body = table(ids(total));
    const watcher = fakeWatcher();
    const annotator = createAnnotator(document, { lazyAbove: 3, watchNear: watcher.watchNear });
    annotator.render(withText(items(body)));
    // First report: where the rows are (the two at the top are near) — exactly those are drawn.
    watcher.near([rowOf(body, 0), rowOf(body, 1)]);
    expect(hosts()).toHaveLength(2);
    // The user scrolls: row `mid` comes near; the rows within LATE_BLOCK positions of it are drawn in the same batch.
    const mid = LATE_BLOCK + 50;
    watcher.near([rowOf(body, mid)]);
    const drawn = (i: number) => rowOf(body, i).querySelectorAll(BADGE_HOST_SELECTOR).length;
    expect(drawn(mid - LATE_BLOCK)).toBe(1);
    expect(drawn(mid + LATE_BLOCK)).toBe(1);
    expect(drawn(mid - LATE_BLOCK - 1)).toBe(0);
    expect(drawn(mid + LATE_BLOCK + 1)).toBe(0);
    expect(hosts()).toHaveLength(2 + 2 * LATE_BLOCK + 1);
    expect(annotator.pendingCount()).toBe(total - hosts().length);
    // Drawn rows are no longer watched.
    expect(watcher.observed.has(rowOf(body, mid + 1))).toBe(false);
    expect(watcher.observed.has(rowOf(body, mid + LATE_BLOCK + 1))).toBe(true);
  });

  it('skips a row that changed before it came near, and reports it', () => {
    const body = table(ids(10));
    const watcher = fakeWatcher();
    const late = vi.fn();
    const annotator = createAnnotator(document, {
      lazyAbove: 3,
      watchNear: watcher.watchNear,
      onLateDraw: late,
    });
    annotator.render(withText(items(body)));
    cell(body, 4, 3).textContent = '$999.00';
    watcher.near([rowOf(body, 4), rowOf(body, 5)]);
    expect(rowOf(body, 4).querySelectorAll(BADGE_HOST_SELECTOR)).toHaveLength(0);
    expect(rowOf(body, 5).querySelectorAll(BADGE_HOST_SELECTOR)).toHaveLength(1);
    expect(late).toHaveBeenCalledWith(expect.objectContaining({ skipped: 1 }));
  });

  it('a render skips rows that no longer show what was read (at once too)', () => {
    const body = table(ids(2));
    const annotator = createAnnotator(document);
    const list = withText(items(body));
    cell(body, 1, 2).textContent = 'Another Clinic';
    expect(annotator.render(list)).toBe(1);
    expect(hosts()).toHaveLength(1);
  });

  it('draws everything at once where the browser has no watcher, and disconnects on clear()', () => {
    const body = table(ids(10));
    const none = createAnnotator(document, { lazyAbove: 3, watchNear: () => null });
    none.render(items(body));
    expect(hosts()).toHaveLength(10);
    none.clear();
    const watcher = fakeWatcher();
    const annotator = createAnnotator(document, { lazyAbove: 3, watchNear: watcher.watchNear });
    annotator.render(items(body));
    annotator.clear();
    expect(watcher.disconnected).toBe(1);
    expect(annotator.pendingCount()).toBe(0);
    watcher.near([rowOf(body, 0)]);
    expect(hosts()).toHaveLength(0);
  });
});
