/**
 * The content script checks the background's answers without zod (entrypoints/portal.content/messages.ts); the
 * verdicts must equal the schemas' in lib/model/page-messages.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  LIMITS,
  parseAssessmentMessage,
  parseReadRequest,
  parseSnapshotResponse,
} from '@/entrypoints/portal.content/messages';
import { sameValue } from '@/entrypoints/portal.content/reader';
import {
  MESSAGE_LIMITS,
  PageAssessmentMessageSchema,
  PageReadAllMessageSchema,
  PageReadAnywayMessageSchema,
  PageSnapshotResponseSchema,
} from '@/lib/model/page-messages';

const badge = {
  claimId: 'C-1',
  index: 0,
  badge: { tone: 'ok', text: 'Check bill', ariaLabel: 'Check the bill' },
};

const RESPONSES: unknown[] = [
  { ok: true, claims: [badge] },
  { ok: true, claims: [], hint: 'Open the popup', notice: 'This page changed' },
  { ok: false, claims: [], error: 'refused' },
  { ok: true, claims: [{ ...badge, index: -1 }] },
  { ok: true, claims: [{ ...badge, index: 1.5 }] },
  { ok: true, claims: [{ ...badge, claimId: '' }] },
  { ok: true, claims: [{ ...badge, claimId: 'x'.repeat(501) }] },
  { ok: true, claims: [{ ...badge, badge: { ...badge.badge, tone: 'Bad Tone' } }] },
  { ok: true, claims: [{ ...badge, badge: { ...badge.badge, tone: '' } }] },
  { ok: true, claims: [{ ...badge, badge: { ...badge.badge, text: 'x'.repeat(201) } }] },
  { ok: true, claims: [{ ...badge, badge: { ...badge.badge, ariaLabel: 'x'.repeat(401) } }] },
  { ok: true, claims: [{ ...badge, badge: { tone: 'ok', text: 'a' } }] },
  { ok: true, claims: [], hint: 'x'.repeat(1001) },
  { ok: true, claims: [], notice: 5 },
  { ok: 'yes', claims: [] },
  { ok: true },
  { ok: true, claims: 'not a list' },
  null,
  'ok',
  [],
];

const ASSESSMENTS: unknown[] = [
  { type: 'page:assessment', claims: [badge] },
  { type: 'page:assessment', claims: [], hint: 'Open the popup' },
  { type: 'page:assessment', claims: 'not a list' },
  { type: 'page:assessment', claims: [{ ...badge, index: 'one' }] },
  { type: 'page:snapshot', claims: [] },
  { type: 'page:assessment', claims: [], hint: 3 },
  { claims: [] },
  undefined,
];

const READ_ANYWAY: unknown[] = [
  { type: 'page:read-anyway' },
  { type: 'page:read-anyway', extra: 'ignored, as zod objects do' },
  { type: 'page:assessment' },
  { type: 'page:read-anyway ' },
  'page:read-anyway',
  null,
  [],
];

describe('content-script message checks', () => {
  it('use the same limits as the schemas', () => {
    expect(LIMITS.badgeText).toBe(MESSAGE_LIMITS.badgeText);
    expect(LIMITS.notice).toBe(MESSAGE_LIMITS.notice);
  });

  it.each(RESPONSES.map((r, i) => [i, r]))(
    'page:snapshot answer %i: same verdict as the schema',
    (_i, raw) => {
      const schema = PageSnapshotResponseSchema.safeParse(raw);
      const ours = parseSnapshotResponse(raw);
      expect(ours !== null).toBe(schema.success);
      if (schema.success) expect(ours).toEqual(schema.data);
    },
  );

  it.each(ASSESSMENTS.map((r, i) => [i, r]))('page:assessment %i: same verdict as the schema', (_i, raw) => {
    const schema = PageAssessmentMessageSchema.safeParse(raw);
    const ours = parseAssessmentMessage(raw);
    expect(ours !== null).toBe(schema.success);
    if (schema.success) expect(ours).toEqual(schema.data);
  });

  it.each(READ_ANYWAY.map((r, i) => [i, r]))('page:read-anyway %i: same verdict as the schema', (_i, raw) => {
    const schema = PageReadAnywayMessageSchema.safeParse(raw);
    const ours = parseReadRequest(raw);
    expect(ours?.type === 'page:read-anyway').toBe(schema.success);
    if (schema.success) expect(ours).toEqual(schema.data);
  });

  const READ_ALL: unknown[] = [
    { type: 'page:read-all' },
    { type: 'page:read-all', extra: 'ignored, as zod objects do' },
    { type: 'page:read-anyway' },
    { type: 'page:read-all ' },
    'page:read-all',
    null,
    {},
  ];
  it.each(READ_ALL.map((r, i) => [i, r]))('page:read-all %i: same verdict as the schema', (_i, raw) => {
    const schema = PageReadAllMessageSchema.safeParse(raw);
    const ours = parseReadRequest(raw);
    expect(ours?.type === 'page:read-all').toBe(schema.success);
    if (schema.success) expect(ours).toEqual(schema.data);
  });
});

describe('sameValue (change detection without serialising)', () => {
  it('compares JSON-like values structurally', () => {
    expect(sameValue({ a: [1, { b: null }], c: 'x' }, { c: 'x', a: [1, { b: null }] })).toBe(true);
    expect(sameValue({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue([1], { 0: 1 })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue('1', 1)).toBe(false);
  });
});
