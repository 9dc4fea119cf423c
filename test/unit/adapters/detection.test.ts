/**
 * Page detection, Refined GitHub style: each adapter's URL predicate against the URLs it must and must not claim
 * (and against every other adapter's URLs), and its DOM detection against its own fixture pages (positive) and every
 * other fixture page (negative). Pages are loaded as served HTML without running their scripts: the content script
 * decides at document idle, before a single-page app has rendered anything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../lib/extract/adapters/index';
import { detectPortal } from '../../../lib/extract/index';
import { listFixturePages, loadFixture, type LoadedPage } from './fixture-dom';
import { testedOnOf, urlExamplesOf } from './url-examples';

const pages = listFixturePages();
const loaded = new Map<string, LoadedPage>();

beforeAll(async () => {
  for (const page of pages) loaded.set(page, await loadFixture(page, { scripts: false }));
});
afterAll(async () => {
  for (const page of loaded.values()) await page.close();
});

function claims(adapterIndex: number, page: LoadedPage): boolean {
  const adapter = ADAPTERS[adapterIndex]!;
  return adapter.matchesUrl(page.url) && adapter.detect(page.document, page.url);
}

describe.each(ADAPTERS.map((a, i) => [a.id, i] as const))('%s', (id, index) => {
  const adapter = ADAPTERS[index]!;
  const examples = urlExamplesOf(id);

  it.each(examples.matches)('URL predicate accepts %s', (url) => {
    expect(adapter.matchesUrl(new URL(url))).toBe(true);
  });

  it.each(examples.notMatches)('URL predicate rejects %s', (url) => {
    expect(adapter.matchesUrl(new URL(url))).toBe(false);
  });

  it("rejects every other adapter's portal URLs", () => {
    for (const other of ADAPTERS) {
      if (other.id === id) continue;
      for (const url of urlExamplesOf(other.id).matches)
        expect([url, adapter.matchesUrl(new URL(url))]).toEqual([url, false]);
    }
  });

  it('claims each of its fixture pages, and is the adapter detectPortal picks', () => {
    expect(testedOnOf(adapter.id).length).toBeGreaterThan(0);
    for (const page of testedOnOf(adapter.id)) {
      const p = loaded.get(page);
      expect(p, `fixture ${page} exists`).toBeDefined();
      expect([page, claims(index, p!)]).toEqual([page, true]);
      expect([page, detectPortal(p!.document, p!.url)?.adapter?.id]).toEqual([page, id]);
    }
  });

  it('claims no other fixture page', () => {
    const others = pages.filter((p) => !testedOnOf(adapter.id).includes(p));
    expect(others.length).toBeGreaterThan(0);
    for (const page of others) expect([page, claims(index, loaded.get(page)!)]).toEqual([page, false]);
  });

  it('claims its pages on the portal host by URL even when the DOM markers are gone (then the canary speaks)', async () => {
    const page = await loadFixture(testedOnOf(adapter.id)[0]!, {
      scripts: false,
      url: examples.matches[0],
      transform: (html) => html.replace(/<meta name="application-name"[^>]*>/, ''),
    });
    try {
      for (const sel of adapter.anchors) page.document.querySelector(sel)?.removeAttribute('id');
      expect(adapter.matchesUrl(page.url)).toBe(true);
      expect(adapter.detect(page.document, page.url)).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe('pages no adapter claims', () => {
  it('are not claimed by two adapters at once', () => {
    for (const page of pages) {
      const claimers = ADAPTERS.filter((_, i) => claims(i, loaded.get(page)!)).map((a) => a.id);
      expect([page, claimers.length <= 1]).toEqual([page, true]);
    }
  });

  it.each([
    'unknown-portal/claims-and-benefits.html',
    'hostile/markup-text.html',
    'hostile/tricky-hidden.html',
  ])('%s goes to the generic reader', (page) => {
    const p = loaded.get(page)!;
    expect(detectPortal(p.document, p.url)).toMatchObject({ adapter: null, kind: 'generic' });
  });

  it.each(['not-a-portal/news-article.html', 'not-a-portal/shop-checkout.html', 'index.html'])(
    '%s is not a portal page (detectPortal returns null)',
    (page) => {
      const p = loaded.get(page)!;
      expect(detectPortal(p.document, p.url)).toBeNull();
    },
  );
});
