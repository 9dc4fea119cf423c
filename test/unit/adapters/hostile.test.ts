/**
 * Hostile pages: text that looks like markup or code must stay inert text, absurd amounts are flagged and not used,
 * labels named like Object.prototype members do not pollute it, and a huge page is read within bounds.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFrames } from '../../../lib/extract/index';
import { LIMITS } from '../../../lib/extract/generic';
import { loadFixture, type LoadedPage } from './fixture-dom';

let open: LoadedPage | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

const PROTO_NAMES = () => Object.getOwnPropertyNames(Object.prototype).sort();

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => allStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => allStrings(v, out));
  return out;
}

describe('hostile/markup-text.html', () => {
  it('keeps markup-looking text as text and never runs it', async () => {
    open = await loadFixture('hostile/markup-text.html');
    const win = open.window as unknown as { __pwned: number };
    expect(win.__pwned).toBe(0);
    const elementsBefore = open.document.querySelectorAll('*').length;
    const { snapshot } = readFrames(open.document, open.url.href);

    expect(win.__pwned).toBe(0);
    // Reading added nothing to the page: no element was built from page text.
    expect(open.document.querySelectorAll('*').length).toBe(elementsBefore);
    expect(open.document.querySelectorAll('img, svg, script[src]').length).toBe(0);

    const providers = snapshot.claims.map((c) => c.provider);
    expect(providers).toContain('<img src=x onerror="window.__pwned=1">');
    expect(providers).toContain("{{constructor.constructor('x')()}}");
    expect(snapshot.claims.map((c) => c.type)).toContain('${7*7}');
    expect(snapshot.claims.map((c) => c.denialReason)).toContain('"><svg onload=window.__pwned=1>');
    // No value comes from a link's URL.
    for (const text of allStrings(snapshot)) expect(text).not.toMatch(/^javascript:/i);
    expect(snapshot.claims.every((c) => c.appealBy === null || /^\d{4}-\d{2}-\d{2}$/.test(c.appealBy))).toBe(
      true,
    );
  });

  it('flags the absurd amount as implausible instead of using it', async () => {
    open = await loadFixture('hostile/markup-text.html');
    const { snapshot } = readFrames(open.document, open.url.href);
    const absurd = snapshot.claims.find((c) => c.id === 'QX0000003');
    expect(absurd).toBeDefined();
    expect(absurd!.billed).toBeNull();
    expect(snapshot.implausible).toContain(`claims[${snapshot.claims.indexOf(absurd!)}].billed`);
    expect((snapshot.warnings ?? []).some((w) => /implausible|not believable|absurd/i.test(w))).toBe(true);
  });

  it('bounds the 10 kB denial reason', async () => {
    open = await loadFixture('hostile/markup-text.html');
    const { snapshot } = readFrames(open.document, open.url.href);
    const long = snapshot.claims.find((c) => c.id === 'QX0000004')?.denialReason ?? '';
    expect(long.length).toBeGreaterThan(100);
    expect(long.length).toBeLessThanOrEqual(LIMITS.maxValueChars);
    expect(long.startsWith('The submitted documentation did not support')).toBe(true);
  });

  it('does not pollute Object.prototype through labels or columns named __proto__ / constructor', async () => {
    const before = PROTO_NAMES();
    open = await loadFixture('hostile/markup-text.html');
    const winObject = (open.window as unknown as { Object: ObjectConstructor }).Object;
    const winBefore = Object.getOwnPropertyNames(winObject.prototype).sort();
    const { snapshot } = readFrames(open.document, open.url.href);
    expect(PROTO_NAMES()).toEqual(before);
    expect(Object.getOwnPropertyNames(winObject.prototype).sort()).toEqual(winBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(snapshot)).toBe(Object.prototype);
    for (const claim of snapshot.claims) {
      expect(Object.getPrototypeOf(claim)).toBe(Object.prototype);
      expect(Object.hasOwn(claim, '__proto__')).toBe(false);
      expect(Object.hasOwn(claim, 'constructor')).toBe(false);
    }
    expect(Object.hasOwn(snapshot.sources, '__proto__')).toBe(false);
  });
});

describe('hostile/huge-dom.html', () => {
  it('reads 2,000 claims within the reader limits and skips the totals row', async () => {
    open = await loadFixture('hostile/huge-dom.html');
    expect(open.document.querySelectorAll('#all-claims tbody tr').length).toBe(2000);
    const { snapshot } = readFrames(open.document, open.url.href);
    expect(snapshot.claims.length).toBeLessThanOrEqual(LIMITS.maxClaims);
    expect(snapshot.claims.length).toBe(2000);
    expect(snapshot.claims.some((c) => /total/i.test(c.id))).toBe(false);
    expect(new Set(snapshot.claims.map((c) => c.id)).size).toBe(snapshot.claims.length);
  }, 90_000);
});

describe('hostile/tricky-hidden.html', () => {
  it('reads only what is shown: no template, hidden, duplicate, sidebar or totals claims', async () => {
    open = await loadFixture('hostile/tricky-hidden.html');
    const { snapshot } = readFrames(open.document, open.url.href);
    expect(snapshot.claims.map((c) => c.id)).toEqual(['QT2609010001', 'QT2609150002', 'QT2610010003']);
    // The collapsed detail row of the first claim is hidden: its discount and codes were not read.
    expect(snapshot.claims[0]!.planDiscount).toBeNull();
    expect(snapshot.claims[0]!.carcCodes).toEqual([]);
  });
});
