import { describe, expect, it } from 'vitest';
import { claimsToJson, toContractExport } from '../../../lib/export/claims';
import { AssessmentSchema } from '../../../lib/model/assessment';
import { PageSnapshotSchema } from '../../../lib/model/snapshot';
import { assessment, benefitsSnapshot, deniedClaim, openAppeal } from '../profile/builders';

describe('claimsToJson (the contract inspect format)', () => {
  const snapshot = benefitsSnapshot({ claims: [deniedClaim(), deniedClaim({ id: 'CLM-X' })] });
  const input = {
    snapshot,
    page: { assessment: assessment({ referralNeeded: true }) },
    claims: [
      {
        claimId: 'CLM-2026-0001',
        index: 0,
        claim: snapshot.claims[0]!,
        assessment: openAppeal('2026-07-31', 152),
        missing: [],
      },
      {
        claimId: 'CLM-X',
        index: 1,
        claim: snapshot.claims[1]!,
        assessment: null,
        missing: ['plan.kind'],
        note: null,
      },
    ],
    authorizations: [{ referenceNumber: '000123', index: 0, assessment: assessment() }],
  };

  it('prints { snapshot, assessments: [{ claimId, assessment }] } with the page first (claimId null)', () => {
    const parsed = JSON.parse(claimsToJson(input)) as {
      snapshot: unknown;
      assessments: Array<{ claimId: string | null; assessment: unknown }>;
      unevaluated: unknown[];
      authorizations: unknown[];
    };
    expect(PageSnapshotSchema.safeParse(parsed.snapshot).success).toBe(true);
    expect(parsed.assessments.map((a) => a.claimId)).toEqual([null, 'CLM-2026-0001']);
    for (const item of parsed.assessments)
      expect(AssessmentSchema.safeParse(item.assessment).success).toBe(true);
    expect(parsed.assessments[1]?.assessment).toMatchObject({
      appeal: { deadline: '2026-07-31', daysLeft: 152 },
    });
    expect(parsed.unevaluated).toEqual([{ claimId: 'CLM-X', missing: ['plan.kind'], note: null }]);
    expect(parsed.authorizations).toHaveLength(1);
  });

  it('is pretty-printed and ends with a newline', () => {
    const text = claimsToJson(input);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "snapshot": {');
  });

  it('omits the page entry when the page was not evaluated', () => {
    expect(
      toContractExport({ ...input, page: { assessment: null } }).assessments.map((a) => a.claimId),
    ).toEqual(['CLM-2026-0001']);
  });
});
