import { describe, expect, it } from 'vitest';
import { detectPortal, readFrames, readPage } from '../../../lib/extract/index';
import type { PortalAdapter } from '../../../lib/extract/adapters/types';
import { ADAPTERS } from '../../../lib/extract/adapters/index';
import { PageSnapshotSchema, emptyAuthorization } from '../../../lib/model/snapshot';

// Fictitious test pages only.
const CLAIMS = `<main><h1>Claims</h1><table><thead><tr><th>Claim #</th><th>Date of service</th><th>Provider</th><th>Billed</th><th>You owe</th><th>Status</th></tr></thead>
  <tbody><tr class="claim"><td>C-1</td><td>01/02/2025</td><td>Dr. X</td><td>$100.00</td><td>$20.00</td><td>Paid</td></tr></tbody></table></main>`;

const testAdapter: PortalAdapter = {
  id: 'test-portal',
  matchesUrl: (u) => u.hostname === 'member.testportal.example',
  detect: (doc) => doc.querySelector('main') !== null,
  anchors: ['main', 'table', '#gone-in-redesign'],
  hints: { claimRowSelector: 'tr.claim' },
  refine: (_doc, result) => {
    result.snapshot.plan.name = 'Refined Plan';
    return result;
  },
};

/** The test adapter with its canary off and this refine (for pages a refine breaks). */
const refining = (refine: NonNullable<PortalAdapter['refine']>): PortalAdapter => ({
  ...testAdapter,
  anchors: [],
  refine,
});

describe('detectPortal', () => {
  it('the registry starts as an array of adapters', () => {
    expect(Array.isArray(ADAPTERS)).toBe(true);
  });

  it('an adapter claims its page when URL and DOM agree', () => {
    document.body.innerHTML = CLAIMS;
    expect(detectPortal(document, 'https://member.testportal.example/claims', [testAdapter])).toEqual({
      adapter: testAdapter,
      kind: 'adapter',
    });
    expect(detectPortal(document, 'https://other.example/claims', [testAdapter])).toMatchObject({
      adapter: null,
      kind: 'generic',
    });
  });

  it('generic detection needs strong evidence', () => {
    document.body.innerHTML =
      '<main><p>Our blog: what is a deductible? Plans cost $5 more this year.</p></main>';
    expect(detectPortal(document, 'https://blog.example/', [])).toBeNull();
    document.body.innerHTML = '<main><p>Hello</p></main>';
    expect(detectPortal(document, 'https://x.example/', [])).toBeNull();
    document.body.innerHTML = '<main><div><span>Deductible</span><span>$500 of $1,500</span></div></main>';
    expect(detectPortal(document, 'https://x.example/', [])?.kind).toBe('generic');
  });

  it('a throwing adapter does not break detection', () => {
    document.body.innerHTML = CLAIMS;
    const bad: PortalAdapter = {
      ...testAdapter,
      id: 'bad',
      matchesUrl: () => {
        throw new Error('boom');
      },
    };
    expect(
      detectPortal(document, 'https://member.testportal.example/', [bad, testAdapter])?.adapter?.id,
    ).toBe('test-portal');
  });
});

describe('readPage', () => {
  it('uses the adapter hints and refine, reports the canary, validates', () => {
    document.body.innerHTML = CLAIMS;
    const result = readPage(document, 'https://member.testportal.example/claims', {
      adapters: [testAdapter],
    });
    expect(result.snapshot.portal).toBe('test-portal');
    expect(result.snapshot.plan.name).toBe('Refined Plan');
    expect(result.snapshot.claims.map((c) => c.id)).toEqual(['C-1']);
    expect(result.canary).toEqual({ adapterId: 'test-portal', missing: ['#gone-in-redesign'] });
    expect(result.snapshot.warnings?.some((w) => w.includes('This page changed'))).toBe(true);
    expect(PageSnapshotSchema.safeParse(result.snapshot).success).toBe(true);
  });

  it('a generic page is read once: the read its detection made is the read (and equals a fresh one)', () => {
    document.body.innerHTML = CLAIMS;
    const url = 'https://x.example/claims';
    const detection = detectPortal(document, url, []);
    expect(detection?.kind).toBe('generic');
    expect(detection?.read?.snapshot.url).toBe(url);
    const reused = readFrames(document, url, { adapter: null, genericRead: detection?.read });
    expect(reused.snapshot).toBe(detection?.read?.snapshot);
    // readPage without an adapter detects, then uses that detection's read.
    const detected = readPage(document, url, { adapters: [] });
    const fresh = readPage(document, url, { adapter: null });
    expect(fresh.snapshot).not.toBe(detected.snapshot);
    expect(detected).toEqual(fresh);
    expect(reused).toEqual(fresh);
    // An explicit visibility mode reads again in that mode.
    const staticRead = readFrames(document, url, {
      adapter: null,
      genericRead: detection?.read,
      visibilityMode: 'static',
    });
    expect(staticRead.snapshot).not.toBe(detection?.read?.snapshot);
  });

  it('generic read has no canary', () => {
    document.body.innerHTML = CLAIMS;
    const result = readPage(document, 'https://x.example/', { adapters: [] });
    expect(result.snapshot.portal).toBe('generic');
    expect(result.canary).toBeNull();
    expect(result.claimElements).toHaveLength(1);
  });

  it('a refine that breaks the snapshot is repaired, not thrown', () => {
    document.body.innerHTML = CLAIMS;
    const broken = refining((_d, r) => {
      (r.snapshot.claims[0] as { billed: unknown }).billed = 'lots';
      return r;
    });
    const result = readPage(document, 'https://member.testportal.example/', { adapters: [broken] });
    expect(result.snapshot.claims).toEqual([]);
    expect(result.claimElements).toEqual([]);
    expect(PageSnapshotSchema.safeParse(result.snapshot).success).toBe(true);
    const throwing = refining(() => {
      throw new Error('x');
    });
    expect(
      readPage(document, 'https://member.testportal.example/', { adapters: [throwing] }).snapshot.claims,
    ).toHaveLength(1);
  });
});

describe('dropping what does not validate', () => {
  it("moves the provenance of the claims kept with them, and drops the dropped claim's", () => {
    document.body.innerHTML = CLAIMS.replace(
      '</tbody>',
      '<tr class="claim"><td>C-2</td><td>01/03/2025</td><td>Dr. Y</td><td>$200.00</td><td>$40.00</td><td>Denied</td></tr></tbody>',
    );
    const breaksFirst = refining((_d, r) => {
      (r.snapshot.claims[0] as { billed: unknown }).billed = 'lots';
      return r;
    });
    const result = readPage(document, 'https://member.testportal.example/', { adapters: [breaksFirst] });
    expect(result.snapshot.claims.map((c) => c.id)).toEqual(['C-2']);
    expect(result.claimElements.map((el) => el.textContent?.slice(0, 3))).toEqual(['C-2']);
    const sources = result.snapshot.sources;
    expect(sources['claims[0].billed']).toEqual({ label: 'Billed', text: '$200.00' });
    expect(sources['claims[0].provider']).toEqual({ label: 'Provider', text: 'Dr. Y' });
    expect(Object.keys(sources).filter((path) => path.startsWith('claims[1]'))).toEqual([]);
    expect(result.snapshot.warnings?.some((w) => w.includes('did not validate'))).toBe(true);
  });

  it('does the same for authorizations', () => {
    document.body.innerHTML = CLAIMS;
    const addsTwo = refining((_d, r) => {
      const bad = { ...emptyAuthorization(), referenceNumber: 'A-1', status: 7 as unknown as string };
      r.snapshot.authorizations.push(bad, { ...emptyAuthorization(), referenceNumber: 'A-2' });
      r.snapshot.sources['authorizations[0].referenceNumber'] = { label: 'Ref', text: 'A-1' };
      r.snapshot.sources['authorizations[1].referenceNumber'] = { label: 'Ref', text: 'A-2' };
      return r;
    });
    const result = readPage(document, 'https://member.testportal.example/', { adapters: [addsTwo] });
    expect(result.snapshot.authorizations.map((a) => a.referenceNumber)).toEqual(['A-2']);
    expect(result.snapshot.sources['authorizations[0].referenceNumber']?.text).toBe('A-2');
    expect(result.snapshot.sources['authorizations[1].referenceNumber']).toBeUndefined();
    expect(result.snapshot.claims.map((c) => c.id)).toEqual(['C-1']);
    expect(result.snapshot.sources['claims[0].billed']?.text).toBe('$100.00');
  });

  it('leaves no provenance for a claim that is gone', () => {
    document.body.innerHTML = CLAIMS;
    const breaks = refining((_d, r) => {
      (r.snapshot.claims[0] as { status: unknown }).status = 42;
      return r;
    });
    const result = readPage(document, 'https://member.testportal.example/', { adapters: [breaks] });
    expect(result.snapshot.claims).toEqual([]);
    expect(Object.keys(result.snapshot.sources).filter((path) => path.startsWith('claims['))).toEqual([]);
  });
});

describe('readFrames', () => {
  it('merges same-origin (srcdoc/about:blank) frames into one snapshot', async () => {
    document.body.innerHTML = `<main><div><span>Member ID:</span> <span>M-55</span></div><iframe id="f"></iframe></main>`;
    const frame = document.getElementById('f') as HTMLIFrameElement;
    const inner = frame.contentDocument;
    if (!inner) return; // happy-dom without frame documents: nothing to test
    inner.body.innerHTML = `${CLAIMS}<div><span>Deductible</span><span>$10 of $100</span></div>`;
    const result = readFrames(document, 'https://provider.example/');
    expect(result.snapshot.member.id).toBe('M-55');
    expect(result.snapshot.claims.map((c) => c.id)).toEqual(['C-1']);
    expect(result.snapshot.sources['claims[0].billed']).toEqual({ label: 'Billed', text: '$100.00' });
    expect(result.snapshot.plan.inNetwork.deductible.individual).toEqual({ amount: 100, met: 10 });
    expect(result.claimElements).toHaveLength(1);
    expect(result.claimElements[0]?.ownerDocument).toBe(inner);
  });

  it('a cross-origin frame (access throws) is skipped', () => {
    document.body.innerHTML = `${CLAIMS}<iframe id="g"></iframe>`;
    const frame = document.getElementById('g')!;
    Object.defineProperty(frame, 'contentDocument', {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    const result = readFrames(document, 'https://provider.example/');
    expect(result.snapshot.claims).toHaveLength(1);
  });
});
