/**
 * English strings of the claim badges on portal pages (lib/present/badge.ts): the badge text, its screen-reader
 * label, day counts and the short names of missing facts. Keys keep the `present.` prefix of the area they belong to;
 * this part is separate because the background (which words the badges) needs only these.
 */
export const badgeEn = {
  'present.days_one': '{count} day',
  'present.days_other': '{count} days',
  'present.badge.appealBy': 'Appeal by {date} · {days}',
  'present.badge.appealByAria': 'Coverage Lens: you can appeal this claim until {date}, {days} left.',
  'present.badge.appealToday': 'Appeal by today ({date})',
  'present.badge.appealTodayAria': 'Coverage Lens: today, {date}, is the last day to appeal this claim.',
  'present.badge.reviewBy': 'Independent review by {date} · {days}',
  'present.badge.reviewByAria':
    'Coverage Lens: you can ask for a review by an independent reviewer (external review) until {date}, {days} left.',
  'present.badge.appealExpired': 'Appeal deadline passed ({date})',
  'present.badge.appealExpiredAria':
    'Coverage Lens: the deadline to appeal this claim passed on {date}. You can still ask the plan to accept a late appeal for a good reason.',
  'present.badge.correctedClaim': 'Provider should resubmit (corrected claim)',
  'present.badge.correctedClaimAria':
    'Coverage Lens: this is a billing problem. The provider should send a corrected claim; an appeal is not the way.',
  'present.badge.newClaim': 'Provider should send a new claim',
  'present.badge.newClaimAria':
    'Coverage Lens: the plan could not process this claim. The provider should send a new, complete claim.',
  'present.badge.otherInsurance': 'Check other insurance (coordination of benefits)',
  'present.badge.otherInsuranceAria':
    'Coverage Lens: the plan thinks another insurance may pay first. Update your other-insurance information with the plan.',
  'present.badge.providerOnly': 'Provider write-off: you owe nothing for this',
  'present.badge.providerOnlyAria':
    'Coverage Lens: this amount is between the provider and the plan; the provider may not bill you for it.',
  'present.badge.preAuthNeeded': 'Pre-auth needed',
  'present.badge.preAuthNeededAria':
    'Coverage Lens: the plan must approve this service in advance (prior authorization).',
  'present.badge.referralNeeded': 'Referral needed',
  'present.badge.referralNeededAria': 'Coverage Lens: you need a referral from your primary care doctor.',
  'present.badge.balanceBill': 'Out-of-network: may be balance-billed',
  'present.badge.balanceBillAria':
    'Coverage Lens: this provider is out of network and may bill you the difference between their charge and what the plan allows (balance billing).',
  'present.badge.owesMatches': 'You owe {amount} — matches plan',
  'present.badge.owesMatchesAria':
    'Coverage Lens: you owe {amount}, which matches what your plan terms give.',
  'present.badge.owesDiffers': 'Check this bill: {amount} shown, plan gives {expected}',
  'present.badge.owesDiffersAria':
    'Coverage Lens: the page says you owe {amount}, but your plan terms give {expected}. Check this bill with the plan.',
  'present.badge.owes': 'You owe {amount}',
  'present.badge.owesAria': 'Coverage Lens: the page says you owe {amount}.',
  'present.badge.pending': 'Pending: nothing to do yet',
  'present.badge.pendingAria': 'Coverage Lens: the plan has not decided this claim yet.',
  'present.badge.notMedical': 'Not checked (not a medical claim)',
  'present.badge.notMedicalAria': 'Coverage Lens does not check pharmacy or dental claims.',
  'present.badge.unknown': 'Unknown: {field} needed',
  'present.badge.unknownAria':
    'Coverage Lens cannot answer for this claim yet: {field} is unknown. Open the Coverage Lens popup to fill it in.',
  'present.badge.noAction': 'No action needed',
  'present.badge.noActionAria': 'Coverage Lens: nothing to do for this claim.',

  'present.short.plan.kind': 'plan kind',
  'present.short.plan.type': 'plan type',
  'present.short.service.kind': 'service type',
  'present.short.claim.status': 'claim status',
  'present.short.provider.networkStatus': 'network status',
  'present.short.fact': 'a fact',
};

export type BadgeCatalog = Record<keyof typeof badgeEn, string>;
