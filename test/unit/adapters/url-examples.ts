/**
 * The URL examples each adapter file exports (`<ADAPTER>_URLS = { matches, notMatches }`), looked up by adapter id:
 * the adapter module `lib/extract/adapters/<id>.ts` must export exactly one such object. Also the fixture pages an
 * adapter was tested on, from its closing "Tested on" comment (kept out of the content script's bundle).
 */
export interface UrlExamples {
  matches: readonly string[];
  notMatches: readonly string[];
}

const modules = import.meta.glob<Record<string, unknown>>('../../../lib/extract/adapters/*.ts', {
  eager: true,
});

function isUrlExamples(value: unknown): value is UrlExamples {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return Array.isArray(v.matches) && Array.isArray(v.notMatches);
}

const sources = import.meta.glob<string>('../../../lib/extract/adapters/*.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The fixture pages of an adapter's closing "Tested on" comment (one ` * - <page> — what it shows` line each). */
export function testedOnOf(id: string): string[] {
  const source = sources[`../../../lib/extract/adapters/${id}.ts`] ?? '';
  const at = source.lastIndexOf('Tested on');
  if (at < 0) return [];
  return [...source.slice(at).matchAll(/^\s*\*\s*-\s*(\S+\.html)\b/gm)].map((m) => m[1]!);
}

export function adapterModule(id: string): Record<string, unknown> | undefined {
  return modules[`../../../lib/extract/adapters/${id}.ts`];
}

export function adapterModulePaths(): string[] {
  return Object.keys(modules);
}

export function urlExamplesOf(id: string): UrlExamples {
  const mod = adapterModule(id);
  const found = Object.entries(mod ?? {}).filter(
    ([name, value]) => name.endsWith('_URLS') && isUrlExamples(value),
  );
  if (found.length !== 1)
    throw new Error(`lib/extract/adapters/${id}.ts must export one <NAME>_URLS = { matches, notMatches }`);
  return found[0]![1] as UrlExamples;
}
