/**
 * Network rules (RULES.md 2 and 9.4): which plan types cover out-of-network care, emergencies, and the
 * derived facts the other rule families share (emergency, out-of-network, OB/GYN, opinion visit).
 */
import type { Case, PlanType } from '../model/case';
import { markUnknown, record, type EvalContext } from './trace';

export interface PlanTypeDefaults {
  /** Default answer to "referral to see a specialist?" when the SBC answer is unknown (meta.referralNeeded). */
  referral: boolean | 'check-plan';
  /** Is non-emergency out-of-network care covered at all (HealthCare.gov plan types; Medicare.gov)? */
  outOfNetworkCovered: boolean;
}

/** RULES.md 2 table; Medicaid referral is "per handbook" (check-plan) and OON needs plan arrangement. */
export const PLAN_TYPE_DEFAULTS: Readonly<Record<PlanType, PlanTypeDefaults>> = {
  HMO: { referral: true, outOfNetworkCovered: false },
  POS: { referral: true, outOfNetworkCovered: true },
  PPO: { referral: false, outOfNetworkCovered: true },
  EPO: { referral: false, outOfNetworkCovered: false },
  'HDHP-PPO': { referral: false, outOfNetworkCovered: true },
  'Original Medicare': { referral: false, outOfNetworkCovered: true },
  'MA-HMO': { referral: true, outOfNetworkCovered: false },
  'MA-PPO': { referral: false, outOfNetworkCovered: true },
  'Medicaid MCO': { referral: 'check-plan', outOfNetworkCovered: false },
};

const OBGYN_ROLE = /\bob\s*[-/]?\s*gyn|obstetric|gyn(a)?ecolog|\bmidwi/i;

/** How the service is reached through the network. */
export type NetworkAccess =
  | 'in-network'
  | 'medicare-original'
  | 'emergency'
  | 'nsa'
  | 'oon-covered'
  | 'oon-exception-approved'
  | 'oon-medicaid-arranged'
  | 'oon-not-covered'
  | 'oon-check-plan';

export interface NetworkFacts {
  emergency: boolean;
  /** Provider is outside the plan's network (for Original Medicare: never; it has no network). */
  outOfNetwork: boolean;
  medicareOriginal: boolean;
  obgyn: boolean;
  /** The visit is the opinion itself (second or third opinion), not a test or procedure. */
  opinionVisit: boolean;
  access: NetworkAccess;
  /** Plan approval for an out-of-network provider is needed (network exception / MA organization determination). */
  approvalNeeded: 'network-exception' | 'organization-determination' | null;
}

/** Emergency care (RULES.md 2 "Federal exceptions", 5.1): the service, the flag, the diagnosis class or the ED. */
export function isEmergency(c: Case): boolean {
  const s = c.service;
  return (
    s.kind === 'emergency' ||
    s.emergency === true ||
    s.diagnosisCategory === 'emergency' ||
    c.provider?.setting === 'emergency-department'
  );
}

export function isObGyn(role: string | null | undefined): boolean {
  return role !== null && role !== undefined && OBGYN_ROLE.test(role);
}

export function isOutOfNetwork(c: Case): boolean {
  const status = c.provider?.networkStatus;
  if (status === undefined) return false;
  if (c.plan.kind === 'medicare-original') return false;
  // For any plan other than Original Medicare a Medicare participation status says nothing about the
  // plan's own network: treat it as not contracted with the plan.
  return status !== 'in-network';
}

/** Evaluate network access. `nsaProtected` comes from nsa.ts (an OON provider at an in-network facility). */
export function evaluateNetwork(ctx: EvalContext, nsaProtected: boolean | null): NetworkFacts {
  const c = ctx.c;
  const facts: NetworkFacts = {
    emergency: isEmergency(c),
    outOfNetwork: isOutOfNetwork(c),
    medicareOriginal: c.plan.kind === 'medicare-original',
    obgyn: isObGyn(c.provider?.role),
    opinionVisit: c.service.kind === 'second-opinion-consult' || c.service.kind === 'third-opinion',
    access: 'in-network',
    approvalNeeded: null,
  };
  decideAccess(ctx, facts, nsaProtected);
  return facts;
}

function decideAccess(ctx: EvalContext, net: NetworkFacts, nsaProtected: boolean | null): void {
  const c = ctx.c;
  const traceFacts = {
    'plan.type': c.plan.type,
    'provider.networkStatus': c.provider?.networkStatus ?? null,
    'derived.emergency': net.emergency,
  };
  if (net.medicareOriginal) {
    net.access = record(
      ctx,
      'network.original-medicare-no-network',
      'medicare-original',
      traceFacts,
      'network.original-medicare',
      {},
      'medicareSecondOpinion',
    );
    return;
  }
  if (!net.outOfNetwork) {
    net.access = record(
      ctx,
      'network.in-network',
      'in-network',
      traceFacts,
      'network.in-network',
      {},
      'planTypes',
    );
    return;
  }
  if (net.emergency) {
    net.access = record(
      ctx,
      'network.emergency-any-provider',
      'emergency',
      traceFacts,
      'network.emergency',
      {},
      'patientProtections',
    );
    return;
  }
  if (nsaProtected === true) {
    net.access = record(ctx, 'network.nsa-facility', 'nsa', traceFacts, 'network.nsa', {}, 'nsa');
    return;
  }

  const auth = c.authorizations ?? {};
  const explicit = c.plan.outOfNetworkCovered;
  const covered = explicit ?? PLAN_TYPE_DEFAULTS[c.plan.type].outOfNetworkCovered;
  const ma = c.plan.kind === 'medicare-advantage';
  // Written out rather than spread (same key order: the trace's facts are output as written).
  const oonFacts = {
    'plan.type': traceFacts['plan.type'],
    'provider.networkStatus': traceFacts['provider.networkStatus'],
    'derived.emergency': traceFacts['derived.emergency'],
    'plan.outOfNetworkCovered': explicit ?? null,
    'authorizations.networkExceptionApproved': auth.networkExceptionApproved ?? null,
    'authorizations.inNetworkAlternativeAvailable': auth.inNetworkAlternativeAvailable ?? null,
  };
  if (covered) {
    net.access = record(
      ctx,
      'network.oon-covered-higher-cost',
      'oon-covered',
      oonFacts,
      'network.oon-covered',
      { type: c.plan.type },
      ma ? 'maPpo' : 'planTypes',
    );
    return;
  }
  net.approvalNeeded = ma ? 'organization-determination' : 'network-exception';
  if (auth.networkExceptionApproved === true) {
    net.access = record(
      ctx,
      'network.exception-approved',
      'oon-exception-approved',
      oonFacts,
      'network.exception-approved',
      {},
      'planTypes',
    );
    return;
  }
  if (c.plan.kind === 'medicaid-managed-care' && net.opinionVisit) {
    // 42 CFR 438.206(b)(3): the plan must arrange an out-of-network second opinion at no cost when no
    // network professional can give it.
    const alternative = auth.inNetworkAlternativeAvailable ?? null;
    if (alternative === false) {
      net.access = record(
        ctx,
        'network.medicaid-oon-second-opinion',
        'oon-medicaid-arranged',
        oonFacts,
        'network.medicaid-arranged',
        {},
        'medicaidSecondOpinion',
      );
      return;
    }
    if (alternative === null) {
      markUnknown(ctx, 'authorizations.inNetworkAlternativeAvailable');
      net.access = record(
        ctx,
        'network.medicaid-oon-second-opinion',
        'oon-check-plan',
        oonFacts,
        'network.medicaid-check',
        {},
        'medicaidSecondOpinion',
      );
      return;
    }
  }
  net.access = record(
    ctx,
    'network.oon-not-covered',
    'oon-not-covered',
    oonFacts,
    ma ? 'network.ma-hmo-oon' : 'network.oon-not-covered',
    { type: c.plan.type },
    ma ? 'maHmo' : 'planTypes',
  );
}
