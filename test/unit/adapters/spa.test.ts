/**
 * Re-reading pages that change under the reader: single-page routes (pushState), a filter and a refresh that rebuild
 * the list, a detail row collapsed, a drawer closed, and the canary when an adapter's anchor disappears.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../lib/extract/adapters/index';
import { readFrames } from '../../../lib/extract/index';
import { emptyClaim, type Claim } from '../../../lib/model/snapshot';
import { comparable, loadExpected } from './expected';
import { testedOnOf } from './url-examples';
import { loadFixture, type LoadedPage } from './fixture-dom';

let open: LoadedPage | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

function read(page: LoadedPage) {
  return readFrames(page.document, page.window.location.href);
}

function click(page: LoadedPage, selector: string): void {
  const el = page.document.querySelector(selector) as HTMLElement | null;
  if (!el) throw new Error(`no ${selector}`);
  el.click();
}

describe('acme-member/claims-spa-routes.html', () => {
  const PAGE = 'acme-member/claims-spa-routes.html';

  it('re-reads after pushState route changes (claims → benefits → claims)', async () => {
    open = await loadFixture(PAGE);
    expect(comparable(read(open).snapshot)).toEqual(loadExpected(PAGE));

    click(open, '.topnav a[data-link="benefits"]');
    await open.waitFor('#view[data-state="ready"] [data-testid="plan-summary"]');
    expect(open.window.location.search).toBe('?view=benefits');
    const benefits = read(open);
    expect(benefits.snapshot.url).toContain('?view=benefits');
    expect(comparable(benefits.snapshot)).toEqual(loadExpected(PAGE, 'benefits'));

    click(open, '.topnav a[data-link="claims"]');
    await open.waitFor('#view[data-state="ready"] [data-testid="claims-table"]');
    expect(comparable(read(open).snapshot)).toEqual(loadExpected(PAGE));
  });

  it('re-reads after the filter re-renders the list', async () => {
    open = await loadFixture(PAGE);
    const select = open.document.querySelector('select[name="type"]') as HTMLSelectElement;
    select.value = 'Pharmacy';
    select.dispatchEvent(new open.window.Event('change') as unknown as Event);
    await open.settle();
    const expected = loadExpected(PAGE).claims.filter((c) => c.type === 'Pharmacy');
    expect(expected.length).toBe(1);
    expect(read(open).snapshot.claims).toEqual(expected);
  });

  it('re-reads after Refresh replaced every row (same claims, new elements)', async () => {
    open = await loadFixture(PAGE);
    const before = read(open);
    click(open, '#refresh');
    // While refreshing, the list is gone: nothing is read, nothing is invented.
    expect(read(open).snapshot.claims).toEqual([]);
    await open.waitFor('#view[data-state="ready"] [data-testid="claims-table"]');
    const after = read(open);
    expect(comparable(after.snapshot)).toEqual(loadExpected(PAGE));
    expect(after.claimElements.length).toBe(after.snapshot.claims.length);
    expect(after.claimElements[0]).not.toBe(before.claimElements[0]);
    expect(after.claimElements[0]?.isConnected).toBe(true);
    expect(before.claimElements[0]?.isConnected).toBe(false);
  });
});

describe('acme-member/claims.html', () => {
  const PAGE = 'acme-member/claims.html';

  it('shows nothing before the claims arrive (skeleton only), then the claims', async () => {
    open = await loadFixture(PAGE, { scripts: false });
    const shell = read(open).snapshot;
    expect(shell.claims).toEqual([]);
    expect(shell.member).toEqual({ name: 'Jordan Q. Sample', id: 'XZ0000123' });
  });

  it('forgets the detail facts of a claim whose row is collapsed', async () => {
    open = await loadFixture(PAGE);
    click(open, 'button[data-claim="AC2609120318"]');
    await open.settle();
    const expected = loadExpected(PAGE).claims.map((c): Claim => {
      if (c.id !== 'AC2609120318') return c;
      const bare = emptyClaim(c.id);
      return {
        ...c,
        dateReceived: bare.dateReceived,
        planDiscount: bare.planDiscount,
        planPaid: bare.planPaid,
        carcCodes: [],
        lines: [],
      };
    });
    expect(read(open).snapshot.claims).toEqual(expected);
  });
});

describe('beacon-health/claims.html', () => {
  const PAGE = 'beacon-health/claims.html';

  it('forgets the drawer facts once the drawer is closed', async () => {
    open = await loadFixture(PAGE);
    click(open, '#drawer-close');
    await open.settle();
    const expected = loadExpected(PAGE).claims.map((c): Claim => {
      if (c.id !== 'EB26W0090577') return c;
      return {
        ...c,
        dateReceived: null,
        network: null,
        planDiscount: null,
        allowed: null,
        carcCodes: [],
        lines: [],
      };
    });
    expect(read(open).snapshot.claims).toEqual(expected);
  });
});

describe('canary', () => {
  for (const adapter of ADAPTERS) {
    it(`${adapter.id}: no canary on its own pages`, async () => {
      for (const page of testedOnOf(adapter.id)) {
        const loaded = await loadFixture(page);
        try {
          const result = read(loaded);
          expect([page, result.canary]).toEqual([page, null]);
          expect(result.snapshot.portal).toBe(adapter.id);
        } finally {
          await loaded.close();
        }
      }
    });

    it.each(adapter.anchors.map((a) => [a]))(
      `${adapter.id}: removing %s yields the canary`,
      async (anchor) => {
        open = await loadFixture(testedOnOf(adapter.id)[0]!);
        open.document.querySelector(anchor)?.remove();
        expect(open.document.querySelector(anchor)).toBeNull();
        const result = read(open);
        expect(result.snapshot.portal).toBe(adapter.id);
        expect(result.canary?.adapterId).toBe(adapter.id);
        expect(result.canary?.missing).toContain(anchor);
        expect((result.snapshot.warnings ?? []).some((w) => w.includes(anchor))).toBe(true);
      },
    );
  }
});
