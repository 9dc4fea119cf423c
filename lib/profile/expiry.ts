/**
 * Forgetting facts after the retention period the user set (default 30 days, Settings.retentionDays).
 *
 * Decision: the retention applies to ALL remembered health facts, the user's own corrections included. Plan figures
 * go stale (a deductible-met amount from two months ago is wrong), a correction typed in January should not silently
 * price a claim in June, and the setting is a privacy promise ("keep my health data N days"), which an exception
 * for typed-in facts would break. A profile with no fact left is forgotten entirely (member name and id included).
 */
import { subDays } from 'date-fns';
import type { Fact, MemberProfile, MemberProfiles } from '../model/profile';

function keepRecent(facts: Record<string, Fact>, cutoff: number): Record<string, Fact> {
  const kept: Record<string, Fact> = {};
  for (const [path, fact] of Object.entries(facts)) {
    const observed = Date.parse(fact.observedAt);
    // An unreadable timestamp cannot prove the fact is recent: drop it.
    if (Number.isFinite(observed) && observed >= cutoff) kept[path] = fact;
  }
  return kept;
}

/**
 * Drops facts observed more than `retentionDays` days before `now`. Returns null when nothing is left (the caller
 * deletes the profile). Returns the same object when nothing expired (cheap change detection for storage writes).
 */
export function expireFacts(profile: MemberProfile, now: Date, retentionDays: number): MemberProfile | null {
  const days = Number.isFinite(retentionDays) && retentionDays >= 1 ? Math.floor(retentionDays) : 1;
  const cutoff = subDays(now, days).getTime();
  const facts = keepRecent(profile.facts, cutoff);
  const pageFacts = keepRecent(profile.pageFacts, cutoff);
  // A user override that expired but whose page value is still recent: the page value becomes effective again.
  for (const [path, fact] of Object.entries(pageFacts)) {
    if (!facts[path]) {
      facts[path] = fact;
      delete pageFacts[path];
    }
  }
  if (Object.keys(facts).length === 0) return null;
  const unchanged =
    Object.keys(facts).length === Object.keys(profile.facts).length &&
    Object.keys(pageFacts).length === Object.keys(profile.pageFacts).length &&
    Object.entries(facts).every(([path, fact]) => profile.facts[path] === fact);
  return unchanged ? profile : { ...profile, facts, pageFacts };
}

/** `expireFacts` over a stored collection; empty profiles are removed. */
export function expireProfiles(profiles: MemberProfiles, now: Date, retentionDays: number): MemberProfiles {
  const kept: MemberProfiles = {};
  for (const [key, profile] of Object.entries(profiles)) {
    const expired = expireFacts(profile, now, retentionDays);
    if (expired) kept[key] = expired;
  }
  return kept;
}
