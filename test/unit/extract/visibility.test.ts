import { beforeEach, describe, expect, it } from 'vitest';
import {
  VisibilityChecker,
  defaultVisibilityMode,
  isHidden,
  visibleText,
} from '../../../lib/extract/visibility';

function setup(html: string): VisibilityChecker {
  document.body.innerHTML = html;
  return new VisibilityChecker(document);
}
const $ = (id: string) => document.getElementById(id)!;

describe('visibility (static mode, happy-dom)', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('uses static mode in happy-dom', () => {
    expect(defaultVisibilityMode(document)).toBe('static');
  });

  it.each([
    ['hidden attribute', '<div hidden><span id="t">x</span></div>'],
    ['aria-hidden', '<div aria-hidden="true"><span id="t">x</span></div>'],
    ['inline display:none', '<div style="color:red; display: none"><span id="t">x</span></div>'],
    ['inline visibility:hidden', '<div style="visibility:hidden"><span id="t">x</span></div>'],
    ['skeleton', '<div class="card skeleton-row"><span id="t">x</span></div>'],
    ['shimmer', '<div class="shimmer"><span id="t">x</span></div>'],
    ['placeholder', '<div class="placeholder"><span id="t">x</span></div>'],
    ['loading', '<div class="loading"><span id="t">x</span></div>'],
    ['aria-busy', '<div aria-busy="true"><span id="t">x</span></div>'],
    ['sr-only', '<span class="sr-only" id="t">x</span>'],
    ['visually-hidden', '<span class="visually-hidden" id="t">x</span>'],
    ['screen-reader-text', '<span class="screen-reader-text" id="t">x</span>'],
    ['a11y-hidden', '<span class="a11y-hidden" id="t">x</span>'],
    ['d-none', '<div class="d-none"><span id="t">x</span></div>'],
    ['mobile-only duplicate', '<div class="mobile-only"><span id="t">x</span></div>'],
    ['bootstrap mobile duplicate', '<div class="d-block d-md-none"><span id="t">x</span></div>'],
    ['tailwind mobile duplicate', '<div class="block md:hidden"><span id="t">x</span></div>'],
    ['hidden-md', '<div class="hidden-md hidden-lg"><span id="t">x</span></div>'],
    ['closed details', '<details><summary>More</summary><div id="t">x</div></details>'],
    ['collapsed', '<div class="collapse"><span id="t">x</span></div>'],
  ])('%s is hidden', (_name, html) => {
    const checker = setup(html);
    expect(checker.isHidden($('t'))).toBe(true);
  });

  it('aria-hidden on a container hides it; on an inline text span it is the visual half of an sr-only pair', () => {
    const checker = setup(
      '<table aria-hidden="true" id="clone"><tr><td id="c">Claim #</td></tr></table>' +
        '<table><tr><td id="cell"><span aria-hidden="true" id="v">$10.00</span><span class="sr-only">10 dollars</span></td></tr></table>',
    );
    expect(checker.isHidden($('c'))).toBe(true);
    expect(checker.isHidden($('v'))).toBe(false);
    expect(visibleText($('cell'), checker)).toBe('$10.00');
  });

  it('template content is never visible', () => {
    const checker = setup('<template id="tpl"><span>$5.00</span></template><p id="p">ok</p>');
    expect(checker.isHidden($('tpl'))).toBe(true);
    expect(checker.isHidden($('p'))).toBe(false);
  });

  it.each([
    ['plain', '<div><span id="t">x</span></div>'],
    ['desktop duplicate (bootstrap)', '<div class="d-none d-md-block"><span id="t">x</span></div>'],
    ['desktop duplicate (tailwind)', '<div class="hidden md:table"><span id="t">x</span></div>'],
    ['open details', '<details open><summary>More</summary><div id="t">x</div></details>'],
    ['summary of closed details', '<details><summary id="t">More</summary><div>x</div></details>'],
    ['expanded collapse', '<div class="collapse show"><span id="t">x</span></div>'],
    ['aria-hidden=false', '<div aria-hidden="false"><span id="t">x</span></div>'],
  ])('%s is visible', (_name, html) => {
    const checker = setup(html);
    expect(checker.isHidden($('t'))).toBe(false);
  });

  it('inactive tab panels are hidden (aria-controls and aria-labelledby)', () => {
    const checker = setup(`
      <div role="tablist">
        <button role="tab" id="tab-in" aria-selected="true" aria-controls="p-in">In-network</button>
        <button role="tab" id="tab-out" aria-selected="false" aria-controls="p-out">Out-of-network</button>
        <button role="tab" id="tab-x" aria-selected="false">Other</button>
      </div>
      <div role="tabpanel" id="p-in"><span id="a">$1</span></div>
      <div role="tabpanel" id="p-out"><span id="b">$2</span></div>
      <div role="tabpanel" aria-labelledby="tab-x"><span id="c">$3</span></div>`);
    expect(checker.isHidden($('a'))).toBe(false);
    expect(checker.isHidden($('b'))).toBe(true);
    expect(checker.isHidden($('c'))).toBe(true);
  });

  it('visibleText skips hidden descendants and keeps text as text', () => {
    const checker = setup(
      '<table><tr><td id="t">$1,250<span>.00</span><span class="sr-only"> one thousand</span><span hidden>secret</span> &lt;img src=x onerror=alert(1)&gt;</td></tr></table>',
    );
    expect(visibleText($('t'), checker)).toBe('$1,250.00 <img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });

  it('visibleText separates blocks and is bounded', () => {
    const checker = setup(`<div id="t"><div>Dr. A</div><div>Clinic</div><p>${'x'.repeat(10_000)}</p></div>`);
    const text = visibleText($('t'), checker, 500);
    expect(text.startsWith('Dr. A Clinic')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(500);
  });

  it('isHidden convenience function', () => {
    setup('<div hidden><i id="t">x</i></div><i id="u">y</i>');
    expect(isHidden($('t'))).toBe(true);
    expect(isHidden($('u'))).toBe(false);
  });
});

describe('visibility (computed mode)', () => {
  it('reads stylesheet display:none through getComputedStyle', () => {
    document.body.innerHTML =
      '<style>.gone{display:none}</style><div class="gone"><span id="t">x</span></div><span id="u">y</span>';
    const checker = new VisibilityChecker(document, 'computed');
    expect(checker.isHidden($('t'))).toBe(true);
    expect(checker.isHidden($('u'))).toBe(false);
  });
  it('decides table-cell elements once per signature, never across a difference in any part of it', () => {
    // The checker remembers a computed decision per (row class and style, parent, tag, class, style, other attributes,
    // column): each marked element differs from the visible ones before it in exactly one of those parts, and CSS
    // hides it by that part. No ids on them: an element with an id is always decided on its own.
    document.body.innerHTML = `<style>
        tr.alt span.x, td.wrap > span.x, span.x.more, span.x[data-m], td.c:nth-child(3) { display: none }
      </style>
      <table><tbody>
        <tr class="r"><td><span class="x">1</span></td><td class="c"><span class="x">1</span></td><td class="c">1</td></tr>
        <tr class="r"><td><span class="x">2</span></td><td class="wrap"><span class="x">2</span></td><td></td></tr>
        <tr class="alt"><td><span class="x">3</span></td><td><span class="x more">3</span></td><td></td></tr>
        <tr class="r"><td><span class="x" style="color: red">4</span></td><td><span class="x" data-m="1">4</span></td><td></td></tr>
      </tbody></table>`;
    const checker = new VisibilityChecker(document, 'computed');
    const rows = [...document.querySelectorAll('tr')];
    const at = (r: number, c: number) => rows[r]!.children[c]!;
    const span = (r: number, c: number) => at(r, c).firstElementChild!;
    const decided = (el: Element) => checker.isHidden(el);
    expect([decided(span(0, 0)), decided(span(0, 1)), decided(at(0, 1))]).toEqual([false, false, false]);
    expect(decided(at(0, 2))).toBe(true); // column
    expect(decided(span(1, 0))).toBe(false); // same signature as the first
    expect(decided(span(1, 1))).toBe(true); // parent class
    expect(decided(span(2, 0))).toBe(true); // row class
    expect(decided(span(2, 1))).toBe(true); // own class
    expect(decided(span(3, 0))).toBe(false); // own style (not hiding)
    expect(decided(span(3, 1))).toBe(true); // another attribute
  });
  it('still treats screen-reader-only classes as hidden', () => {
    document.body.innerHTML = '<span class="sr-only" id="t">x</span>';
    expect(new VisibilityChecker(document, 'computed').isHidden($('t'))).toBe(true);
  });
});
