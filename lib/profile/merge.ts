/**
 * Merging page snapshots into a member profile (DESIGN.md "lib/profile/").
 *
 * Precedence, per fact path:
 * 1. a user override (origin 'user') always wins over page facts; the page value seen meanwhile is kept in
 *    `pageFacts` so clearing the override brings it back;
 * 2. among page facts the newer observation wins (by `observedAt`, so a late-delivered older snapshot cannot
 *    overwrite a newer one);
 * 3. a value the page does not show (`null` in the snapshot) is never a fact: it neither creates nor erases one.
 *
 * Only plan-level and planned-visit facts are remembered (they price claims seen on other pages later). Claims
 * themselves are not stored: they are re-read from the page each time (lib/profile/to-case.ts).
 */
import type { PageSnapshot } from '../model/snapshot';
import {
  PROFILE_SCHEMA_VERSION,
  type Fact,
  type FactValue,
  type MemberProfile,
  type MemberProfiles,
} from '../model/profile';
import { validateFactValue } from './fields';

/** Where a snapshot value lands in the profile: profile fact path ← snapshot field path. */
interface SnapshotFactMapping {
  path: string;
  snapshotPath: string;
  read(snapshot: PageSnapshot): FactValue | undefined;
}

type TierName = 'inNetwork' | 'outOfNetwork';

function tierMappings(tier: TierName, prefix: string): SnapshotFactMapping[] {
  const base = `plan.${tier}`;
  const tierOf = (s: PageSnapshot) => (tier === 'inNetwork' ? s.plan.inNetwork : s.plan.outOfNetwork);
  const pairs: Array<[string, string, (s: PageSnapshot) => number | null | undefined]> = [
    ['deductible.individual', 'deductible.individual.amount', (s) => tierOf(s)?.deductible.individual.amount],
    ['deductible.individualMet', 'deductible.individual.met', (s) => tierOf(s)?.deductible.individual.met],
    ['deductible.family', 'deductible.family.amount', (s) => tierOf(s)?.deductible.family.amount],
    ['deductible.familyMet', 'deductible.family.met', (s) => tierOf(s)?.deductible.family.met],
    ['oopMax.individual', 'outOfPocket.individual.amount', (s) => tierOf(s)?.outOfPocket.individual.amount],
    ['oopMax.individualMet', 'outOfPocket.individual.met', (s) => tierOf(s)?.outOfPocket.individual.met],
    ['oopMax.family', 'outOfPocket.family.amount', (s) => tierOf(s)?.outOfPocket.family.amount],
    ['oopMax.familyMet', 'outOfPocket.family.met', (s) => tierOf(s)?.outOfPocket.family.met],
    ['coinsurance', 'coinsurance', (s) => tierOf(s)?.coinsurance],
    // The copay that matters for a second opinion is the specialist visit copay.
    ['copay', 'copays.specialist', (s) => tierOf(s)?.copays.specialist],
  ];
  return pairs.map(([suffix, snapshotSuffix, read]) => ({
    path: `${prefix}.${suffix}`,
    snapshotPath: `${base}.${snapshotSuffix}`,
    read,
  }));
}

/**
 * Snapshot → profile facts. In-network tier figures use the Case paths (`plan.deductible.individual`); the
 * out-of-network tier is kept under `plan.outOfNetwork.*` and becomes the Case's figures when a claim or visit is
 * out of network (lib/profile/to-case.ts).
 */
export const SNAPSHOT_FACT_MAPPINGS: readonly SnapshotFactMapping[] = [
  { path: 'plan.type', snapshotPath: 'plan.type', read: (s) => s.plan.type },
  { path: 'provider.networkStatus', snapshotPath: 'plan.network', read: (s) => s.plan.network },
  ...tierMappings('inNetwork', 'plan'),
  ...tierMappings('outOfNetwork', 'plan.outOfNetwork'),
];

// ---------------------------------------------------------------------------------------------------------------
// Keys

function normaliseId(id: string): string {
  // Portals print the same id as `W123 456`, `w123-456`, `W123456`.
  return id.replace(/[^0-9a-z*]/gi, '').toUpperCase();
}

function normalisePlanName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase() || 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Stable key per member + plan: `member:<ID>|plan:<plan name>`, `member:<ID>` when the page shows no plan name, and
 * `page:<host>` when the page shows no member id (facts are then remembered per site).
 */
export function profileKeyFor(snapshot: PageSnapshot): string {
  const id = snapshot.member.id ? normaliseId(snapshot.member.id) : '';
  if (!id) return `page:${hostOf(snapshot.url)}`;
  const plan = snapshot.plan.name ? normalisePlanName(snapshot.plan.name) : '';
  return plan ? `member:${id}|plan:${plan}` : `member:${id}`;
}

function hostsOf(profile: MemberProfile): Set<string> {
  const hosts = new Set<string>();
  for (const fact of [...Object.values(profile.facts), ...Object.values(profile.pageFacts)]) {
    if (fact.source) hosts.add(hostOf(fact.source.url));
  }
  return hosts;
}

function newest(profiles: MemberProfile[]): MemberProfile | null {
  return profiles.reduce<MemberProfile | null>(
    (best, p) => (!best || p.updatedAt > best.updatedAt ? p : best),
    null,
  );
}

/** Key of the profile the user fills in (Options) before any page was read: "my plan", of no member yet. */
export const MANUAL_PROFILE_KEY = 'manual:my-plan';

/**
 * The stored profile a snapshot belongs to, or null (start a new one under `profileKeyFor(snapshot)`):
 * 1. the exact key;
 * 2. page shows the member id but no plan name (a claims page): the member's most recently updated profile;
 *    page shows id and plan name: the member's profile with that plan name, or one created without a plan name
 *    (its key stays `member:<ID>` after it learns the name);
 * 3. page shows no member id: `page:<host>`, else the profile read on the same host when only ONE member was seen
 *    there (never guess between family members);
 * 4. none of these: the profile filled in by hand before any page was read (MANUAL_PROFILE_KEY), while it belongs
 *    to no member. The page adopts it — its figures are the user's own, and `mergeSnapshot` gives it the page's
 *    member id, after which rule 2 finds it for that member only.
 */
export function findProfileFor(profiles: MemberProfiles, snapshot: PageSnapshot): MemberProfile | null {
  const found = matchingProfile(profiles, snapshot);
  if (found) return found;
  const manual = profiles[MANUAL_PROFILE_KEY];
  return manual && manual.member.id === null ? manual : null;
}

function matchingProfile(profiles: MemberProfiles, snapshot: PageSnapshot): MemberProfile | null {
  const key = profileKeyFor(snapshot);
  const exact = profiles[key];
  if (exact) return exact;
  const all = Object.values(profiles);
  if (snapshot.member.id) {
    const id = normaliseId(snapshot.member.id);
    const sameMember = all.filter((p) => p.member.id !== null && normaliseId(p.member.id) === id);
    if (!snapshot.plan.name) return newest(sameMember);
    // A profile started on a page without the plan name keeps its key after it learns the name.
    const plan = normalisePlanName(snapshot.plan.name);
    return newest(sameMember.filter((p) => p.planName === null || normalisePlanName(p.planName) === plan));
  }
  const host = hostOf(snapshot.url);
  const onHost = all.filter((p) => p.member.id !== null && hostsOf(p).has(host));
  const members = new Set(onHost.map((p) => normaliseId(p.member.id ?? '')));
  return members.size === 1 ? newest(onHost) : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Merge

export function emptyProfile(key: string, now: Date): MemberProfile {
  return {
    key,
    member: { name: null, id: null },
    planName: null,
    facts: {},
    pageFacts: {},
    updatedAt: now.toISOString(),
    schemaVersion: PROFILE_SCHEMA_VERSION,
  };
}

/** Whether `candidate` was observed at or after `existing` (ISO strings with offsets compare via Date). */
function isNewerOrSame(candidate: Fact, existing: Fact | undefined): boolean {
  if (!existing) return true;
  return Date.parse(candidate.observedAt) >= Date.parse(existing.observedAt);
}

/** The page facts a snapshot states (values the page shows), with provenance from `snapshot.sources`. */
export function factsFromSnapshot(snapshot: PageSnapshot, now: Date): Fact[] {
  const observedAt = now.toISOString();
  const facts: Fact[] = [];
  for (const mapping of SNAPSHOT_FACT_MAPPINGS) {
    const value = mapping.read(snapshot);
    if (value === null || value === undefined) continue;
    if (typeof value === 'number' && !Number.isFinite(value)) continue;
    if (snapshot.implausible?.includes(mapping.snapshotPath)) continue;
    const source = snapshot.sources[mapping.snapshotPath];
    facts.push({
      path: mapping.path,
      value,
      origin: 'page',
      observedAt,
      source: source ? { label: source.label, text: source.text, url: snapshot.url } : null,
    });
  }
  return facts;
}

/** Returns a new profile; the input is not modified. */
export function mergeSnapshot(
  profile: MemberProfile | null,
  snapshot: PageSnapshot,
  now: Date,
): MemberProfile {
  const base = profile ?? emptyProfile(profileKeyFor(snapshot), now);
  const facts = { ...base.facts };
  const pageFacts = { ...base.pageFacts };
  for (const fact of factsFromSnapshot(snapshot, now)) {
    const current = facts[fact.path];
    if (current?.origin === 'user') {
      // The override stays in force; remember what the page says now for when it is cleared.
      if (isNewerOrSame(fact, pageFacts[fact.path])) pageFacts[fact.path] = fact;
    } else if (isNewerOrSame(fact, current)) {
      facts[fact.path] = fact;
    }
  }
  const updatedAt = Date.parse(base.updatedAt) > now.getTime() ? base.updatedAt : now.toISOString();
  return {
    ...base,
    member: {
      name: snapshot.member.name ?? base.member.name,
      id: snapshot.member.id ?? base.member.id,
    },
    planName: snapshot.plan.name ?? base.planName,
    facts,
    pageFacts,
    updatedAt,
  };
}

/** Raised by `applyOverride` for a value that does not fit the field (the message names the field). */
export class FactValueError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'FactValueError';
  }
}

/**
 * Sets (value) or clears (null) the user's override of one fact. Clearing restores the newest page fact for that
 * path, if one was seen. Throws `FactValueError` when the value does not fit the field (see CASE_FACT_FIELDS).
 */
export function applyOverride(
  profile: MemberProfile,
  path: string,
  value: Exclude<FactValue, null> | null,
  now: Date,
): MemberProfile {
  const facts = { ...profile.facts };
  const pageFacts = { ...profile.pageFacts };
  if (value === null) {
    const current = facts[path];
    if (current?.origin === 'user') {
      delete facts[path];
      const restored = pageFacts[path];
      if (restored) facts[path] = restored;
      delete pageFacts[path];
    }
  } else {
    const problem = validateFactValue(path, value);
    if (problem) throw new FactValueError(path, problem);
    const current = facts[path];
    if (current?.origin === 'page' && isNewerOrSame(current, pageFacts[path])) pageFacts[path] = current;
    facts[path] = { path, value, origin: 'user', observedAt: now.toISOString(), source: null };
  }
  return { ...profile, facts, pageFacts, updatedAt: now.toISOString() };
}

/** The effective value of a fact (undefined when unknown). */
export function factValue(profile: MemberProfile | null, path: string): FactValue | undefined {
  return profile?.facts[path]?.value;
}
