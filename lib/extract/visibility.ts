/**
 * Is an element effectively hidden? Hidden content never produces a value (contract §2): the `hidden` attribute,
 * `aria-hidden=true`, `<template>`, `display:none`/`visibility:hidden` (inline or computed), closed `<details>`,
 * inactive tab panels, skeleton/loading placeholders, screen-reader-only duplicates, and responsive duplicates.
 *
 * Two modes:
 * - `computed` (real browsers): `getComputedStyle` decides display/visibility, so the viewport decides which of two
 *   responsive duplicates is shown; class names only identify screen-reader-only and skeleton content.
 * - `static` (happy-dom/jsdom, where stylesheets and media queries are not applied reliably): inline styles and class
 *   conventions (`d-none`, `hidden`, `collapse`, Bootstrap/Tailwind/Foundation responsive classes). Of two responsive
 *   duplicates the desktop one is taken: mobile-only markup (`d-md-none`, `md:hidden`, `mobile-only`, `visible-xs`,
 *   `hidden-md`, …) counts as hidden, so a table rendered twice is read once.
 */

import { SPACES, UNCLEAN } from './parse';

export type VisibilityMode = 'computed' | 'static';

const NEVER_RENDERED = new Set([
  'TEMPLATE',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'HEAD',
  'META',
  'LINK',
  'TITLE',
  'IFRAME',
]);

const ARIA_HIDDEN_VISUAL = new Set([
  'SPAN',
  'B',
  'STRONG',
  'EM',
  'I',
  'SMALL',
  'ABBR',
  'TIME',
  'DATA',
  'MARK',
]);
const CHEAP_VISIBLE = new Set([
  'TD',
  'TH',
  'SPAN',
  'B',
  'STRONG',
  'EM',
  'I',
  'SMALL',
  'A',
  'TIME',
  'ABBR',
  'BR',
  'SUP',
  'SUB',
]);

/** Screen-reader-only and placeholder classes: hidden in both modes (they are "visible" to the style engine). */
const SR_ONLY = new Set([
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  'screen-reader-text',
  'screen-reader-only',
  'screenreader-only',
  'a11y-hidden',
  'a11y-only',
  'assistive-text',
  'offscreen',
  'off-screen',
  'u-visually-hidden',
  'cdk-visually-hidden',
  'slds-assistive-text',
  'usa-sr-only',
  'show-for-sr',
  'element-invisible',
]);
const PLACEHOLDER_PREFIX =
  /^(?:skeleton|shimmer|placeholder|loading|is-loading|ghost-loader|content-loader)(?:$|[-_])/;
const PLACEHOLDER_SUFFIX = /[-_](?:skeleton|shimmer|placeholder|loading)$/;

/** Static mode only: classes that hide (at least on desktop). */
const STATIC_HIDDEN = new Set([
  'hidden',
  'd-none',
  'is-hidden',
  'hide',
  'invisible',
  'u-hidden',
  'display-none',
  'visually-hidden-focusable-off',
  'mobile-only',
  'mobile',
  'only-mobile',
  'show-mobile',
  'mobile-view',
  'visible-xs',
  'visible-sm',
  'visible-xs-block',
  'visible-sm-block',
  'hidden-md',
  'hidden-lg',
  'hidden-xl',
  'hidden-desktop',
  'hide-desktop',
  'desktop-hidden',
  'd-md-none',
  'd-lg-none',
  'd-xl-none',
  'md:hidden',
  'lg:hidden',
  'xl:hidden',
  'show-for-small-only',
  'hide-for-medium',
  'hide-for-large',
  'xs-only',
  'sm-only',
]);
/** A desktop display class re-shows an element a base class hid (`d-none d-md-block`, `hidden md:table`). */
const DESKTOP_SHOW =
  /^(?:d-(?:md|lg|xl)-(?:block|flex|table|table-row|table-cell|inline|inline-block|inline-flex|grid)|(?:md|lg|xl):(?:block|flex|table|table-row|table-cell|inline|inline-block|inline-flex|grid|contents)|show-for-medium|show-for-large|desktop-only|visible-md|visible-lg|hidden-xs|hidden-sm)$/;

const STYLE_HIDES =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|content-visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

function classTokens(raw: string): string[] {
  return (raw.length > 2000 ? raw.slice(0, 2000) : raw).toLowerCase().split(/\s+/).filter(Boolean);
}

/** What a class attribute alone says (cached per distinct attribute value: a page has few of them). */
const CLASS_SR_OR_PLACEHOLDER = 1;
const CLASS_STATIC_HIDDEN = 2;
function classFlags(raw: string): number {
  const classes = classTokens(raw);
  let flags = 0;
  for (const c of classes) {
    if (SR_ONLY.has(c) || PLACEHOLDER_PREFIX.test(c) || PLACEHOLDER_SUFFIX.test(c)) {
      flags |= CLASS_SR_OR_PLACEHOLDER;
      break;
    }
  }
  if (classes.length > 0) {
    const hides = classes.some((c) => STATIC_HIDDEN.has(c));
    const collapsed = classes.includes('collapse') && !classes.includes('show') && !classes.includes('in');
    if ((hides || collapsed) && !classes.some((c) => DESKTOP_SHOW.test(c))) flags |= CLASS_STATIC_HIDDEN;
  }
  return flags;
}
const CLASS_FLAGS_CACHE = new Map<string, number>();
function cachedClassFlags(raw: string): number {
  let flags = CLASS_FLAGS_CACHE.get(raw);
  if (flags === undefined) {
    flags = classFlags(raw);
    if (CLASS_FLAGS_CACHE.size > 4000) CLASS_FLAGS_CACHE.clear();
    CLASS_FLAGS_CACHE.set(raw, flags);
  }
  return flags;
}

interface TextEntry {
  text: string;
  /** The `max` this text was bounded by, or -1 when it is the element's whole visible text. */
  max: number;
  /** Length counted by the walk (per-node collapsed), when whole: any `max` above it gives the same text. */
  counted: number;
}

/** An element holding only text and childless inline text elements (at most 8). */
function inlineTextOnly(el: Element): boolean {
  let n = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (++n > 8 || !ARIA_HIDDEN_VISUAL.has(c.tagName) || c.firstElementChild) return false;
  }
  return true;
}

type SignatureLevel = Map<string | number | null | undefined, SignatureLevel | boolean>;

/** The map under `key` in `map`, made when missing. */
function level(map: SignatureLevel, key: string | null | undefined): SignatureLevel {
  let next = map.get(key);
  if (!(next instanceof Map)) map.set(key, (next = new Map()));
  return next;
}

/** Whether the page runs in a test DOM (happy-dom/jsdom) rather than a browser. */
export function defaultVisibilityMode(doc: Document): VisibilityMode {
  const ua = doc.defaultView?.navigator?.userAgent ?? '';
  if (/HappyDOM|jsdom/i.test(ua)) return 'static';
  return typeof doc.defaultView?.getComputedStyle === 'function' ? 'computed' : 'static';
}

/**
 * Visibility of elements of one document, cached per element. Create one per read (the page may change between reads).
 * The caches are Maps, not WeakMaps: a checker lives for one read, and a garbage collection during a 2,000-claim read
 * would otherwise have tens of thousands of ephemerons to process. Private members are `#` (see generic.ts Reader).
 */
export class VisibilityChecker {
  readonly mode: VisibilityMode;
  readonly #cache = new Map<Element, boolean>();
  readonly #selfCache = new Map<Element, boolean>();
  readonly #inactivePanelIds = new Set<string>();
  readonly #inactiveTabIds = new Set<string>();
  /** Decisions by signature (see computedHidden): nested maps, one level per part, so no key string is built. */
  readonly #signatures: SignatureLevel = new Map();
  #signatureCount = 0;
  readonly #cellRow = new Map<Element, string | null>();
  readonly #rowKeys = new Map<Element, string>();
  readonly #texts = new Map<Element, TextEntry>();
  readonly #win: (Window & typeof globalThis) | null;

  constructor(doc: Document, mode: VisibilityMode = defaultVisibilityMode(doc)) {
    this.mode = mode;
    this.#win = doc.defaultView as (Window & typeof globalThis) | null;
    // Tabs that are not selected: the panels they control (aria-controls) and that name them (aria-labelledby).
    const tabs = doc.querySelectorAll('[role="tab"]');
    for (let i = 0; i < tabs.length && i < 200; i++) {
      const tab = tabs[i];
      if (!tab || tab.getAttribute('aria-selected') !== 'false') continue;
      for (const id of (tab.getAttribute('aria-controls') ?? '').split(/\s+/))
        if (id) this.#inactivePanelIds.add(id);
      if (tab.id) this.#inactiveTabIds.add(tab.id);
    }
  }

  /** Hidden by its own attributes/styles/classes (ancestors not considered). */
  isSelfHidden(el: Element): boolean {
    // A bare cell or inline element is visible (see decideSelfHidden): no lookup, nothing to remember.
    if (CHEAP_VISIBLE.has(el.tagName) && !el.hasAttributes() && el.parentElement?.tagName !== 'DETAILS')
      return false;
    const known = this.#selfCache.get(el);
    if (known !== undefined) return known;
    const hidden = this.#decideSelfHidden(el, undefined);
    this.#selfCache.set(el, hidden);
    return hidden;
  }

  /**
   * `isSelfHidden` during a text walk, which knows the row context (`rowKey`, see rowKeyOf) and does not need the
   * decision cached for a bare inline element (deciding it is cheaper than remembering it).
   */
  selfHiddenInWalk(el: Element, tag: string, parentTag: string, rowKey: string | null | undefined): boolean {
    // A bare inline element is visible (see decideSelfHidden): no lookup, nothing to remember.
    if (CHEAP_VISIBLE.has(tag) && parentTag !== 'DETAILS' && !el.hasAttributes()) return false;
    const known = this.#selfCache.get(el);
    if (known !== undefined) return known;
    const hidden = this.#decideSelfHidden(el, rowKey);
    this.#selfCache.set(el, hidden);
    return hidden;
  }

  /** Row context of a cell (its row's class and style, cached per row); for the signature cache. */
  keyOfRow(row: Element | null): string | null {
    if (!row) return null;
    let key = this.#rowKeys.get(row);
    if (key === undefined) {
      key = `${row.getAttribute('class') ?? ''}\u0002${row.getAttribute('style') ?? ''}`;
      this.#rowKeys.set(row, key);
    }
    return key;
  }

  /** `rowKey`: the row context when the caller knows it (undefined: look it up). */
  #decideSelfHidden(el: Element, rowKey: string | null | undefined): boolean {
    const tag = el.tagName;
    // HTML tag names are upper case already; SVG/MathML ones (`style`, `script` in an <svg>) are not.
    if (NEVER_RENDERED.has(tag) || (tag.charCodeAt(0) >= 97 && NEVER_RENDERED.has(tag.toUpperCase())))
      return true;
    const parent = el.parentElement;
    // Content of a closed <details> other than its summary is not rendered.
    if (parent && parent.tagName === 'DETAILS' && !parent.hasAttribute('open') && tag !== 'SUMMARY')
      return true;
    // One call lists the attributes; only the ones present are read (most elements have none or just a class).
    const names = el.getAttributeNames();
    // Most elements (table cells, spans) have no attributes: only the style engine can hide them. In computed mode
    // it is asked too, except for bare cells and inline elements: CSS hiding those without any attribute to select
    // on (`td:nth-child(3)`) is a mobile layout, and skipping the lookup saves about a third of a 2,000-row read.
    if (names.length === 0) {
      if (this.mode !== 'computed' || CHEAP_VISIBLE.has(tag)) return false;
      return this.#computedHidden(el, tag, names, null, null, rowKey);
    }
    let cls: string | null = null;
    let style: string | null = null;
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      switch (name) {
        case 'hidden':
          return true;
        case 'aria-hidden':
          // aria-hidden hides from assistive technology, not from the eye. On a container (a sticky-header clone, a
          // duplicate table, a decorative block) it marks a duplicate and is skipped; on an inline text element it
          // is the visual half of a "visible text + screen-reader text" pair (`<span aria-hidden>$10.00</span><span
          // class=sr-only>10 dollars</span>`), which is exactly what the page shows. The same holds when the inline
          // element only wraps inline text elements (`<span aria-hidden><span>$1,204</span><span>.50</span></span>`).
          if (
            el.getAttribute('aria-hidden') === 'true' &&
            !(ARIA_HIDDEN_VISUAL.has(tag) && inlineTextOnly(el))
          )
            return true;
          break;
        case 'aria-busy':
          if (el.getAttribute('aria-busy') === 'true') return true;
          break;
        case 'style':
          style = el.getAttribute('style');
          if (style && STYLE_HIDES.test(style.length > 2000 ? style.slice(0, 2000) : style)) return true;
          break;
        case 'role':
          if (el.getAttribute('role') === 'tabpanel') {
            if (el.id && this.#inactivePanelIds.has(el.id)) return true;
            const by = el.getAttribute('aria-labelledby');
            if (by && by.split(/\s+/).some((id) => this.#inactiveTabIds.has(id))) return true;
          }
          break;
        case 'class':
          cls = el.getAttribute('class');
          break;
        default:
          break;
      }
    }
    const flags = cls ? cachedClassFlags(cls) : 0;
    if (flags & CLASS_SR_OR_PLACEHOLDER) return true;
    if (this.mode === 'static') return (flags & CLASS_STATIC_HIDDEN) !== 0;
    return this.#computedHidden(el, tag, names, cls, style, rowKey);
  }

  /**
   * Computed style, asked once per kind of element inside table rows: the cells of a 2,000-row table repeat a handful
   * of (row class, parent, tag, attributes, column) combinations, and CSS that hides one of them hides them all.
   * Rows, cards and other containers (which pages show and hide one by one) are always asked individually, and so is
   * an element with an id.
   */
  #computedHidden(
    el: Element,
    tag: string,
    names: readonly string[],
    cls: string | null,
    style: string | null,
    rowKey: string | null | undefined,
  ): boolean {
    const row = names.includes('id') ? null : rowKey === undefined ? this.rowKeyOf(el) : rowKey;
    if (row === null) return this.#askComputed(el);
    const parent = el.parentElement;
    let other = '';
    if (names.length > (cls === null ? 0 : 1) + (style === null ? 0 : 1)) {
      // Other attributes may be selected on (`[data-mobile]`, `[aria-hidden=true]`): names and values are part of
      // the key (values that differ per row just make the cache miss).
      for (let i = 0; i < names.length; i++) {
        const name = names[i]!;
        if (name !== 'class' && name !== 'style') other += `${name}=${el.getAttribute(name) ?? ''}\u0002`;
      }
    }
    // A page of endlessly different elements is asked one by one (the maps stay bounded).
    if (this.#signatureCount >= 5000) return this.#askComputed(el);
    const column = tag === 'TD' || tag === 'TH' ? (el as HTMLTableCellElement).cellIndex : -1;
    const byRow = level(this.#signatures, row);
    const byParent = level(level(byRow, parent?.tagName), parent?.getAttribute('class'));
    const leaf = level(level(level(level(byParent, tag), cls), style), other);
    const known = leaf.get(column);
    if (typeof known === 'boolean') return known;
    const hidden = this.#askComputed(el);
    this.#signatureCount++;
    leaf.set(column, hidden);
    return hidden;
  }

  /**
   * When `el` is a table cell or inside one: its row's class and style (memoised per element), else null. Rows
   * themselves and elements outside tables get null (decided one by one).
   */
  rowKeyOf(el: Element): string | null {
    // Two walks up instead of a list of the elements passed (this runs once per cell of a big table).
    let cur: Element | null = el;
    let key: string | null = null;
    let stop: Element | null = null;
    for (let depth = 0; cur && depth < 400; depth++) {
      const known = this.#cellRow.get(cur);
      if (known !== undefined) {
        key = known;
        stop = cur;
        break;
      }
      const tag = cur.tagName;
      if (tag === 'TD' || tag === 'TH') {
        key = this.keyOfRow(cur.parentElement);
        stop = cur.parentElement;
        break;
      }
      if (tag === 'TR' || tag === 'TABLE' || tag === 'BODY') {
        stop = cur.parentElement;
        break;
      }
      cur = cur.parentElement;
    }
    for (let p: Element | null = el, depth = 0; p && p !== stop && depth < 400; p = p.parentElement, depth++)
      this.#cellRow.set(p, key);
    return key;
  }

  #askComputed(el: Element): boolean {
    const win = this.#win;
    if (!win) return false;
    // Fast path (Chromium 121+, Firefox 125+): a rendered box that is not visibility:hidden. Only a "not visible"
    // answer costs a style lookup (display:contents has no box of its own but its children render).
    const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
    if (typeof check === 'function') {
      let visible: boolean;
      try {
        visible = check.call(el, { visibilityProperty: true, contentVisibilityAuto: false });
      } catch {
        visible = true;
      }
      if (visible) return false;
    }
    let cs: CSSStyleDeclaration;
    try {
      cs = win.getComputedStyle(el);
    } catch {
      return false;
    }
    if (cs.display === 'contents') return false;
    if (cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse') return true;
    if (cs.contentVisibility === 'hidden') return true;
    // Screen-reader-only pattern without a known class: 1px absolutely positioned and clipped.
    if (cs.position === 'absolute' || cs.position === 'fixed') {
      const w = parseFloat(cs.width);
      const h = parseFloat(cs.height);
      if (
        w <= 1 &&
        h <= 1 &&
        (cs.overflow === 'hidden' || cs.clip.startsWith('rect(0') || cs.clipPath.includes('inset(50%'))
      )
        return true;
    }
    return false;
  }

  /** Hidden by itself or by any ancestor (cached). */
  isHidden(el: Element): boolean {
    const cached = this.#cache.get(el);
    if (cached !== undefined) return cached;
    let cur: Element | null = el;
    let hidden = false;
    // The first ancestor not decided here (two walks up instead of a list: this runs once per row of a big table).
    let stop: Element | null = null;
    for (let depth = 0; cur && depth < 400; depth++) {
      const known = this.#cache.get(cur);
      if (known !== undefined) {
        hidden = known;
        stop = cur;
        break;
      }
      if (this.isSelfHidden(cur)) {
        hidden = true;
        stop = cur.parentElement;
        break;
      }
      cur = cur.parentElement;
    }
    // Everything below a hidden element is hidden; a visible ancestor chain makes each element in it visible. Elements
    // above the hidden one were not decided: only the ones at and below it are cached.
    for (let p: Element | null = el, depth = 0; p && p !== stop && depth < 400; p = p.parentElement, depth++)
      this.#cache.set(p, hidden);
    return hidden;
  }

  /** `visibleText` of an element already known to be visible (cached; see TextEntry). */
  textOf(el: Element, max: number): string {
    if (el.firstElementChild === null) {
      // The common cell, text only: cheaper to normalise again than to remember, and the same result as the walk
      // while the text is shorter than `max` (no wrapper is made for its text nodes).
      const raw = el.textContent ?? '';
      if (raw.length < max) return UNCLEAN.test(raw) ? raw.replace(SPACES, ' ').trim() : raw;
    }
    const known = this.#texts.get(el);
    if (known && (known.max === max || (known.max === -1 && known.counted < max))) return known.text;
    const entry = boundedText(el, this, max);
    // Keep the whole text rather than a prefix bounded by a smaller `max`.
    if (!known || known.max !== -1) this.#texts.set(el, entry);
    return entry.text;
  }

  /** Record a decision made by a top-down walk (so later `isHidden` calls are O(1)). */
  remember(el: Element, hidden: boolean): void {
    this.#cache.set(el, hidden);
  }
}

/** The checker of the read in progress on a document (set by readPage around a read), so that an adapter's refine
 * reuses its decisions and texts instead of deciding every element again. */
const ACTIVE = new WeakMap<Document, VisibilityChecker>();

export function withChecker<T>(doc: Document, checker: VisibilityChecker, fn: () => T): T {
  const previous = ACTIVE.get(doc);
  ACTIVE.set(doc, checker);
  try {
    return fn();
  } finally {
    if (previous) ACTIVE.set(doc, previous);
    else ACTIVE.delete(doc);
  }
}

/** The checker of the read in progress on `doc`, else a new one. */
export function checkerFor(doc: Document): VisibilityChecker {
  return ACTIVE.get(doc) ?? new VisibilityChecker(doc);
}

/** Convenience: is this element (or an ancestor) hidden? */
export function isHidden(el: Element, mode?: VisibilityMode): boolean {
  return new VisibilityChecker(el.ownerDocument, mode).isHidden(el);
}

const BLOCK_TAGS = new Set([
  'DIV',
  'P',
  'LI',
  'TR',
  'TD',
  'TH',
  'DT',
  'DD',
  'BR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'CAPTION',
  'LABEL',
  'BUTTON',
  'SUMMARY',
  'DETAILS',
]);

/**
 * The visible text of an element: descendants that are hidden are skipped, block boundaries become spaces,
 * whitespace collapsed, bounded to `max` characters. Text is returned as text (never interpreted as markup).
 * Cached per element for the life of the checker (one read), so reading a cell twice walks it once.
 */
export function visibleText(el: Element, checker: VisibilityChecker, max = 2000): string {
  if (checker.isHidden(el)) return '';
  return checker.textOf(el, max);
}

/** State of one bounded text walk. */
interface Walk {
  parts: string[];
  length: number;
  nodes: number;
  max: number;
  /** Stopped early (length, node or depth bound): the text is a prefix. */
  cut: boolean;
  /**
   * Fast mode: a leaf element's text is its `textContent` (no wrapper per text node, which is most of the cost of a
   * first read), and `length` counts raw characters, an upper bound of the exact count. Any bound reached in fast
   * mode sets `cut`, and the caller walks again exactly, so both modes give the same text.
   */
  fast: boolean;
}

function walkText(
  node: Node,
  depth: number,
  w: Walk,
  checker: VisibilityChecker,
  rowKey: string | null,
): void {
  if (w.length >= w.max || w.nodes++ > 5000 || depth > 60) {
    w.cut = true;
    return;
  }
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (w.length >= w.max) {
      w.cut = true;
      return;
    }
    const type = child.nodeType;
    if (type === 3) {
      // Whitespace collapsed as we go, so that `max` bounds the visible text, not the page's indentation.
      const raw = child.nodeValue ?? '';
      const t = w.fast ? raw : raw.replace(SPACES, ' ');
      if (t) {
        w.parts.push(t);
        w.length += t.length;
      }
    } else if (type === 1) {
      const e = child as Element;
      const tag = e.tagName;
      if (w.fast && e.firstElementChild === null) {
        if (checker.selfHiddenInWalk(e, tag, (node as Element).tagName, rowKey)) {
          checker.remember(e, true);
          continue;
        }
        const raw = e.textContent ?? '';
        w.length += raw.length;
        if (w.nodes++ > 5000 || depth + 1 > 60 || w.length >= w.max) {
          w.cut = true;
          return;
        }
        const block = BLOCK_TAGS.has(tag);
        if (block) w.parts.push(' ');
        if (raw) w.parts.push(raw);
        if (block) w.parts.push(' ');
        continue;
      }
      // Row context of the child: a nested table's rows are decided one by one, its cells by their own row.
      const childKey =
        rowKey === null && checker.mode === 'static'
          ? null
          : tag === 'TD' || tag === 'TH'
            ? checker.keyOfRow(e.parentElement)
            : tag === 'TR' || tag === 'TABLE'
              ? null
              : rowKey;
      if (checker.selfHiddenInWalk(e, tag, (node as Element).tagName, childKey)) {
        checker.remember(e, true);
        continue;
      }
      const block = BLOCK_TAGS.has(tag);
      if (block) w.parts.push(' ');
      walkText(e, depth + 1, w, checker, childKey);
      if (block) w.parts.push(' ');
    }
  }
}

/** The text of a visible element (its ancestors already checked), bounded to `max`. */
function boundedText(el: Element, checker: VisibilityChecker, max: number): TextEntry {
  const rowKey = checker.mode === 'computed' ? checker.rowKeyOf(el) : null;
  let w: Walk = { parts: [], length: 0, nodes: 0, max, cut: false, fast: true };
  walkText(el, 0, w, checker, rowKey);
  if (w.cut) {
    // Near a bound: the exact walk decides where the text stops.
    w = { parts: [], length: 0, nodes: 0, max, cut: false, fast: false };
    walkText(el, 0, w, checker, rowKey);
  }
  let text = w.parts.length === 1 ? (w.parts[0] as string) : w.parts.join('');
  if (UNCLEAN.test(text)) text = text.replace(SPACES, ' ').trim();
  if (text.length > max) text = text.slice(0, max);
  return { text, max: !w.cut && w.length < max ? -1 : max, counted: w.length };
}
