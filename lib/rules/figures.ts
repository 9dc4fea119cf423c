/**
 * Year-dependent figures as dated data (RULES.md 2, 4.3, 4.5). Each value applies to one calendar year,
 * is stored in cents, and names its source and when it was last checked. Asking for a year we have no
 * figure for returns an explicit 'unknown' result: a figure is never silently reused for another year.
 */
import type { FigureUse } from '../model/assessment';
import type { Cents } from './money';

export interface DatedFigure {
  id: FigureId;
  year: number;
  cents: Cents;
  source: string;
  url: string | null;
  /** Month the primary/secondary text was last read (RULES.md research snapshot). */
  lastVerified: string;
}

export type FigureId =
  | 'aca.oopMax.selfOnly'
  | 'aca.oopMax.otherThanSelfOnly'
  | 'medicare.partB.deductible'
  | 'medicare.partB.premium'
  | 'medicare.partA.deductible'
  | 'hdhp.minDeductible.selfOnly'
  | 'hdhp.minDeductible.family'
  | 'hdhp.maxOop.selfOnly'
  | 'hdhp.maxOop.family';

const SNAPSHOT = '2026-11';
const ACA_2025 = 'HHS Notice of Benefit and Payment Parameters 2025 (RULES.md 4.3)';
const ACA_2026 =
  'Marketplace Integrity and Affordability final rule, June 2025 revision, via WTW 8 Jul 2025 (RULES.md 4.3)';
const ACA_2026_URL =
  'www.wtwco.com/en-us/insights/2025/07/cms-releases-revised-2026-out-of-pocket-expense-limits';
const PART_B =
  'CMS Medicare Parts A & B Premiums and Deductibles fact sheet, via totalbenefits.net (RULES.md 4.5)';
const PART_B_URL = 'totalbenefits.net/2026-medicare-parts-a-b-premiums-and-deductibles';
const IRS =
  'IRS Rev. Proc. 2025-19 (2026) and 2024 inflation figures (2025), via WTW and BCBS MT (RULES.md 2)';
const IRS_URL = 'www.wtwco.com/en-us/insights/2025/05/irs-announces-2026-hsa-hdhp-and-eb-hra-dollar-limits';

function fig(id: FigureId, year: number, dollars: number, source: string, url: string | null): DatedFigure {
  return Object.freeze({ id, year, cents: Math.round(dollars * 100), source, url, lastVerified: SNAPSHOT });
}

/**
 * The table. 2026 ACA uses the revised $10,600/$21,200 (the superseded $10,150/$20,300 of Nov 2024 is
 * deliberately absent, RULES.md 8.4). Medicare Advantage MOOP figures are unverified and not listed.
 */
export const FIGURES: readonly DatedFigure[] = Object.freeze([
  fig('aca.oopMax.selfOnly', 2025, 9200, ACA_2025, null),
  fig('aca.oopMax.otherThanSelfOnly', 2025, 18400, ACA_2025, null),
  fig('aca.oopMax.selfOnly', 2026, 10600, ACA_2026, ACA_2026_URL),
  fig('aca.oopMax.otherThanSelfOnly', 2026, 21200, ACA_2026, ACA_2026_URL),
  fig('medicare.partB.deductible', 2025, 257, PART_B, PART_B_URL),
  fig('medicare.partB.deductible', 2026, 283, PART_B, PART_B_URL),
  fig('medicare.partB.premium', 2025, 185, PART_B, PART_B_URL),
  fig('medicare.partB.premium', 2026, 202.9, PART_B, PART_B_URL),
  fig('medicare.partA.deductible', 2025, 1676, PART_B, PART_B_URL),
  fig('medicare.partA.deductible', 2026, 1736, PART_B, PART_B_URL),
  fig('hdhp.minDeductible.selfOnly', 2025, 1650, IRS, IRS_URL),
  fig('hdhp.minDeductible.family', 2025, 3300, IRS, IRS_URL),
  fig('hdhp.maxOop.selfOnly', 2025, 8300, IRS, IRS_URL),
  fig('hdhp.maxOop.family', 2025, 16600, IRS, IRS_URL),
  fig('hdhp.minDeductible.selfOnly', 2026, 1700, IRS, IRS_URL),
  fig('hdhp.minDeductible.family', 2026, 3400, IRS, IRS_URL),
  fig('hdhp.maxOop.selfOnly', 2026, 8500, IRS, IRS_URL),
  fig('hdhp.maxOop.family', 2026, 17000, IRS, IRS_URL),
]);

const INDEX = new Map<FigureId, Map<number, FigureLookup>>();
for (const figure of FIGURES) {
  let byYear = INDEX.get(figure.id);
  if (byYear === undefined) INDEX.set(figure.id, (byYear = new Map()));
  byYear.set(figure.year, Object.freeze({ status: 'known', figure }));
}

export type FigureLookup =
  | { status: 'known'; figure: DatedFigure }
  | { status: 'unknown'; id: FigureId; year: number; knownYears: number[] };

/** The figure for exactly this year, or 'unknown' (never the nearest year). */
export function getFigure(id: FigureId, year: number): FigureLookup {
  const known = INDEX.get(id)?.get(year);
  if (known) return known;
  const knownYears = FIGURES.filter((f) => f.id === id).map((f) => f.year);
  return { status: 'unknown', id, year, knownYears };
}

const USES = new Map<DatedFigure, FigureUse>();

/** The lookup as it appears in `Assessment.figures` (known figures share one frozen object). */
export function figureUse(lookup: FigureLookup): FigureUse {
  if (lookup.status === 'known') {
    const f = lookup.figure;
    let use = USES.get(f);
    if (use === undefined) {
      use = Object.freeze({
        id: f.id,
        year: f.year,
        dollars: f.cents / 100,
        status: 'known',
        source: f.source,
        url: f.url,
        lastVerified: f.lastVerified,
      } satisfies FigureUse);
      USES.set(f, use);
    }
    return use;
  }
  return {
    id: lookup.id,
    year: lookup.year,
    dollars: null,
    status: 'unknown',
    source: null,
    url: null,
    lastVerified: null,
  };
}
