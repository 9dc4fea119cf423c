// @vitest-environment node
/**
 * The `npm run evaluate` CLI (contract section 1), spawned as a real process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const examplesPath = fileURLToPath(
  new URL('../../../../shared/contract/examples/cases.json', import.meta.url),
);

function runCli(args: string[], input?: string) {
  const result = spawnSync('npx', ['tsx', 'scripts/evaluate.ts', ...args], {
    cwd: repoRoot,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const examples = JSON.parse(readFileSync(examplesPath, 'utf8')) as {
  cases: Array<{ id: string; inputs: Record<string, unknown>; expected: { outOfPocket: unknown } }>;
};

// Each test spawns `npx tsx` (a few seconds, more on a busy machine).
describe('scripts/evaluate.ts', { timeout: 120_000 }, () => {
  it('evaluates the whole examples file: one assessment per case, in order, with ids, exit 0', () => {
    const { status, stdout, stderr } = runCli([examplesPath, '--no-trace']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const out = JSON.parse(stdout) as Array<{ id: string; outOfPocket: unknown; trace: unknown[] }>;
    expect(out.map((a) => a.id)).toEqual(examples.cases.map((c) => c.id));
    out.forEach((a, i) => expect(a.outOfPocket).toEqual(examples.cases[i]?.expected.outOfPocket));
    expect(out[0]?.trace).toEqual([]);
  });

  it('reads one Case from stdin with "-" and prints an array of one', () => {
    const single = examples.cases[0]?.inputs;
    const { status, stdout } = runCli(['-'], JSON.stringify(single));
    expect(status).toBe(0);
    const out = JSON.parse(stdout) as Array<{ referralNeeded: unknown; trace: unknown[] }>;
    expect(out).toHaveLength(1);
    expect(out[0]?.referralNeeded).toBe(true);
    expect(out[0]?.trace.length).toBeGreaterThan(0);
  });

  it('exits 1 naming the case and field of a malformed case, and still prints the valid ones', () => {
    const good = examples.cases[2]?.inputs as Record<string, unknown>;
    const bad = structuredClone(examples.cases[0]?.inputs) as { plan: Record<string, unknown> };
    bad.plan.kind = 'employer';
    const dir = mkdtempSync(join(tmpdir(), 'cl-eval-'));
    const file = join(dir, 'mixed.json');
    writeFileSync(
      file,
      JSON.stringify({
        cases: [
          { id: 'GOOD-1', inputs: good },
          { id: 'BAD-1', inputs: bad },
        ],
      }),
    );
    const { status, stdout, stderr } = runCli([file]);
    expect(status).toBe(1);
    expect(stderr).toContain('BAD-1');
    expect(stderr).toContain('plan.kind');
    const out = JSON.parse(stdout) as Array<{
      id: string;
      error?: { issues: Array<{ path: string }> };
      appeal?: unknown;
    }>;
    expect(out).toHaveLength(2);
    expect(out[0]?.id).toBe('GOOD-1');
    expect(out[0]?.appeal).toBeDefined();
    expect(out[1]?.id).toBe('BAD-1');
    expect(out[1]?.error?.issues[0]?.path).toBe('inputs.plan.kind');
  });

  it('names the index when a bare array case has no id, and reports nested paths', () => {
    const bad = structuredClone(examples.cases.find((c) => c.id === 'SO-038')?.inputs) as {
      claim: { adjustments: Array<Record<string, unknown>> };
    };
    (bad.claim.adjustments[0] as Record<string, unknown>).group = 'XX';
    const { status, stdout, stderr } = runCli(['-'], JSON.stringify([examples.cases[1]?.inputs, bad]));
    expect(status).toBe(1);
    expect(stderr).toMatch(/case #1/);
    expect(stderr).toContain('claim.adjustments[0].group');
    const out = JSON.parse(stdout) as unknown[];
    expect(out).toHaveLength(2);
  });

  it('evaluates a case with unknown plan kind and service kind; a wrong service kind is still named', () => {
    const unknown = structuredClone(examples.cases[0]?.inputs) as {
      plan: Record<string, unknown>;
      service: Record<string, unknown>;
    };
    unknown.plan.kind = null;
    delete unknown.service.kind;
    const wrong = structuredClone(unknown);
    wrong.service.kind = 'consult';
    const { status, stdout, stderr } = runCli(['-'], JSON.stringify([unknown, wrong]));
    expect(status).toBe(1);
    expect(stderr).toContain('service.kind');
    expect(stderr).not.toContain('plan.kind');
    const out = JSON.parse(stdout) as Array<{ referralNeeded?: unknown; appeal?: unknown }>;
    expect(out[0]?.referralNeeded).toBe(true);
    expect(out[0]?.appeal).toBeDefined();
  });

  it('rejects unreadable JSON with exit 1', () => {
    const { status, stderr } = runCli(['-'], '{ not json');
    expect(status).toBe(1);
    expect(stderr).toMatch(/cannot read JSON/);
  });

  it('--pretty prints a human summary', () => {
    const { status, stdout } = runCli([examplesPath, '--pretty']);
    expect(status).toBe(0);
    expect(stdout).toContain('SO-038');
    expect(stdout).toMatch(/appeal: open via internal-appeal, deadline 2025-09-11/);
  });
});
