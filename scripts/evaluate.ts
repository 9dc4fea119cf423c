/**
 * `npm run evaluate -- <file.json | -> [--pretty] [--no-trace]`
 *
 * Input: one Case, an array of Cases, or `{ "cases": [ { "id", "inputs": Case }, ... ] }`
 * (the shape of ../shared/contract/examples/cases.json). Each case is parsed on its own (zod, once, here
 * at the boundary), so one invalid case does not hide the others.
 *
 * Output (stdout): a JSON array with one entry per input case, in input order. A valid case gives its
 * Assessment (with `id` when the case had one). An invalid case keeps its place as
 * `{ "id"?, "index", "error": { "message", "issues": [{ "path", "message" }] } }`, so positions always
 * line up with the input. Exit 0 when every case evaluated; exit 1 when any case is invalid (or the input
 * cannot be read), with one line per problem on stderr naming the case (id or index) and the field path.
 *
 * --pretty prints a short human summary instead of JSON; --no-trace drops the rule traces from the JSON.
 */
import { readFileSync } from 'node:fs';
import { parseCaseInput, type CaseInputItem } from '../lib/model/case';
import type { Assessment } from '../lib/model/assessment';
import { evaluate } from '../lib/rules/evaluate';
import { NEXT_STEP_TEXT } from '../lib/rules/messages';

interface InvalidEntry {
  id?: string | number;
  index: number;
  error: { message: string; issues: Array<{ path: string; message: string }> };
}

type OutputEntry = Assessment | InvalidEntry;

function usage(): never {
  process.stderr.write('usage: npm run evaluate -- <file.json | -> [--pretty] [--no-trace]\n');
  process.exit(2);
}

function readInput(source: string): string {
  return source === '-' ? readFileSync(0, 'utf8') : readFileSync(source, 'utf8');
}

function caseLabel(item: Pick<CaseInputItem, 'id' | 'index'>): string {
  return item.id === undefined ? `case #${item.index}` : `case ${JSON.stringify(item.id)} (#${item.index})`;
}

function yesNo(value: boolean | 'check-plan' | null): string {
  if (value === null) return 'not evaluated';
  if (value === 'check-plan') return 'check plan';
  return value ? 'yes' : 'no';
}

function money(n: number): string {
  return `$${n.toFixed(2)}`;
}

function pretty(entries: OutputEntry[], items: CaseInputItem[]): string {
  const lines: string[] = [];
  entries.forEach((entry, i) => {
    const item = items[i] as CaseInputItem;
    lines.push(`== ${caseLabel(item)}`);
    if ('error' in entry) {
      lines.push(`   INVALID: ${entry.error.message}`);
      return;
    }
    lines.push(`   referral: ${yesNo(entry.referralNeeded)}   prior auth: ${yesNo(entry.preAuthNeeded)}`);
    if (entry.nsaProtected !== null)
      lines.push(`   No Surprises Act protection: ${entry.nsaProtected ? 'yes' : 'no'}`);
    if (entry.preAuthDecisionDueBy) {
      lines.push(
        `   PA decision due: standard ${entry.preAuthDecisionDueBy.standard ?? 'unknown'}, expedited ${entry.preAuthDecisionDueBy.expedited ?? 'unknown'}`,
      );
    }
    const oop = entry.outOfPocket;
    lines.push(
      oop === null
        ? '   cost: not priced'
        : `   cost: ${money(oop.total)} (deductible ${money(oop.deductible)}, copay ${money(oop.copay)}, coinsurance ${money(oop.coinsurance)}, balance bill ${money(oop.balanceBilling)}, not covered ${money(oop.nonCovered)})`,
    );
    const a = entry.appeal;
    const deadline = a.deadline === null ? '' : `, deadline ${a.deadline} (${a.daysLeft} days left)`;
    lines.push(`   appeal: ${a.status}${a.level ? ` via ${a.level}` : ''}${deadline}`);
    for (const step of a.nextSteps) lines.push(`   - ${NEXT_STEP_TEXT[step].en}`);
    if (entry.unknownFacts.length > 0) lines.push(`   missing facts: ${entry.unknownFacts.join(', ')}`);
  });
  return `${lines.join('\n')}\n`;
}

function main(argv: string[]): number {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const positional = argv.filter((a) => !a.startsWith('--') || a === '-');
  for (const flag of flags) if (flag !== '--pretty' && flag !== '--no-trace') usage();
  if (positional.length !== 1) usage();
  const source = positional[0] as string;

  let raw: unknown;
  try {
    raw = JSON.parse(readInput(source));
  } catch (err) {
    process.stderr.write(
      `evaluate: cannot read JSON from ${source === '-' ? 'stdin' : source}: ${(err as Error).message}\n`,
    );
    return 1;
  }

  const items = parseCaseInput(raw);
  if (!Array.isArray(items)) {
    process.stderr.write(`evaluate: ${items.error}\n`);
    return 1;
  }

  let invalid = 0;
  const entries: OutputEntry[] = items.map((item) => {
    if (item.result.ok) {
      const assessment = evaluate(item.result.value);
      if (flags.has('--no-trace')) assessment.trace = [];
      return assessment;
    }
    invalid++;
    const issues = item.result.issues;
    for (const issue of issues)
      process.stderr.write(`evaluate: ${caseLabel(item)}: ${issue.path}: ${issue.message}\n`);
    return {
      ...(item.id === undefined ? {} : { id: item.id }),
      index: item.index,
      error: { message: issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues },
    } satisfies InvalidEntry;
  });

  process.stdout.write(
    flags.has('--pretty') ? pretty(entries, items) : `${JSON.stringify(entries, null, 2)}\n`,
  );
  if (invalid > 0) process.stderr.write(`evaluate: ${invalid} of ${items.length} case(s) invalid\n`);
  return invalid > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
