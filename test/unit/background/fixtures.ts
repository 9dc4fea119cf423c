/** Fictitious snapshots and senders for the background tests (no real person, plan or claim). */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  emptyClaim,
  emptyClaimLine,
  emptySnapshot,
  type Claim,
  type PageSnapshot,
} from '@/lib/model/snapshot';
import type { SenderInfo } from '@/entrypoints/background/guard';

export const PAGE_URL = 'https://member.acme.example/claims';

export function deniedClaim(id: string, denialDate = '2026-10-30'): Claim {
  const claim = emptyClaim(id);
  claim.status = 'Denied';
  claim.statusNormalized = 'denied';
  claim.denialDate = denialDate;
  claim.dateOfService = '2026-10-14';
  claim.network = 'in-network';
  claim.billed = 1125;
  claim.patientOwes = 0;
  claim.carcCodes = ['CO-50'];
  // A surgical procedure code: the service kind is derived from it (lib/profile/to-case.ts).
  claim.lines = [
    { ...emptyClaimLine(), procedureCode: '27447', billed: 1125, notCovered: 0, carcCodes: ['CO-50'] },
  ];
  return claim;
}

export function claimsSnapshot(
  claims: Claim[] = [deniedClaim('AC2610140093')],
  url = PAGE_URL,
): PageSnapshot {
  const snapshot = emptySnapshot(url, 'acme-member-claims');
  snapshot.member = { name: 'Pat Example (fictitious)', id: 'W000000001' };
  snapshot.plan.name = 'Acme Choice PPO (demo)';
  snapshot.plan.type = 'PPO';
  snapshot.plan.inNetwork.deductible.individual = { amount: 1500, met: 200 };
  snapshot.sources['plan.inNetwork.deductible.individual.amount'] = {
    label: 'Deductible',
    text: '$200.00 of $1,500.00',
  };
  snapshot.claims = claims;
  return snapshot;
}

export const contentSender = (tabId = 7, frameId = 0, url = PAGE_URL): SenderInfo => ({
  id: fakeBrowser.runtime.id,
  url,
  origin: new URL(url).origin,
  tab: { id: tabId },
  frameId,
});

export const popupSender = (): SenderInfo => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/popup.html'),
});

export const optionsTabSender = (): SenderInfo => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/options.html'),
  tab: { id: 99 },
  frameId: 0,
});

export async function dumpStorage(): Promise<Record<string, unknown>> {
  return {
    local: await fakeBrowser.storage.local.get(null),
    session: await fakeBrowser.storage.session.get(null),
    sync: await fakeBrowser.storage.sync.get(null),
  };
}
