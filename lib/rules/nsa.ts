/**
 * No Surprises Act (RULES.md 5; decision order 9.6). Applies to group health plans (incl. self-funded
 * ERISA), individual insurance and FEHB; not to Medicare, Medicaid, TRICARE or VA.
 * Protected: emergency care; an out-of-network provider at an in-network hospital, HOPD, CAH or ASC;
 * out-of-network air ambulance. A non-ancillary provider may balance bill only with a valid
 * notice-and-consent signed at least 72 hours before a scheduled service; ancillary services never.
 */
import type { Case } from '../model/case';
import { isEmergency, isOutOfNetwork } from './network';
import { markUnknown, record, type EvalContext } from './trace';

/** Settings that are NSA "facilities" (hospital, hospital outpatient department, ASC). */
const NSA_FACILITIES = new Set(['in-network-hospital', 'hospital-outpatient', 'in-network-asc']);

/**
 * Ancillary roles (45 CFR 149.420(b) as summarised in RULES.md 5): emergency medicine, anesthesiology,
 * pathology, radiology, neonatology, assistant surgeons, hospitalists, intensivists, diagnostic lab and
 * radiology services.
 */
const ANCILLARY_ROLE =
  /emergency\s*(medicine|physician|doctor)|\bER\s*(physician|doctor)\b|an(a)?esthe|\bCRNA\b|patholog|radiolog|neonat|assistant\s*surgeon|surgical\s*assist|hospitalist|intensivist|critical\s*care|\blab(oratory)?\b/i;

const AIR_AMBULANCE = /air\s*ambulance|air\s*medical|medevac/i;

export function isAncillaryRole(role: string | null | undefined): boolean {
  return role !== null && role !== undefined && ANCILLARY_ROLE.test(role);
}

export function isNsaPlanKind(kind: Case['plan']['kind']): boolean {
  return kind === 'employer-erisa' || kind === 'aca-individual';
}

/** nsaProtected: boolean where the question arises (an out-of-network provider), otherwise null. */
export function evaluateNsa(ctx: EvalContext): boolean | null {
  const c = ctx.c;
  if (!isOutOfNetwork(c)) return null;
  const provider = c.provider;
  const setting = provider?.setting ?? null;
  const role = provider?.role ?? null;
  const facts = {
    'plan.kind': c.plan.kind,
    'provider.setting': setting,
    'provider.role': role,
    'derived.emergency': isEmergency(c),
  };

  if (!isNsaPlanKind(c.plan.kind)) {
    return record(
      ctx,
      'nsa.not-applicable-public-program',
      false,
      facts,
      'nsa.public-program',
      { kind: c.plan.kind },
      'nsa',
    );
  }
  if (isEmergency(c)) return record(ctx, 'nsa.emergency', true, facts, 'nsa.emergency', {}, 'nsa');
  if (role !== null && AIR_AMBULANCE.test(role)) {
    return record(ctx, 'nsa.air-ambulance', true, facts, 'nsa.air-ambulance', {}, 'nsa');
  }
  if (setting === null) {
    markUnknown(ctx, 'provider.setting');
    return record(ctx, 'nsa.setting-unknown', false, facts, 'nsa.setting-unknown', {}, 'nsa');
  }
  if (!NSA_FACILITIES.has(setting)) {
    return record(ctx, 'nsa.office-not-protected', false, facts, 'nsa.not-facility', { setting }, 'nsa');
  }

  const auth = c.authorizations ?? {};
  // Diagnostic tests at the facility and services with no in-network alternative are ancillary too.
  const ancillary =
    isAncillaryRole(role) ||
    c.service.kind === 'additional-test' ||
    auth.inNetworkAlternativeAvailable === false;
  // Written out rather than spread (same key order): this runs for every out-of-network case.
  const consentFacts = {
    'plan.kind': facts['plan.kind'],
    'provider.setting': setting,
    'provider.role': role,
    'derived.emergency': facts['derived.emergency'],
    'authorizations.nsaConsentSigned': auth.nsaConsentSigned ?? null,
    'authorizations.nsaConsentHoursBeforeService': auth.nsaConsentHoursBeforeService ?? null,
    'derived.ancillary': ancillary,
  };
  if (ancillary) {
    return record(
      ctx,
      'nsa.facility-ancillary',
      true,
      consentFacts,
      'nsa.ancillary',
      { role: role ?? c.service.kind },
      'nsaConsent',
    );
  }
  if (auth.nsaConsentSigned !== true) {
    return record(ctx, 'nsa.facility-no-consent', true, consentFacts, 'nsa.no-consent', {}, 'nsa');
  }
  const hours = auth.nsaConsentHoursBeforeService;
  if (hours === undefined || hours === null) {
    // Without the timing the waiver cannot be shown valid; the protection stays (the provider must prove it).
    markUnknown(ctx, 'authorizations.nsaConsentHoursBeforeService');
    return record(
      ctx,
      'nsa.facility-consent-timing-unknown',
      true,
      consentFacts,
      'nsa.consent-timing-unknown',
      {},
      'nsaConsent',
    );
  }
  if (hours >= 72) {
    return record(
      ctx,
      'nsa.facility-consent-valid',
      false,
      consentFacts,
      'nsa.consent-valid',
      { hours },
      'nsaConsent',
    );
  }
  return record(
    ctx,
    'nsa.facility-consent-too-late',
    true,
    consentFacts,
    'nsa.consent-too-late',
    { hours },
    'nsaConsent',
  );
}
