/**
 * Counts badges per claim row, in the page (passed to Playwright's `page.evaluate` or the Firefox BiDi helper, which
 * send its source to the page: it must stay self-contained, with no named inner functions). Rows "near" the viewport
 * are those the annotator must have drawn: within `viewports` viewport heights of it (Infinity: every row).
 */
export interface BadgeRows {
  rows: number;
  /** Rows within `viewports` viewport heights of the viewport. */
  near: number;
  /** Of those, rows with no badge. */
  nearWithout: number;
  /** Rows with a badge; rows with more than one. */
  withBadge: number;
  several: number;
  /** Badge hosts anywhere in the document. */
  hosts: number;
}

export function badgeRows([badgeSelector, rowSelector, viewports]: [string, string, number]): BadgeRows {
  const margin = window.innerHeight * viewports;
  const rows = Array.from(document.querySelectorAll(rowSelector));
  const out = { rows: rows.length, near: 0, nearWithout: 0, withBadge: 0, several: 0, hosts: 0 };
  for (const row of rows) {
    const n = row.querySelectorAll(badgeSelector).length;
    const rect = row.getBoundingClientRect();
    const near = rect.bottom >= -margin && rect.top <= window.innerHeight + margin;
    if (near) out.near++;
    if (near && n === 0) out.nearWithout++;
    if (n > 0) out.withBadge++;
    if (n > 1) out.several++;
  }
  out.hosts = document.querySelectorAll(badgeSelector).length;
  return out;
}
