/**
 * Page annotations: one compact badge next to each claim, inside a CLOSED shadow root.
 *
 * Design notes (issue 5 §2, issue 6 §3/§6, STYLE.md "Bitwarden"):
 * - Isolation: the badge text is derived from health data, so it lives in a closed shadow root whose reference is
 *   kept only in this module's closure (page scripts see an empty `<span>` host). Page CSS cannot reach in; our CSS
 *   cannot leak out; the host box gets an inline `!important` reset so page rules on `span` cannot restyle it.
 * - Text only: every string is set with `textContent` / `setAttribute`, never parsed as HTML.
 * - Plain DOM, no framework: the content script has a 40 kB gz budget and this is a handful of nodes.
 * - Keyed by claim: `render()` is idempotent; a re-render of the page (new row elements) moves the existing host to
 *   the new row, a claim that disappeared loses its badge, so there are never duplicates.
 * - Tampering: `restore()` puts back hosts the page removed or restyled (called on the next relevant mutation).
 * - Writes are synchronous and batched by the caller (one pass per animation frame); nothing here reads layout.
 * - Activation (click, Enter, Space on the focusable button) only reveals a short hint to open the toolbar popup:
 *   details stay in the popup, out of the page's reach.
 */
import type { Badge } from '@/lib/model/page-messages';
import { BADGE_CSS, HOST_STYLE, KNOWN_TONES, NOTE_HOST_STYLE } from './styles';

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
}

export interface Annotator {
  /** Shows exactly these badges (adds, updates, moves, removes). One synchronous batch of DOM writes. */
  render(items: readonly AnnotationItem[], hint?: string): void;
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
  button: HTMLButtonElement;
  label: HTMLSpanElement;
  hint: HTMLSpanElement;
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

export function createAnnotator(doc: Document): Annotator {
  const entries = new Map<string, Entry>();
  /** Hosts of badges, for the caller's tamper observer. */
  const ownHosts = new WeakSet<Node>();
  let hintText = '';
  let note: { host: HTMLElement; text: HTMLSpanElement; close: HTMLButtonElement } | null = null;
  let noteDismissed = false;

  function makeHost(kind: 'badge' | 'note', owner: Document): { host: HTMLElement; root: ShadowRoot } {
    // A <span>: a standard element that accepts a shadow root (a custom tag could be pre-defined by the page).
    const host = owner.createElement(kind === 'badge' ? 'span' : 'div');
    host.setAttribute(HOST_ATTRIBUTE, kind);
    host.setAttribute('style', kind === 'badge' ? HOST_STYLE : NOTE_HOST_STYLE);
    const root = host.attachShadow({ mode: 'closed' });
    const style = owner.createElement('style');
    style.textContent = BADGE_CSS;
    root.appendChild(style);
    // Keep clicks on our UI from reaching the page's row handlers (expand row, open claim…).
    host.addEventListener('click', (event) => event.stopPropagation());
    ownHosts.add(host);
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
    button.appendChild(label);
    const hint = owner.createElement('span');
    hint.className = 'hint';
    hint.setAttribute('role', 'status');
    hint.hidden = true;
    button.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      const show = hint.hidden;
      hint.textContent = show ? hintText : '';
      hint.hidden = !show;
      button.setAttribute('aria-expanded', String(show));
    });
    root.append(button, hint);
    const entry: Entry = {
      host,
      button,
      label,
      hint,
      tone: '',
      text: '',
      ariaLabel: '',
      element: item.element,
      claimId: item.claimId,
      place,
    };
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

  function render(items: readonly AnnotationItem[], hint?: string): void {
    if (hint !== undefined) hintText = hint;
    const seen = new Set<string>();
    for (const item of items) {
      if (seen.has(item.key)) continue;
      seen.add(item.key);
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
    }
    for (const [key, entry] of entries) {
      if (!seen.has(key)) {
        entry.host.remove();
        entries.delete(key);
      }
    }
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
      close.addEventListener('click', (event) => {
        event.stopPropagation();
        noteDismissed = true;
        host.remove();
      });
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
    note?.host.remove();
    note = null;
  }

  return {
    render,
    restore,
    isOwnNode: (node) => ownHosts.has(node),
    setNote,
    size: () => entries.size,
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
