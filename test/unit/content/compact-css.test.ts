/**
 * The build's compaction of the badges' stylesheet (scripts/compact-css.ts, applied by wxt.config.ts): it removes
 * whitespace only, and only where CSS does not need it, so the compacted sheet has the same rules and declarations.
 */
import { describe, expect, it } from 'vitest';
import { BADGE_CSS } from '@/components/annotations/styles';
import { compactCss } from '@/scripts/compact-css';

/** Each rule as selector → declarations, whitespace normalised (a small parser: the sheet has no nesting). */
function rules(css: string): Array<[string, string[]]> {
  return [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].map((m) => [
    m[1]!
      .trim()
      .replace(/\s*,\s*/g, ',')
      .replace(/\s+/g, ' '),
    m[2]!
      .split(';')
      .map((d) =>
        d
          .trim()
          .replace(/\s*:\s*/, ':')
          .replace(/\s*,\s*/g, ',')
          .replace(/\s+/g, ' '),
      )
      .filter(Boolean),
  ]);
}

describe('compactCss', () => {
  it('keeps every rule and declaration of the badge stylesheet, and makes it smaller', () => {
    const compact = compactCss(BADGE_CSS);
    expect(compact.length).toBeLessThan(BADGE_CSS.length * 0.9);
    expect(compact).not.toContain('\n');
    expect(rules(compact)).toEqual(rules(BADGE_CSS));
    expect(rules(BADGE_CSS).length).toBeGreaterThan(10);
    // Only whitespace went.
    expect(compact.replace(/\s/g, '')).toBe(BADGE_CSS.replace(/\s/g, ''));
  });

  it('keeps the spaces a value or a selector needs', () => {
    expect(
      compactCss('.a .b:hover > .c::before {\n  margin: 0 0 2px 0;\n  font: 600 12px/1.5 a, b;\n}'),
    ).toBe('.a .b:hover>.c::before{margin:0 0 2px 0;font:600 12px/1.5 a,b;}');
    expect(compactCss(':host([x]) .badge:focus-visible { outline: 2px solid #000; }')).toBe(
      ':host([x]) .badge:focus-visible{outline:2px solid #000;}',
    );
  });
});
