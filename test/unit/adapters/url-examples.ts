/**
 * The URL examples each adapter file exports (`<ADAPTER>_URLS = { matches, notMatches }`), looked up by adapter id:
 * the adapter module `lib/extract/adapters/<id>.ts` must export exactly one such object.
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
