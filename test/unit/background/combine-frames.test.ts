import { describe, expect, it } from 'vitest';
import { combineFrames } from '@/entrypoints/background/evaluate-tab';
import { emptySnapshot } from '@/lib/model/snapshot';
import { claimsSnapshot, deniedClaim } from './fixtures';

describe('combineFrames', () => {
  it("takes each member fact's source from the frame its value came from, plan sources from the plan's frame", () => {
    // Top document: the member card only. Frame: the plan summary, which names a member too (read with a typo).
    const top = emptySnapshot('https://member.acme.example/claims', 'acme-member-claims');
    top.member = { name: 'Pat Example', id: 'W000000001' };
    top.sources['member.name'] = { label: 'Member', text: 'Pat Example' };
    top.sources['member.id'] = { label: 'Member ID', text: 'W000000001' };
    const frame = claimsSnapshot([deniedClaim('F1')], 'https://member.acme.example/plan-frame');
    frame.member = { name: null, id: 'W00000000I' };
    frame.sources['member.id'] = { label: 'ID', text: 'W00000000I' };
    const combined = combineFrames([
      { frameId: 0, snapshot: top, canary: null },
      { frameId: 3, snapshot: frame, canary: null },
    ]);
    expect(combined.member).toEqual({ name: 'Pat Example', id: 'W000000001' });
    expect(combined.sources['member.id']).toEqual({ label: 'Member ID', text: 'W000000001' });
    expect(combined.sources['member.name']).toEqual({ label: 'Member', text: 'Pat Example' });
    // The plan and its sources come from the frame that shows it; the frame's claims keep theirs.
    expect(combined.plan.inNetwork.deductible.individual.amount).toBe(1500);
    expect(combined.sources['plan.inNetwork.deductible.individual.amount']?.text).toBe(
      '$200.00 of $1,500.00',
    );
    expect(combined.claims.map((c) => c.id)).toEqual(['F1']);
  });

  it("re-indexes a frame's list sources after the claims before it", () => {
    const top = claimsSnapshot([deniedClaim('T1')]);
    top.sources['claims[0].billed'] = { label: 'Billed', text: '$1.00' };
    const frame = claimsSnapshot([deniedClaim('F1')], 'https://member.acme.example/frame');
    frame.sources['claims[0].billed'] = { label: 'Billed', text: '$2.00' };
    const combined = combineFrames([
      { frameId: 0, snapshot: top, canary: null },
      { frameId: 2, snapshot: frame, canary: null },
    ]);
    expect(combined.claims.map((c) => c.id)).toEqual(['T1', 'F1']);
    expect(combined.sources['claims[0].billed']?.text).toBe('$1.00');
    expect(combined.sources['claims[1].billed']?.text).toBe('$2.00');
  });
});
