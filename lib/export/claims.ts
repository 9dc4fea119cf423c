/**
 * The claims view's exports: CSV for spreadsheets and JSON in the contract's `inspect` format
 * (`{ snapshot, assessments: [{ claimId, assessment }] }`, shared/contract/README.md §2; `claimId` null = the page).
 *
 * Both accept the popup's state (or anything with the same fields), so what is exported is exactly what the popup
 * shows. CSV columns are stable machine names (clinic staff script against them), values are plain numbers, ISO
 * dates and codes; nothing is translated.
 */
import type { Assessment } from '../model/assessment';
import type { Claim, PageSnapshot } from '../model/snapshot';
import { toCsv, type CsvCell } from './csv';

/** The fields of one evaluated claim the exports read (PopupState['claims'][number] fits). */
export interface ExportClaim {
  claimId: string;
  index: number;
  claim: Claim;
  assessment: Assessment | null;
  missing: readonly string[];
  note?: string | null;
}

export interface ExportInput {
  snapshot: PageSnapshot | null;
  page?: { assessment: Assessment | null } | null;
  claims: readonly ExportClaim[];
  authorizations?: ReadonlyArray<{
    referenceNumber: string | null;
    index: number;
    assessment: Assessment | null;
  }>;
}

export const CLAIM_CSV_COLUMNS = [
  'claimId',
  'type',
  'dateOfService',
  'provider',
  'network',
  'status',
  'statusNormalized',
  'billed',
  'allowed',
  'planPaid',
  'patientOwes',
  'planEstimate',
  'owesMatchesPlan',
  'appealStatus',
  'appealLevel',
  'deadline',
  'daysLeft',
  'appealByOnPage',
  'nextSteps',
  'missing',
  'note',
] as const;

export type ClaimCsvColumn = (typeof CLAIM_CSV_COLUMNS)[number];
export type ClaimCsvRow = Record<ClaimCsvColumn, CsvCell>;

const cents = (dollars: number) => Math.round(dollars * 100);

/** One row per claim, in page order. */
export function claimCsvRows(input: ExportInput): ClaimCsvRow[] {
  return input.claims.map(({ claim, assessment, missing, note }) => {
    const estimate = assessment?.outOfPocket?.total ?? null;
    const comparable =
      estimate !== null &&
      claim.patientOwes !== null &&
      !missing.some((p) => p.endsWith('claim.adjustments'));
    return {
      claimId: claim.id,
      type: claim.type,
      dateOfService: claim.dateOfService,
      provider: claim.provider,
      network: claim.network,
      status: claim.status,
      statusNormalized: claim.statusNormalized,
      billed: claim.billed,
      allowed: claim.allowed,
      planPaid: claim.planPaid,
      patientOwes: claim.patientOwes,
      planEstimate: estimate,
      owesMatchesPlan: comparable ? cents(estimate) === cents(claim.patientOwes ?? 0) : null,
      appealStatus: assessment?.appeal.status ?? null,
      appealLevel: assessment?.appeal.level ?? null,
      deadline: assessment?.appeal.deadline ?? null,
      daysLeft: assessment?.appeal.daysLeft ?? null,
      appealByOnPage: claim.appealBy,
      nextSteps: (assessment?.appeal.nextSteps ?? []).join(' '),
      missing: missing.join(' '),
      note: note ?? null,
    };
  });
}

/** CSV (RFC 4180, CRLF, formula-safe) of the claims: a header of CLAIM_CSV_COLUMNS, one row per claim. */
export function claimsToCsv(input: ExportInput | readonly ClaimCsvRow[]): string {
  const rows = Array.isArray(input) ? (input as readonly ClaimCsvRow[]) : claimCsvRows(input as ExportInput);
  return toCsv(
    CLAIM_CSV_COLUMNS,
    rows.map((row) => CLAIM_CSV_COLUMNS.map((column) => row[column])),
  );
}

export interface ContractAssessment {
  claimId: string | null;
  assessment: Assessment;
}

export interface ContractExport {
  snapshot: PageSnapshot | null;
  assessments: ContractAssessment[];
  /** Extra (allowed by the contract): claims that could not be evaluated, and why. */
  unevaluated: Array<{ claimId: string; missing: string[]; note: string | null }>;
  /** Extra: prior authorizations on the page and their answers. */
  authorizations: Array<{ referenceNumber: string | null; assessment: Assessment }>;
}

/** The contract's `{ snapshot, assessments }`: the page's answer first (claimId null), then each claim's. */
export function toContractExport(input: ExportInput): ContractExport {
  const assessments: ContractAssessment[] = [];
  if (input.page?.assessment) assessments.push({ claimId: null, assessment: input.page.assessment });
  const unevaluated: ContractExport['unevaluated'] = [];
  for (const item of input.claims) {
    if (item.assessment) assessments.push({ claimId: item.claimId, assessment: item.assessment });
    else unevaluated.push({ claimId: item.claimId, missing: [...item.missing], note: item.note ?? null });
  }
  const authorizations = (input.authorizations ?? []).flatMap((item) =>
    item.assessment ? [{ referenceNumber: item.referenceNumber, assessment: item.assessment }] : [],
  );
  return { snapshot: input.snapshot, assessments, unevaluated, authorizations };
}

/** Pretty JSON of `toContractExport` (2-space indent, trailing newline). */
export function claimsToJson(input: ExportInput): string {
  return JSON.stringify(toContractExport(input), null, 2) + '\n';
}
