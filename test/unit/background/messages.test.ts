import { describe, expect, it } from 'vitest';
import {
  FactPathSchema,
  MessageSchema,
  MESSAGE_LIMITS,
  PageSnapshotResponseSchema,
  RESPONSE_SCHEMAS,
  parseMessage,
} from '@/lib/model/messages';
import { emptyClaim } from '@/lib/model/snapshot';
import { parseResponse } from '@/entrypoints/shared/messaging';
import { popupState } from '../components/fixtures';
import { claimsSnapshot } from './fixtures';

describe('message schemas', () => {
  it('accepts each well-formed message', () => {
    const valid = [
      { type: 'page:snapshot', snapshot: claimsSnapshot() },
      {
        type: 'page:snapshot',
        snapshot: claimsSnapshot(),
        frameId: 3,
        canary: { adapterId: 'a', missing: ['#x'] },
      },
      { type: 'popup:get-state', tabId: 4 },
      { type: 'facts:override', tabId: 4, path: 'plan.kind', value: 'employer-erisa' },
      { type: 'facts:override', tabId: 4, path: 'claims[AC_20_1].service.kind', value: null },
      { type: 'facts:override', tabId: 4, path: 'plan.deductible.individual', value: 1500 },
      { type: 'profile:get' },
      { type: 'profile:import', json: '{}' },
      { type: 'profile:export' },
      { type: 'settings:get' },
      { type: 'data:wipe' },
      { type: 'tab:read-page', tabId: 1 },
    ];
    for (const message of valid)
      expect(parseMessage(message), JSON.stringify(message).slice(0, 80)).not.toBeNull();
  });

  it('rejects wrong shapes', () => {
    const invalid: unknown[] = [
      null,
      undefined,
      42,
      'page:snapshot',
      [],
      {},
      { type: 'unknown:type' },
      { type: 'popup:get-state' },
      { type: 'popup:get-state', tabId: -1 },
      { type: 'popup:get-state', tabId: 1.5 },
      { type: 'popup:get-state', tabId: '1' },
      { type: 'page:snapshot', snapshot: { url: 'x' } },
      { type: 'facts:override', tabId: 1, path: '__proto__.polluted', value: 1 },
      { type: 'facts:override', tabId: 1, path: 'plan.constructor', value: 1 },
      { type: 'facts:override', tabId: 1, path: 'plan kind', value: 1 },
      { type: 'facts:override', tabId: 1, path: 'plan.kind', value: { nested: true } },
      { type: 'facts:override', tabId: 1, path: 'plan.kind', value: Number.NaN },
      { type: 'facts:override', tabId: 1, path: 'x'.repeat(MESSAGE_LIMITS.path + 1), value: 1 },
      { type: 'profile:import', json: 'x'.repeat(MESSAGE_LIMITS.importJson + 1) },
      { type: 'settings:save', settings: { locale: 'fr' } },
      { type: 'page:assessment', claims: [] }, // background → page only
    ];
    for (const message of invalid)
      expect(parseMessage(message), JSON.stringify(message)?.slice(0, 80)).toBeNull();
  });

  it('bounds the number of claims in a snapshot', () => {
    const snapshot = claimsSnapshot([]);
    snapshot.claims = Array.from({ length: MESSAGE_LIMITS.claimsPerSnapshot + 1 }, (_, i) =>
      emptyClaim(`C${i}`),
    );
    expect(MessageSchema.safeParse({ type: 'page:snapshot', snapshot }).success).toBe(false);
  });

  it('fact paths refuse prototype keys anywhere', () => {
    expect(FactPathSchema.safeParse('claims[__proto__].service.kind').success).toBe(false);
    expect(FactPathSchema.safeParse('plan.prototype').success).toBe(false);
    expect(FactPathSchema.safeParse('plan.deductible.familyMet').success).toBe(true);
  });

  it('has a response schema for every message type', () => {
    const types = MessageSchema.def.options.map((option) => String(option.def.shape.type.def.values[0]));
    expect(Object.keys(RESPONSE_SCHEMAS).sort()).toEqual([...types].sort());
  });

  it('page responses carry only badges (no case, assessment or profile)', () => {
    const response = PageSnapshotResponseSchema.parse({
      ok: true,
      claims: [
        { claimId: 'A', index: 0, badge: { tone: 'ok', text: 't', ariaLabel: 'a' }, assessment: { x: 1 } },
      ],
      profile: { secret: true },
    });
    expect(Object.keys(response)).toEqual(['ok', 'claims']);
    expect(Object.keys(response.claims[0]!)).toEqual(['claimId', 'index', 'badge']);
  });

  it('the popup state’s snapshot and claims are checked (zod-free mirror), with the path of the problem', () => {
    const good = popupState();
    expect(parseResponse('popup:get-state', JSON.parse(JSON.stringify(good))).claims).toHaveLength(2);

    const badSnapshot = JSON.parse(JSON.stringify(good)) as unknown as {
      snapshot: { claims: Array<{ billed: unknown }> };
    };
    badSnapshot.snapshot.claims[1]!.billed = 'a lot';
    expect(() => parseResponse('popup:get-state', badSnapshot)).toThrow(
      'Malformed answer to popup:get-state (snapshot: invalid snapshot (claims.1.billed))',
    );

    const badClaim = JSON.parse(JSON.stringify(good)) as unknown as {
      claims: Array<{ claim: { carcCodes: unknown } }>;
    };
    badClaim.claims[0]!.claim.carcCodes = ['not a code'];
    expect(() => parseResponse('popup:get-state', badClaim)).toThrow(
      /claims\.0\.claim: invalid claim \(claim\.carcCodes/,
    );

    const noSources = JSON.parse(JSON.stringify(good)) as unknown as { snapshot: { sources?: unknown } };
    delete noSources.snapshot.sources;
    expect(() => parseResponse('popup:get-state', noSources)).toThrow(/invalid snapshot/);
  });
});
