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

function classTokens(el: Element): string[] {
  const raw = el.getAttribute('class');
  if (!raw) return [];
  return (raw.length > 2000 ? raw.slice(0, 2000) : raw).toLowerCase().split(/\s+/).filter(Boolean);
}

/** Whether the page runs in a test DOM (happy-dom/jsdom) rather than a browser. */
export function defaultVisibilityMode(doc: Document): VisibilityMode {
  const ua = doc.defaultView?.navigator?.userAgent ?? '';
  if (/HappyDOM|jsdom/i.test(ua)) return 'static';
  return typeof doc.defaultView?.getComputedStyle === 'function' ? 'computed' : 'static';
}

/**
 * Visibility of elements of one document, cached per element. Create one per read (the page may change between reads).
 */
export class VisibilityChecker {
  readonly mode: VisibilityMode;
  private readonly cache = new WeakMap<Element, boolean>();
  private readonly selfCache = new WeakMap<Element, boolean>();
  private readonly inactivePanelIds = new Set<string>();
  private readonly inactiveTabIds = new Set<string>();
  private readonly win: (Window & typeof globalThis) | null;

  constructor(doc: Document, mode: VisibilityMode = defaultVisibilityMode(doc)) {
    this.mode = mode;
    this.win = doc.defaultView as (Window & typeof globalThis) | null;
    // Tabs that are not selected: the panels they control (aria-controls) and that name them (aria-labelledby).
    const tabs = doc.querySelectorAll('[role="tab"]');
    for (let i = 0; i < tabs.length && i < 200; i++) {
      const tab = tabs[i];
      if (!tab || tab.getAttribute('aria-selected') !== 'false') continue;
      for (const id of (tab.getAttribute('aria-controls') ?? '').split(/\s+/))
        if (id) this.inactivePanelIds.add(id);
      if (tab.id) this.inactiveTabIds.add(tab.id);
    }
  }

  /** Hidden by its own attributes/styles/classes (ancestors not considered). */
  isSelfHidden(el: Element): boolean {
    const known = this.selfCache.get(el);
    if (known !== undefined) return known;
    const hidden = this.decideSelfHidden(el);
    this.selfCache.set(el, hidden);
    return hidden;
  }

  private decideSelfHidden(el: Element): boolean {
    if (NEVER_RENDERED.has(el.tagName.toUpperCase())) return true;
    const parent = el.parentElement;
    // Content of a closed <details> other than its summary is not rendered.
    if (parent && parent.tagName === 'DETAILS' && !parent.hasAttribute('open') && el.tagName !== 'SUMMARY')
      return true;
    // Most elements (table cells, spans) have no attributes: only the style engine can hide them. In computed mode
    // it is asked too, except for bare cells and inline elements: CSS hiding those without any attribute to select
    // on (`td:nth-child(3)`) is a mobile layout, and skipping the lookup saves about a third of a 2,000-row read.
    if (!el.hasAttributes()) {
      if (this.mode !== 'computed' || CHEAP_VISIBLE.has(el.tagName)) return false;
      return this.computedHidden(el);
    }
    if (el.hasAttribute('hidden')) return true;
    // aria-hidden hides from assistive technology, not from the eye. On a container (a sticky-header clone, a
    // duplicate table, a decorative block) it marks a duplicate and is skipped; on an inline text element it is the
    // visual half of a "visible text + screen-reader text" pair (`<span aria-hidden>$10.00</span><span
    // class=sr-only>10 dollars</span>`), which is exactly what the page shows.
    if (
      el.getAttribute('aria-hidden') === 'true' &&
      !(ARIA_HIDDEN_VISUAL.has(el.tagName) && !el.firstElementChild)
    )
      return true;
    if (el.getAttribute('aria-busy') === 'true') return true;
    const style = el.getAttribute('style');
    if (style && STYLE_HIDES.test(style.length > 2000 ? style.slice(0, 2000) : style)) return true;
    if (el.getAttribute('role') === 'tabpanel') {
      if (el.id && this.inactivePanelIds.has(el.id)) return true;
      const by = el.getAttribute('aria-labelledby');
      if (by && by.split(/\s+/).some((id) => this.inactiveTabIds.has(id))) return true;
    }
    const classes = classTokens(el);
    for (const c of classes) {
      if (SR_ONLY.has(c) || PLACEHOLDER_PREFIX.test(c) || PLACEHOLDER_SUFFIX.test(c)) return true;
    }
    if (this.mode === 'static') {
      if (classes.length > 0) {
        const hides = classes.some((c) => STATIC_HIDDEN.has(c));
        const collapsed =
          classes.includes('collapse') && !classes.includes('show') && !classes.includes('in');
        if ((hides || collapsed) && !classes.some((c) => DESKTOP_SHOW.test(c))) return true;
      }
      return false;
    }
    return this.computedHidden(el);
  }

  private computedHidden(el: Element): boolean {
    const win = this.win;
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
    const cached = this.cache.get(el);
    if (cached !== undefined) return cached;
    const chain: Element[] = [];
    let cur: Element | null = el;
    let hidden = false;
    let depth = 0;
    while (cur && depth++ < 400) {
      const known = this.cache.get(cur);
      if (known !== undefined) {
        hidden = known;
        break;
      }
      chain.push(cur);
      if (this.isSelfHidden(cur)) {
        hidden = true;
        break;
      }
      cur = cur.parentElement;
    }
    // Everything below a hidden element is hidden; a visible ancestor chain makes each element in it visible.
    if (hidden) {
      for (const c of chain) this.cache.set(c, true);
      // Elements above the hidden one were not decided: only the ones at and below it are cached as hidden.
    } else {
      for (const c of chain) this.cache.set(c, false);
    }
    return hidden;
  }

  /** Record a decision made by a top-down walk (so later `isHidden` calls are O(1)). */
  remember(el: Element, hidden: boolean): void {
    this.cache.set(el, hidden);
  }
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
 */
export function visibleText(el: Element, checker: VisibilityChecker, max = 2000): string {
  if (checker.isHidden(el)) return '';
  const parts: string[] = [];
  let length = 0;
  let nodes = 0;
  const walk = (node: Node, depth: number): void => {
    if (length >= max || nodes++ > 5000 || depth > 60) return;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (length >= max) return;
      if (child.nodeType === 3) {
        // Whitespace collapsed as we go, so that `max` bounds the visible text, not the page's indentation.
        const t = (child.nodeValue ?? '').replace(/[\s\u00a0\u200b]+/g, ' ');
        if (t) {
          parts.push(t);
          length += t.length;
        }
      } else if (child.nodeType === 1) {
        const e = child as Element;
        if (checker.isSelfHidden(e)) {
          checker.remember(e, true);
          continue;
        }
        const block = BLOCK_TAGS.has(e.tagName);
        if (block) parts.push(' ');
        walk(e, depth + 1);
        if (block) parts.push(' ');
      }
    }
  };
  walk(el, 0);
  const text = parts
    .join('')
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
  return text.length > max ? text.slice(0, max) : text;
}
