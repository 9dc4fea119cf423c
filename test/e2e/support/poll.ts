/**
 * Polls `probe` from Node until it returns a truthy value (extension storage, page state) and returns it; on timeout
 * throws with `what`, the last value seen and `detail()` (e.g. the browser's recent console output).
 */
export async function pollUntil<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  options: { timeoutMs?: number; intervalMs?: number; detail?: () => string } = {},
): Promise<T> {
  const until = Date.now() + (options.timeoutMs ?? 15_000);
  let last: unknown;
  while (Date.now() < until) {
    const value = await probe();
    if (value) return value;
    last = value;
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 100));
  }
  const detail = options.detail?.() ?? '';
  throw new Error(
    `Timed out waiting for ${what} (last: ${JSON.stringify(last)?.slice(0, 200)})${detail ? `\n${detail}` : ''}`,
  );
}
