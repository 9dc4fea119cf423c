/**
 * Meta-tests that keep adapters, fixtures and documentation consistent (Refined GitHub style): every adapter is
 * registered, has fixture pages with expected snapshots, URL examples that it must and must not match, negative
 * fixtures, a "Tested on" list in its file, and a line in the README's supported-portals list.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../lib/extract/adapters/index';
import { hasExpected } from './expected';
import { FIXTURES_DIR, listFixturePages } from './fixture-dom';
import { adapterModule, adapterModulePaths, testedOnOf, urlExamplesOf } from './url-examples';

const REPO = join(FIXTURES_DIR, '..', '..', '..');
const pages = listFixturePages();
const NOT_PORTALS = (page: string) => page.startsWith('not-a-portal/') || page === 'index.html';

/** The README section whose heading mentions "supported portals", up to the next heading of the same or higher level. */
function supportedPortalsSection(): string {
  const path = join(REPO, 'README.md');
  if (!existsSync(path)) return '';
  const lines = readFileSync(path, 'utf8').split('\n');
  const start = lines.findIndex((l) => /^#{1,6}\s.*supported portals/i.test(l));
  if (start < 0) return '';
  const level = /^(#+)/.exec(lines[start]!)![1]!.length;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => {
    const m = /^(#+)\s/.exec(l);
    return m !== null && m[1]!.length <= level;
  });
  return (end < 0 ? rest : rest.slice(0, end)).join('\n');
}

describe('adapter registry', () => {
  it('has unique ids', () => {
    const ids = ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('registers every adapter file in lib/extract/adapters/', () => {
    const files = adapterModulePaths()
      .map((p) => p.replace(/^.*\//, '').replace(/\.ts$/, ''))
      .filter((name) => !['index', 'types', 'detection'].includes(name));
    expect(files.length).toBeGreaterThan(0);
    expect(files.sort()).toEqual(ADAPTERS.map((a) => a.id).sort());
  });
});

describe.each(ADAPTERS.map((a) => [a.id, a] as const))('%s', (id, adapter) => {
  const source = readFileSync(join(REPO, 'lib', 'extract', 'adapters', `${id}.ts`), 'utf8');
  const testedOn = testedOnOf(id);

  it('lives in lib/extract/adapters/<id>.ts', () => {
    expect(adapterModule(id)).toBeDefined();
  });

  it('has fixture pages, each with an expected snapshot', () => {
    expect(testedOn.length).toBeGreaterThan(0);
    for (const page of testedOn) {
      expect([page, pages.includes(page)]).toEqual([page, true]);
      expect([page, hasExpected(page)]).toEqual([page, true]);
    }
  });

  it("covers every page in its family's fixture folder", () => {
    const family = pages.filter((p) => p.startsWith(`${id}/`));
    expect(family.length).toBeGreaterThan(0);
    expect([...testedOn].sort()).toEqual(family);
  });

  it('has negative cases: URLs it must not match and fixture pages of other families', () => {
    const examples = urlExamplesOf(id);
    expect(examples.matches.length).toBeGreaterThan(0);
    expect(examples.notMatches.length).toBeGreaterThan(0);
    expect(pages.filter((p) => !testedOn.includes(p)).length).toBeGreaterThan(0);
  });

  it('has anchors (the redesign canary)', () => {
    expect(adapter.anchors.length).toBeGreaterThan(0);
  });

  it('ends with a "Tested on" comment listing its fixture pages', () => {
    expect(source.lastIndexOf('Tested on')).toBeGreaterThan(source.lastIndexOf('export const'));
    expect(testedOn.length).toBeGreaterThan(0);
  });

  it('names its portal family in its opening comment', () => {
    expect(source.trimStart().startsWith('/**')).toBe(true);
    expect(source.slice(0, source.indexOf('*/'))).toMatch(/portal|exchange/i);
  });

  it("has a line in README.md's supported-portals list", () => {
    expect(supportedPortalsSection()).toContain(id);
  });
});

describe('fixture pages', () => {
  const readme = readFileSync(join(FIXTURES_DIR, 'README.md'), 'utf8');

  it('are listed in test/fixtures/portals/README.md', () => {
    for (const page of pages) expect([page, readme.includes(`\`${page}\``)]).toEqual([page, true]);
  });

  it('have an expected snapshot unless they are not portal pages', () => {
    for (const page of pages) expect([page, hasExpected(page) || NOT_PORTALS(page)]).toEqual([page, true]);
  });

  it('load nothing from the network (inline CSS and scripts only)', () => {
    for (const page of pages) {
      const html = readFileSync(join(FIXTURES_DIR, page), 'utf8');
      expect([
        page,
        /<(?:script|img|iframe|link|source|video|audio)\b[^>]*\s(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i.test(
          html,
        ),
      ]).toEqual([page, false]);
      expect([page, /url\(\s*["']?(?:https?:)?\/\//i.test(html)]).toEqual([page, false]);
      expect([page, /@import/i.test(html)]).toEqual([page, false]);
    }
  });

  it('are linked from index.html', () => {
    const index = readFileSync(join(FIXTURES_DIR, 'index.html'), 'utf8');
    for (const page of pages.filter((p) => p !== 'index.html'))
      expect([page, index.includes(`href="${page}"`)]).toEqual([page, true]);
  });
});
