/**
 * Expected snapshots of the fixture pages (`<page>.expected.json`) and the comparable form of a read snapshot.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyClaim, type Claim, type PageSnapshot } from '../../../lib/model/snapshot';
import { FIXTURES_DIR } from './fixture-dom';

export type Comparable = Omit<PageSnapshot, 'url' | 'sources' | 'warnings'>;

export function expectedPathFor(page: string, variant?: string): string {
  return join(
    FIXTURES_DIR,
    page.replace(/\.html$/, variant ? `.${variant}.expected.json` : '.expected.json'),
  );
}

export function hasExpected(page: string): boolean {
  return existsSync(expectedPathFor(page));
}

/** Load an expected snapshot; `claimRows` (compact form used by the 2,000-claim page) are expanded to claims. */
export function loadExpected(page: string, variant?: string): Comparable {
  const raw = JSON.parse(readFileSync(expectedPathFor(page, variant), 'utf8')) as Record<string, unknown>;
  delete raw.$comment;
  if (Array.isArray(raw.claimRows) && Array.isArray(raw.claimColumns)) {
    const columns = raw.claimColumns as string[];
    raw.claims = (raw.claimRows as unknown[][]).map((row) => {
      const claim: Record<string, unknown> = { ...emptyClaim(String(row[0])) };
      columns.forEach((col, i) => {
        claim[col] = row[i];
      });
      return claim as Claim;
    });
    delete raw.claimRows;
    delete raw.claimColumns;
  }
  raw.implausible ??= [];
  return withOptionalExtrasNormalised(raw as unknown as Comparable);
}

/**
 * Line extras (`dateOfService`, `allowed`, `rarcCodes`) are optional in the schema: absent and empty mean the same
 * (null / no codes), so both sides drop them when they carry nothing.
 */
function withOptionalExtrasNormalised(snapshot: Comparable): Comparable {
  return {
    ...snapshot,
    claims: snapshot.claims.map((claim) => ({
      ...claim,
      lines: claim.lines.map((line) => {
        const copy = { ...line };
        if (copy.dateOfService == null) delete copy.dateOfService;
        if (copy.allowed == null) delete copy.allowed;
        if (!copy.rarcCodes || copy.rarcCodes.length === 0) delete copy.rarcCodes;
        return copy;
      }),
    })),
  };
}

/** Everything the contract fixes, without `url`, `sources` and the free-text `warnings`. */
export function comparable(snapshot: PageSnapshot): Comparable {
  const { url: _url, sources: _sources, warnings: _warnings, ...rest } = snapshot;
  return withOptionalExtrasNormalised({ ...rest, implausible: rest.implausible ?? [] });
}
