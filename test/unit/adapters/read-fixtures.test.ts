/**
 * Every fixture page with an expected snapshot, read as the content script reads it (`readFrames`: the page and its
 * same-origin frames), after the page's own scripts have rendered it. The expected files are ground truth written
 * from the pages, so a failure here is a reading error (or a wrong fixture), never a stale snapshot to regenerate.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFrames } from '../../../lib/extract/index';
import { PageSnapshotSchema } from '../../../lib/model/snapshot';
import { comparable, hasExpected, loadExpected } from './expected';
import { listFixturePages, loadFixture, type LoadedPage } from './fixture-dom';

const pages = listFixturePages().filter(hasExpected);
/** Building 2,000 rows through happy-dom takes seconds, more when test files run side by side. */
const SLOW_PAGES = new Set(['hostile/huge-dom.html']);
let open: LoadedPage | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

describe('fixture pages read into their expected snapshots', () => {
  it('has expected snapshots for every portal fixture', () => {
    expect(pages.length).toBeGreaterThanOrEqual(13);
  });

  for (const page of pages) {
    it(
      page,
      async () => {
        open = await loadFixture(page);
        const { snapshot } = readFrames(open.document, open.url.href);
        expect(PageSnapshotSchema.safeParse(snapshot).success).toBe(true);
        expect(snapshot.url).toBe(open.url.href);
        expect(comparable(snapshot)).toEqual(loadExpected(page));
      },
      SLOW_PAGES.has(page) ? 90_000 : undefined,
    );
  }
});
