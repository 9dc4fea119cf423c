/**
 * Page annotations: one compact badge next to each claim, inside a CLOSED shadow root.
 *
 * Design notes (issue 5 §2, issue 6 §3/§6, issue 7, STYLE.md "Bitwarden"):
 * - Isolation: the badge text is derived from health data, so it lives in a closed shadow root whose reference is
 *   kept only in this module's closure (page scripts see an empty `<span>` host). Page CSS cannot reach in; our CSS
 *   cannot leak out; the host box gets an inline `!important` reset so page rules on `span` cannot restyle it.
 * - Text only: every string is set with `textContent` / `setAttribute`, never parsed as HTML.
 * - Plain DOM, no framework: the content script has a 40 kB gz budget and this is a handful of nodes.
 * - Cheap per badge (a claims list can have thousands): one shared stylesheet per document (`adoptedStyleSheets`, a
 *   `<style>` per root only where constructable stylesheets cannot be adopted), a host + button + label (the hint
 *   element is made on first activation), no listener per badge (one capturing listener per document handles every
 *   badge), and a host of fixed height with size containment that never widens a table column (styles.ts).
 * - Keyed by claim: `render()` is idempotent; a re-render of the page (new row elements) moves the existing host to
 *   the new row, a claim that disappeared loses its badge, so there are never duplicates.
 * - Tampering: `restore()` puts back hosts the page removed or restyled (called on the next relevant mutation).
 * - Writes are synchronous and batched by the caller (one pass per update); nothing here reads layout.
 * - Only rows near the viewport on long lists (issue 7): above LAZY_ABOVE badges, a badge is drawn when its row comes
 *   within NEAR_VIEWPORTS viewport heights of the viewport (an IntersectionObserver: the browser works it out after its
 *   own layout; we read no geometry). Every badge written into a table re-lays the table out (~0.1 ms per badge plus
 *   a pass over every row: ~450 ms for a badge in each of 2,000 rows). The near rows are drawn in one batch; a row
 *   the user scrolls near draws the pending rows within LATE_BLOCK positions of it too, one batch per block. A drawn
 *   badge stays drawn. The popup lists every claim regardless.
 * - Before a badge is written (at once or later) its row must still show the text it was read with
 *   (`AnnotationItem.expectText`); otherwise it is skipped and the caller reads the page again.
 * - Activation (click, Enter, Space on the focusable button) only reveals a short hint to open the toolbar popup:
 *   details stay in the popup, out of the page's reach.
 */
import type { Badge } from '@/lib/model/page-messages';
import { BADGE_CSS, HOST_STYLE, KNOWN_TONES } from './styles';

/** Attribute on our host elements (lets a new content-script instance sweep up an old one's leftovers). */
export const HOST_ATTRIBUTE = 'data-coverage-lens';
export const BADGE_HOST_SELECTOR = `[${HOST_ATTRIBUTE}="badge"]`;
export const NOTE_HOST_SELECTOR = `[${HOST_ATTRIBUTE}="note"]`;

export interface AnnotationItem {
  /** Unique per badge on the page (the claim id, with a suffix for a repeated id). */
  key: string;
  /** The claim's row/card element. */
  element: Element;
  claimId: string;
  badge: Badge;
  /** The row's `textContent` when it was read: the badge is written only while the row still shows it. */
  expectText?: string;
}

/**
 * Watches rows coming near the viewport (tests inject their own; default: IntersectionObserver). The annotator's
 * callback is called once per observer report, with the rows that are near (possibly none).
 */
export interface NearWatcher {
  observe(element: Element): void;
  unobserve(element: Element): void;
  disconnect(): void;
}

export interface AnnotatorOptions {
  /** Above this many badges, each is drawn only when its row comes near the viewport. */
  lazyAbove?: number;
  /** Makes the near-viewport watcher; null when the browser has none (then every badge is drawn at once). */
  watchNear?: (doc: Document, onNear: (elements: readonly Element[]) => void) => NearWatcher | null;
  /**
   * Called after badges were drawn outside `render()` (their rows came near the viewport): `skipped` rows no longer
   * showed what was read; `startedAt` is the `performance.now()` the batch started at; `error` when drawing failed.
   */
  onLateDraw?: (result: { skipped: number; startedAt: number; error?: unknown }) => void;
}

/**
 * Badges drawn at once up to this many; beyond, only near the viewport. Low on purpose: a single-page portal
 * re-rendering 50 claims moves every drawn badge into its new row, and each costs style and layout (~0.1 ms here).
 */
export const LAZY_ABOVE = 20;
/** Rows within this many viewport heights above or below the viewport count as near. */
export const NEAR_VIEWPORTS = 1;
/**
 * A row scrolled near draws the pending rows within this many positions of it too: every badge written into a table
 * re-lays the whole table out (~40 ms for 2,000 rows here), so scrolling through a long list pays that once per block
 * of rows instead of once per frame (measured: 21 s of layout over a scroll through 2,000 claims, row by row).
 */
export const LATE_BLOCK = 150;
const NEAR_MARGIN = `${NEAR_VIEWPORTS * 100}% 0px ${NEAR_VIEWPORTS * 100}% 0px`;

export interface Annotator {
  /**
   * Shows exactly these badges (adds, updates, moves, removes), in one synchronous batch of DOM writes; on a long
   * list, rows far from the viewport wait until they come near. Returns how many items were skipped because their
   * row no longer shows `expectText`.
   */
  render(items: readonly AnnotationItem[], hint?: string): number;
  /** Badges waiting for their row to come near the viewport. */
  pendingCount(): number;
  /** Re-attaches hosts the page removed or moved and resets tampered host styles; returns how many were fixed. */
  restore(): number;
  /** Whether a node is one of our hosts (the observer ignores mutations made of our own nodes). */
  isOwnNode(node: Node): boolean;
  /** Shows (text) or removes (null) the small page-level note (the redesign canary). */
  setNote(text: string | null, closeLabel?: string): void;
  /** Number of badges currently managed. */
  size(): number;
  /** The badge host elements (for a tamper observer on them). */
  hosts(): HTMLElement[];
  /** Removes every host; the annotator can be used again afterwards. */
  clear(): void;
}

interface Entry {
  host: HTMLElement;
  root: ShadowRoot;
  button: HTMLButtonElement;
  /** The button's text (its own box clips a long text with an ellipsis; the rounded button itself clips nothing). */
  label: HTMLSpanElement;
  /** Made on first activation. */
  hint: HTMLSpanElement | null;
  tone: string;
  text: string;
  ariaLabel: string;
  element: Element;
  claimId: string;
  place: Placement;
}

interface Placement {
  parent: Node;
  /** Insert before this node (null = append). */
  before: Node | null;
  /** When set, the host must sit right after this node (outside an interactive ancestor). */
  after: Node | null;
}

/** Elements a button must not be nested in (a click would also activate them). */
const INTERACTIVE_ANCESTORS =
  'a, button, label, summary, select, option, textarea, [role="button"], [role="link"]';

function isDerivedId(claimId: string): boolean {
  return claimId.startsWith('derived:');
}

/** The first text node under `root` that contains `needle` (skipping our own hosts), or null. */
function findTextNode(doc: Document, root: Element, needle: string): Text | null {
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeValue && node.nodeValue.includes(needle)) return node as Text;
  }
  return null;
}

/**
 * Where the badge goes: right after the claim number when the row shows it, else at the end of the row's first cell
 * (a table row) or of the card. Never inside a link/button (activating the badge would activate it too), never as a
 * direct child of a `<tr>`/`<tbody>` (that would break the table).
 */
export function placementFor(doc: Document, element: Element, claimId: string): Placement {
  let container: Element = element;
  if (!isDerivedId(claimId)) {
    const text = findTextNode(doc, element, claimId);
    if (text?.parentElement) container = text.parentElement;
  }
  if (container === element) {
    const tag = element.tagName.toLowerCase();
    if (tag === 'tr') {
      const cells = (element as HTMLTableRowElement).cells;
      const cell = cells?.[0] ?? element.firstElementChild;
      if (cell) container = cell;
    } else if (tag === 'tbody' || tag === 'thead' || tag === 'table') {
      const cell = element.querySelector('td, th');
      if (cell) container = cell;
    }
  }
  const interactive = container.closest(INTERACTIVE_ANCESTORS);
  if (interactive && element.contains(interactive) && interactive.parentNode) {
    return { parent: interactive.parentNode, before: interactive.nextSibling, after: interactive };
  }
  return { parent: container, before: null, after: null };
}

function isPlaced(host: Node, place: Placement): boolean {
  if (host.parentNode !== place.parent) return false;
  if (place.after) return host.previousSibling === place.after;
  return true;
}

function insert(host: Node, place: Placement): void {
  if (place.after) {
    place.parent.insertBefore(host, place.after.nextSibling);
  } else {
    place.parent.insertBefore(host, place.before);
  }
}

function toneClass(tone: string): string {
  return KNOWN_TONES.has(tone) ? `badge tone-${tone}` : 'badge tone-neutral';
}

/** The page's `CSSStyleSheet` constructor for a document (claims may sit in a same-origin frame). */
type SheetConstructor = { new (): CSSStyleSheet };

/** The default near-viewport watcher: one IntersectionObserver of the document's window. */
export function intersectionWatcher(
  doc: Document,
  onNear: (elements: readonly Element[]) => void,
): NearWatcher | null {
  const Ctor = (doc.defaultView as (Window & typeof globalThis) | null)?.IntersectionObserver;
  if (typeof Ctor !== 'function') return null;
  const observer = new Ctor(
    (records) => {
      const near: Element[] = [];
      for (const record of records) if (record.isIntersecting) near.push(record.target);
      onNear(near);
    },
    { rootMargin: NEAR_MARGIN },
  );
  return {
    observe: (element) => observer.observe(element),
    unobserve: (element) => observer.unobserve(element),
    disconnect: () => observer.disconnect(),
  };
}

export function createAnnotator(doc: Document, options: AnnotatorOptions = {}): Annotator {
  const lazyAbove = options.lazyAbove ?? LAZY_ABOVE;
  const watchNear = options.watchNear ?? intersectionWatcher;
  const entries = new Map<string, Entry>();
  /** Items whose row has not come near the viewport yet, by row, with their position in the last render's list. */
  let pending = new Map<Element, { item: AnnotationItem; at: number }>();
  /** The last render's items in order (for drawing a block of rows around a row that came near). */
  let order: AnnotationItem[] = [];
  /** The next watcher callback is the first after a render: it reports where the rows are, not a scroll. */
  let firstReport = false;
  /** Rows seen near the viewport (their badges are drawn on the next render too). */
  let near = new WeakSet<Element>();
  /** undefined: not made yet; null: the browser has no watcher. */
  let watcher: NearWatcher | null | undefined;
  /** Hosts of badges, for the caller's tamper observer. */
  const ownHosts = new WeakSet<Node>();
  /** Host → its entry, for the shared click handler. */
  const byHost = new WeakMap<Node, Entry>();
  let hintText = '';
  let note: { host: HTMLElement; text: HTMLSpanElement; close: HTMLButtonElement } | null = null;
  let noteDismissed = false;
  /** One constructable stylesheet per document (null: the browser cannot adopt it; a `<style>` per root instead). */
  const sheets = new Map<Document, CSSStyleSheet | null>();
  /** Documents where the shared click listener is installed. */
  const listening = new Map<Document, (event: Event) => void>();

  function sheetFor(owner: Document): CSSStyleSheet | null {
    if (sheets.has(owner)) return sheets.get(owner) ?? null;
    let sheet: CSSStyleSheet | null = null;
    try {
      const Ctor = (owner.defaultView as unknown as { CSSStyleSheet?: SheetConstructor } | null)
        ?.CSSStyleSheet;
      if (Ctor) {
        const candidate = new Ctor();
        candidate.replaceSync(BADGE_CSS);
        sheet = candidate;
      }
    } catch {
      sheet = null;
    }
    sheets.set(owner, sheet);
    return sheet;
  }

  /** Documents where adopting the shared sheet was verified to work. */
  const adoptionChecked = new WeakSet<Document>();

  /** Styles a new shadow root: the shared sheet when the browser accepts it, else its own `<style>`. */
  function styleRoot(root: ShadowRoot, owner: Document): void {
    const sheet = sheetFor(owner);
    if (sheet) {
      try {
        root.adoptedStyleSheets = [sheet];
        // Firefox content scripts (Xray wrappers) and older engines may refuse or ignore adoption: checked once.
        if (adoptionChecked.has(owner) || root.adoptedStyleSheets.length === 1) {
          adoptionChecked.add(owner);
          return;
        }
      } catch {
        // Fall through to a <style> element.
      }
      sheets.set(owner, null);
    }
    const style = owner.createElement('style');
    style.textContent = BADGE_CSS;
    root.appendChild(style);
  }

  /**
   * The one click handler of a document, capturing: a click on a badge (or Enter/Space on its focused button, which
   * the browser turns into a click) toggles its hint and never reaches the page's row handlers (expand row, open
   * claim…). Clicks elsewhere are left alone.
   */
  function listen(owner: Document): void {
    if (listening.has(owner)) return;
    const handler = (event: Event) => {
      // No `instanceof`: a frame's nodes belong to another realm. Closed roots retarget clicks to our host.
      const target = event.target as Node | null;
      let host: Node | null = target && ownHosts.has(target) ? target : null;
      if (!host)
        for (const node of event.composedPath())
          if (ownHosts.has(node as Node)) {
            host = node as Node;
            break;
          }
      const entry = host ? byHost.get(host) : undefined;
      if (!entry) return;
      event.stopPropagation();
      event.preventDefault();
      toggleHint(entry);
    };
    owner.addEventListener('click', handler, true);
    listening.set(owner, handler);
  }

  function unlisten(): void {
    for (const [owner, handler] of listening) owner.removeEventListener('click', handler, true);
    listening.clear();
  }

  function toggleHint(entry: Entry): void {
    let hint = entry.hint;
    if (!hint) {
      hint = entry.host.ownerDocument.createElement('span');
      hint.className = 'hint';
      hint.setAttribute('role', 'status');
      hint.hidden = true;
      entry.root.appendChild(hint);
      entry.hint = hint;
    }
    const show = hint.hidden !== false;
    hint.textContent = show ? hintText : '';
    hint.hidden = !show;
    entry.button.setAttribute('aria-expanded', String(show));
    // While the hint is open the host grows with it (styles.ts: `:host([data-open])`).
    entry.host.toggleAttribute('data-open', show);
  }

  function makeHost(kind: 'badge' | 'note', owner: Document): { host: HTMLElement; root: ShadowRoot } {
    // A <span>: a standard element that accepts a shadow root (a custom tag could be pre-defined by the page).
    const host = owner.createElement(kind === 'badge' ? 'span' : 'div');
    host.setAttribute(HOST_ATTRIBUTE, kind);
    host.setAttribute('style', HOST_STYLE);
    const root = host.attachShadow({ mode: 'closed' });
    styleRoot(root, owner);
    ownHosts.add(host);
    listen(owner);
    return { host, root };
  }

  function createEntry(item: AnnotationItem, place: Placement): Entry {
    // Claims may sit in a same-origin frame: build the badge in the claim's own document.
    const owner = item.element.ownerDocument ?? doc;
    const { host, root } = makeHost('badge', owner);
    const button = owner.createElement('button');
    button.type = 'button';
    button.setAttribute('aria-expanded', 'false');
    const label = owner.createElement('span');
    label.className = 'label';
    button.appendChild(label);
    root.appendChild(button);
    const entry: Entry = {
      host,
      root,
      button,
      label,
      hint: null,
      tone: '',
      text: '',
      ariaLabel: '',
      element: item.element,
      claimId: item.claimId,
      place,
    };
    byHost.set(host, entry);
    return entry;
  }

  function update(entry: Entry, badge: Badge): void {
    if (entry.tone !== badge.tone) {
      entry.button.className = toneClass(badge.tone);
      entry.tone = badge.tone;
    }
    if (entry.text !== badge.text) {
      entry.label.textContent = badge.text;
      entry.text = badge.text;
    }
    if (entry.ariaLabel !== badge.ariaLabel) {
      entry.button.setAttribute('aria-label', badge.ariaLabel || badge.text);
      entry.ariaLabel = badge.ariaLabel;
    }
  }

  function getWatcher(): NearWatcher | null {
    if (watcher === undefined) {
      try {
        watcher = watchNear(doc, onNear);
      } catch {
        watcher = null;
      }
    }
    return watcher;
  }

  /** Writes one badge (new, updated or moved); false when its row no longer shows what was read. */
  function draw(item: AnnotationItem): boolean {
    if (!item.element.isConnected) return false;
    if (item.expectText !== undefined && (item.element.textContent ?? '') !== item.expectText) return false;
    const place = placementFor(item.element.ownerDocument ?? doc, item.element, item.claimId);
    let entry = entries.get(item.key);
    if (!entry) {
      entry = createEntry(item, place);
      entries.set(item.key, entry);
    }
    update(entry, item.badge);
    entry.element = item.element;
    entry.claimId = item.claimId;
    entry.place = place;
    if (!isPlaced(entry.host, place)) insert(entry.host, place);
    return true;
  }

  /**
   * The watcher's report: rows that came near the viewport. Its first report after a render draws exactly the rows
   * near the viewport; a later one (the user scrolls) also draws the pending rows within LATE_BLOCK positions of each,
   * so that scrolling a 2,000-row table re-lays it out once per block rather than once per frame.
   */
  function onNear(elements: readonly Element[]): void {
    const startedAt = doc.defaultView?.performance.now() ?? 0;
    const block = firstReport ? 0 : LATE_BLOCK;
    firstReport = false;
    let skipped = 0;
    let drawn = 0;
    const drawAt = (element: Element): void => {
      const waiting = pending.get(element);
      if (!waiting) return;
      pending.delete(element);
      watcher?.unobserve(element);
      if (draw(waiting.item)) drawn++;
      else skipped++;
    };
    try {
      for (const element of elements) {
        near.add(element);
        watcher?.unobserve(element);
        const waiting = pending.get(element);
        if (!waiting) continue;
        drawAt(element);
        const from = Math.max(0, waiting.at - block);
        const to = Math.min(order.length - 1, waiting.at + block);
        // drawAt skips rows already drawn (no longer pending).
        for (let i = from; i <= to; i++) drawAt((order[i] as AnnotationItem).element);
      }
    } catch (error) {
      options.onLateDraw?.({ skipped, startedAt, error });
      return;
    }
    if (drawn + skipped > 0) options.onLateDraw?.({ skipped, startedAt });
  }

  function render(items: readonly AnnotationItem[], hint?: string): number {
    if (hint !== undefined) hintText = hint;
    const lazy = items.length > lazyAbove && getWatcher() !== null;
    const handled = new Set<string>();
    const kept = new Set<string>();
    const waiting = new Map<Element, { item: AnnotationItem; at: number }>();
    const listed: AnnotationItem[] = [];
    let skipped = 0;
    for (const item of items) {
      if (handled.has(item.key)) continue;
      handled.add(item.key);
      listed.push(item);
      if (lazy && !entries.has(item.key) && !near.has(item.element)) {
        waiting.set(item.element, { item, at: listed.length - 1 });
        continue;
      }
      if (draw(item)) kept.add(item.key);
      else skipped++;
    }
    for (const [key, entry] of entries) {
      if (!kept.has(key)) {
        entry.host.remove();
        entries.delete(key);
      }
    }
    for (const element of pending.keys()) if (!waiting.has(element)) watcher?.unobserve(element);
    for (const element of waiting.keys())
      if (!pending.has(element)) {
        watcher?.observe(element);
        firstReport = true;
      }
    pending = waiting;
    order = lazy ? listed : [];
    return skipped;
  }

  function restore(): number {
    let fixed = 0;
    for (const entry of entries.values()) {
      // A row the page replaced is not ours to resurrect: the next read re-attaches to the new row.
      if (!entry.element.isConnected) continue;
      if (entry.host.getAttribute('style') !== HOST_STYLE) {
        entry.host.setAttribute('style', HOST_STYLE);
        fixed++;
      }
      if (entry.host.getAttribute(HOST_ATTRIBUTE) !== 'badge')
        entry.host.setAttribute(HOST_ATTRIBUTE, 'badge');
      if (!isPlaced(entry.host, entry.place) || !entry.place.parent.isConnected) {
        entry.place = placementFor(entry.element.ownerDocument ?? doc, entry.element, entry.claimId);
        insert(entry.host, entry.place);
        fixed++;
      }
    }
    if (note && !noteDismissed && !note.host.isConnected && doc.body) {
      doc.body.appendChild(note.host);
      fixed++;
    }
    return fixed;
  }

  function dismissNote(): void {
    noteDismissed = true;
    note?.host.remove();
  }

  function setNote(text: string | null, closeLabel = 'Close'): void {
    if (text === null) {
      note?.host.remove();
      note = null;
      noteDismissed = false;
      return;
    }
    if (noteDismissed) return;
    if (!note) {
      const { host, root } = makeHost('note', doc);
      const box = doc.createElement('div');
      box.className = 'note';
      box.setAttribute('role', 'status');
      const span = doc.createElement('span');
      const close = doc.createElement('button');
      close.type = 'button';
      close.className = 'close';
      close.textContent = '\u00d7';
      close.addEventListener('click', () => dismissNote());
      // Keep clicks on the note from reaching the page's handlers.
      host.addEventListener('click', (event) => event.stopPropagation());
      box.append(span, close);
      root.appendChild(box);
      note = { host, text: span, close };
    }
    note.text.textContent = text;
    note.close.setAttribute('aria-label', closeLabel);
    if (!note.host.isConnected && doc.body) doc.body.appendChild(note.host);
  }

  function clear(): void {
    for (const entry of entries.values()) entry.host.remove();
    entries.clear();
    watcher?.disconnect();
    watcher = undefined;
    pending = new Map();
    order = [];
    firstReport = false;
    near = new WeakSet();
    note?.host.remove();
    note = null;
    unlisten();
  }

  return {
    render,
    restore,
    isOwnNode: (node) => ownHosts.has(node),
    setNote,
    size: () => entries.size,
    pendingCount: () => pending.size,
    hosts: () => Array.from(entries.values(), (entry) => entry.host),
    clear,
  };
}

/** Removes hosts left by an earlier instance of the content script (e.g. before an extension update). */
export function sweepStaleHosts(doc: Document, annotator: Annotator): void {
  for (const host of Array.from(doc.querySelectorAll(`[${HOST_ATTRIBUTE}]`))) {
    if (!annotator.isOwnNode(host)) host.remove();
  }
}
