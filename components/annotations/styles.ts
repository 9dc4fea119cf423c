/**
 * Styles of the page annotations. They live inside CLOSED shadow roots (no page CSS reaches in, none leaks out); the
 * host element itself gets an inline `!important` reset because page stylesheets still apply to the host box.
 *
 * Colours meet WCAG AA contrast (4.5:1) for 12px text on their backgrounds.
 */

/** Inline style of every host element: inline `!important` beats any page rule on the host. */
export const HOST_STYLE = [
  'all: initial !important',
  'display: inline-block !important',
  'vertical-align: middle !important',
  'margin: 0 0 0 0.4em !important',
  'padding: 0 !important',
  'border: 0 !important',
  'max-width: 100% !important',
  'position: static !important',
  'float: none !important',
  'visibility: visible !important',
  'opacity: 1 !important',
  'transform: none !important',
].join('; ');

/** Host of the page-level note (the redesign canary): a small fixed box out of the page flow. */
export const NOTE_HOST_STYLE = [
  'all: initial !important',
  'display: block !important',
  'position: fixed !important',
  'right: 12px !important',
  'bottom: 12px !important',
  'z-index: 2147483646 !important',
  'max-width: min(360px, calc(100vw - 24px)) !important',
  'visibility: visible !important',
  'opacity: 1 !important',
].join('; ');

export const BADGE_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.badge {
  all: initial;
  display: inline-flex;
  align-items: center;
  gap: 4px;
  max-width: 28em;
  padding: 1px 8px;
  border: 1px solid currentColor;
  border-radius: 999px;
  font: 600 12px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
  cursor: pointer;
  color: #1f3a5f;
  background: #eef3fb;
}
.badge:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
.badge::before { content: '\\25CF'; font-size: 8px; }
.tone-action, .tone-danger, .tone-urgent, .tone-error { color: #8a1c13; background: #fdecea; }
.tone-warning, .tone-warn, .tone-caution { color: #6b4200; background: #fff4de; }
.tone-ok, .tone-success, .tone-good { color: #1d5e2b; background: #e8f5ea; }
.tone-info, .tone-neutral, .tone-unknown { color: #1f3a5f; background: #eef3fb; }
.hint {
  all: initial;
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
  all: initial;
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
  all: initial;
  cursor: pointer;
  font: 700 14px/1 system-ui, sans-serif;
  color: #3d2600;
  padding: 2px 4px;
  border-radius: 4px;
}
.close:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }
`;

/** Tones with their own colours; anything else gets the neutral style. */
export const KNOWN_TONES = new Set([
  'action',
  'danger',
  'urgent',
  'error',
  'warning',
  'warn',
  'caution',
  'ok',
  'success',
  'good',
  'info',
  'neutral',
  'unknown',
]);
