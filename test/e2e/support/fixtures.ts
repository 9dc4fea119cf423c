/** The demo portal pages and what their fixtures say the extension should read (test/fixtures/portals/). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PORTALS_DIR } from '../../support/demo-server';

export interface ExpectedSnapshot {
  portal: string;
  member: { name: string | null; id: string | null };
  claims: Array<{ id: string; provider: string | null }>;
}

/** `acme-member/claims.html` → the parsed `acme-member/claims.expected.json`, or null when there is none. */
export function expectedFor(page: string): ExpectedSnapshot | null {
  const file = path.join(PORTALS_DIR, page.replace(/\.html$/, '.expected.json'));
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ExpectedSnapshot) : null;
}

/** The member claims page every foundation test reads. */
export const FOUNDATION_PAGE = 'acme-member/claims.html';
