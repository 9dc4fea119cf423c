// @vitest-environment node
/**
 * Every example in ../shared/contract/examples/cases.json through the engine, compared field by field
 * with the expected answer (acceptableAlternatives honoured for ambiguous cases). The file is read
 * relative to the repo (CI clones the repo with shared/ beside it).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../../../lib/model/case';
import { AssessmentSchema, NEXT_STEP_CODES } from '../../../lib/model/assessment';
import { evaluate, evaluateMany } from '../../../lib/rules/evaluate';

interface Example {
  id: string;
  inputs: unknown;
  expected: Record<string, unknown>;
  acceptableAlternatives: Record<string, unknown[]> | null;
}

const file = new URL('../../../../shared/contract/examples/cases.json', import.meta.url);
const data = JSON.parse(readFileSync(file, 'utf8')) as {
  meta: { nextStepCodes: Record<string, string> };
  cases: Example[];
};

function get(obj: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (cur, key) => (cur === null || cur === undefined ? undefined : (cur as Record<string, unknown>)[key]),
      obj,
    );
}

/** Leaf paths of the expected answer that the contract checks. */
function checkedPaths(expected: Record<string, unknown>): string[] {
  const paths = ['referralNeeded', 'preAuthNeeded'];
  if (expected.nsaProtected !== undefined && expected.nsaProtected !== null) paths.push('nsaProtected');
  if (expected.preAuthDecisionDueBy !== undefined && expected.preAuthDecisionDueBy !== null) {
    paths.push('preAuthDecisionDueBy.standard', 'preAuthDecisionDueBy.expedited');
  }
  for (const key of ['status', 'possible', 'level', 'deadline', 'daysLeft', 'nextSteps'])
    paths.push(`appeal.${key}`);
  if (expected.outOfPocket === null) paths.push('outOfPocket');
  else
    for (const key of ['deductible', 'copay', 'coinsurance', 'balanceBilling', 'nonCovered', 'total'])
      paths.push(`outOfPocket.${key}`);
  return paths;
}

describe('contract examples (cases.json)', () => {
  it('has the 23 documented examples and the next-step codes the model knows', () => {
    expect(data.cases.length).toBeGreaterThanOrEqual(23);
    expect(Object.keys(data.meta.nextStepCodes)).toEqual([...NEXT_STEP_CODES]);
  });

  for (const example of data.cases) {
    it(`${example.id} matches every expected field`, () => {
      const parsed = parseCase(example.inputs);
      if (!parsed.ok) throw new Error(`${example.id} does not parse: ${JSON.stringify(parsed.issues)}`);
      const assessment = evaluate(parsed.value);
      for (const path of checkedPaths(example.expected)) {
        const got = get(assessment, path);
        const want = get(example.expected, path);
        const alternatives = example.acceptableAlternatives?.[path];
        if (alternatives) expect(alternatives, `${example.id} ${path}`).toContainEqual(got);
        else expect(got, `${example.id} ${path}`).toEqual(want);
      }
      // The extras are well-formed, and the whole answer passes the Assessment schema.
      expect(AssessmentSchema.safeParse(assessment).success).toBe(true);
      expect(assessment.trace.length).toBeGreaterThan(0);
      for (const t of assessment.trace) {
        expect(t.reason.length).toBeGreaterThan(0);
        expect(t.source.section.length).toBeGreaterThan(0);
      }
    });
  }

  it('evaluateMany keeps input order and ids', () => {
    const cases = data.cases.map((e) => {
      const parsed = parseCase(e.inputs);
      if (!parsed.ok) throw new Error('parse');
      return { ...parsed.value, id: e.id };
    });
    const out = evaluateMany(cases);
    expect(out.map((a) => a.id)).toEqual(data.cases.map((e) => e.id));
  });

  it('is deterministic: the same case gives the same answer', () => {
    for (const e of data.cases) {
      const parsed = parseCase(e.inputs);
      if (!parsed.ok) throw new Error('parse');
      expect(JSON.stringify(evaluate(parsed.value))).toBe(JSON.stringify(evaluate(parsed.value)));
    }
  });
});
