/**
 * Styles of the page annotations. They live inside CLOSED shadow roots (no page CSS reaches in, none leaks out); the
 * host element itself gets an inline `!important` reset because page stylesheets still apply to the host box.
 *
 * Colours meet WCAG AA contrast (4.5:1) for 12px text on their backgrounds.
 */
import type { BadgeTone } from '@/lib/present/badge';

/** Height of a badge host: the badge's line (12px × 1.5) plus its 1px padding and border, top and bottom. */
export const BADGE_HEIGHT_PX = 22;

/**
 * Inline style of every host (badges and the page-level note, the redesign canary's small fixed box out of the page
 * flow). The host's real style is the `:host` rule of BADGE_CSS, all `!important`: in the
 * cascade an `!important` declaration of the shadow tree beats the page's, even the page's inline `!important`
 * (CSS Cascade 5, "context"), so page CSS cannot restyle the host. The inline style is kept short on purpose: an
 * inline `all: initial` is parsed once per host (about 25 µs each, 50 ms on a 2,000-claim page); the shared sheet is
 * parsed once per document. `restore()` resets it when the page tampers with it.
 */
export const HOST_STYLE = 'display: block !important';

/*
 * Layout cost (issue 7): a badge host is a block of fixed height with size containment. A contained box contributes
 * no width to its table cell, so inserting badges into a 2,000-row auto-layout table never changes the column widths
 * (which would re-lay out every row), and its fixed height means the badge's own content never affects the page's
 * layout. The badge sits on its own line under the claim number, as wide as the cell, its text ellipsised to fit.
 * While its hint is shown (after a click) the host grows with it: the only layout change a badge makes, on the
 * user's action.
 *
 * The host resets everything (`all: initial`), so the elements inside inherit initial values and need no reset of
 * their own (an `all` on each element is costly to resolve).
 *
 * Paint cost: the rounded button clips nothing; the long-text ellipsis is on the label inside it, a rectangular clip.
 * A rounded clip (`overflow: hidden` with `border-radius`) on every badge cost ~6 ms per frame while scrolling a
 * 2,000-claim page (headless Chromium, software raster).
 */
export const BADGE_CSS = `
:host([data-coverage-lens='badge']) {
  all: initial !important;
  display: block !important;
  contain: size layout style !important;
  height: ${BADGE_HEIGHT_PX}px !important;
  margin: 2px 0 0 0 !important;
  padding: 0 !important;
  border: 0 !important;
  max-width: 100% !important;
  position: static !important;
  float: none !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
}
:host([data-coverage-lens='badge'][data-open]) {
  contain: layout style !important;
  height: auto !important;
}
:host([data-coverage-lens='note']) {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  right: 12px !important;
  bottom: 12px !important;
  z-index: 2147483646 !important;
  max-width: min(360px, calc(100vw - 24px)) !important;
  visibility: visible !important;
  opacity: 1 !important;
}
* { box-sizing: border-box; }
.badge {
  display: inline-block;
  max-width: 100%;
  padding: 1px 8px;
  margin: 0;
  border: 1px solid currentColor;
  border-radius: 999px;
  font: 600 12px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
  white-space: nowrap;
  text-align: start;
  vertical-align: top;
  cursor: pointer;
  color: #1f3a5f;
  background: #eef3fb;
  appearance: none;
}
.label {
  display: inline-block;
  max-width: 100%;
  overflow: hidden;
  text-overflow: ellipsis;
  vertical-align: top;
}
.badge:focus-visible { outline: 2px solid #0b57d0; outline-offset: -2px; }
.label::before { content: '\\25CF\\00a0'; font-size: 8px; vertical-align: 1px; }
.tone-action { color: #8a1c13; background: #fdecea; }
.tone-warn { color: #6b4200; background: #fff4de; }
.tone-ok { color: #1d5e2b; background: #e8f5ea; }
.tone-unknown, .tone-neutral { color: #1f3a5f; background: #eef3fb; }
.hint {
  display: block;
  margin-top: 2px;
  padding: 4px 8px;
  max-width: 24em;
  border-radius: 6px;
  font: 12px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
  color: #fff;
  background: #1b1f24;
  white-space: normal;
}
.hint[hidden] { display: none; }
.note {
  display: flex;
  gap: 8px;
  align-items: flex-start;
  padding: 8px 10px;
  border: 1px solid #6b4200;
  border-radius: 8px;
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
  color: #3d2600;
  background: #fff4de;
  box-shadow: 0 2px 8px rgba(0, 0, 0, 0.2);
}
.close {
  cursor: pointer;
  font: 700 14px/1 system-ui, sans-serif;
  color: #3d2600;
  background: none;
  border: 0;
  padding: 2px 4px;
  border-radius: 4px;
}
.close:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }
`;

/**
 * Tones with their own colours: the presenter's (lib/present/badge.ts `BadgeTone`); anything else gets the neutral
 * style.
 */
export const KNOWN_TONES = new Set<string>(['action', 'warn', 'ok', 'unknown'] satisfies BadgeTone[]);
