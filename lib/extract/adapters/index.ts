/**
 * The adapter registry. Order matters: the first adapter whose `matchesUrl` and `detect` both accept a page wins,
 * so put more specific adapters first. The generic reader handles any page no adapter claims.
 *
 * To add an adapter: create `lib/extract/adapters/<portal>.ts` exporting a `PortalAdapter`, import it here and add it
 * to the list below (this list is the only line adapter files need to touch).
 */
import { acmeMember } from './acme-member';
import { beaconHealth } from './beacon-health';
import { clearinghouseProvider } from './clearinghouse-provider';
import { crestview } from './crestview';
import type { PortalAdapter } from './types';

export const ADAPTERS: PortalAdapter[] = [acmeMember, beaconHealth, crestview, clearinghouseProvider];
