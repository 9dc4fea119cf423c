/**
 * Claims view (clinic staff): every claim on the page with status, amount owed, next step and deadline; sortable;
 * exported as CSV / JSON (the contract's formats, lib/export) and deadlines as a local .ics file. Loaded on first use.
 */
import { useState } from 'preact/hooks';
import { ClaimsTable, type ClaimRow, type ExportFormat } from '@/components/ClaimsTable';
import type { BadgeTone } from '@/components/Badge';
import { Notice } from '@/components/Notice';
import { downloadText } from '@/components/download';
import { useLocale, useT } from '@/components/i18n';
import { INFORMATIONAL_STEPS } from '@/lib/model/assessment';
import type { ClaimEvaluation, PopupState } from '@/lib/model/messages';
import type { Locale } from '@/lib/i18n/core';
import { claimBadge, type BadgeTone as PresentTone } from '@/lib/present/badge';
import { formatDate, formatMoney } from '@/lib/present/format';
import { deadlinesToIcs, type IcsDeadline } from '@/lib/export/ics';
import { claimsToCsv, claimsToJson } from '@/lib/export/claims';
import { appealLevelText, daysLeftText, nextStepText } from './view-model';

export interface ClaimsViewProps {
  state: PopupState;
  onSelect: (subjectKey: string) => void;
}

const TONES: Record<PresentTone, BadgeTone> = { action: 'alert', warn: 'warn', ok: 'ok', unknown: 'neutral' };

function nextStepOf(evaluation: ClaimEvaluation): string | null {
  const steps = evaluation.assessment?.appeal.nextSteps ?? [];
  return steps.find((code) => !INFORMATIONAL_STEPS.has(code)) ?? steps[0] ?? null;
}

/** What the patient owes for a claim: the engine's figure when it priced the claim, else the page's. */
function owedOf(evaluation: ClaimEvaluation): number | null {
  return evaluation.assessment?.outOfPocket?.total ?? evaluation.claim.patientOwes;
}

export function claimRows(state: PopupState, locale: Locale, t: ReturnType<typeof useT>): ClaimRow[] {
  return state.claims.map((evaluation) => {
    const { claim, assessment } = evaluation;
    const badge = claimBadge(assessment, claim, locale, state.asOf, evaluation.missing, evaluation.note);
    const owed = owedOf(evaluation);
    const step = nextStepOf(evaluation);
    const deadline = assessment?.appeal.deadline ?? null;
    const daysLeft = assessment?.appeal.daysLeft ?? null;
    return {
      key: `claim:${evaluation.index}`,
      claimId: claim.id,
      dateOfService: claim.dateOfService,
      dateOfServiceDisplay: formatDate(claim.dateOfService, locale),
      provider: claim.provider,
      status: { label: badge.text, tone: TONES[badge.tone] },
      owed,
      owedDisplay: owed === null ? t('ui.claims.unknownAmount') : formatMoney(owed, locale),
      nextStep: step ? nextStepText(step, locale) : t('ui.claims.noStep'),
      deadline,
      deadlineDisplay: deadline ? formatDate(deadline, locale) : t('ui.claims.noDeadline'),
      daysLeft,
      daysLeftDisplay: daysLeft === null ? null : daysLeftText(daysLeft, locale),
    };
  });
}

/** One calendar entry per claim deadline. */
export function claimDeadlines(state: PopupState, locale: Locale, t: ReturnType<typeof useT>): IcsDeadline[] {
  const deadlines: IcsDeadline[] = [];
  for (const evaluation of state.claims) {
    const appeal = evaluation.assessment?.appeal;
    if (!appeal?.deadline) continue;
    const steps = appeal.nextSteps.map((code) => `- ${nextStepText(code, locale)}`).join('\n');
    deadlines.push({
      claimId: evaluation.claim.id,
      kind: appeal.level ?? 'appeal',
      date: appeal.deadline.slice(0, 10),
      summary: t('ui.claims.icsSummary', { id: evaluation.claim.id }),
      description: [appealLevelText(appeal.level, locale), evaluation.claim.provider, steps]
        .filter(Boolean)
        .join('\n'),
    });
  }
  return deadlines;
}

function stamp(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function ClaimsView({ state, onSelect }: ClaimsViewProps) {
  const t = useT();
  const locale = useLocale();
  const [status, setStatus] = useState<{ tone: 'ok' | 'alert'; text: string } | null>(null);

  const onExport = (format: ExportFormat) => {
    const now = new Date();
    try {
      let file: string;
      if (format === 'csv') {
        file = `coverage-lens-claims-${stamp(now)}.csv`;
        downloadText(file, claimsToCsv(state), 'text/csv;charset=utf-8');
      } else if (format === 'json') {
        file = `coverage-lens-claims-${stamp(now)}.json`;
        downloadText(file, claimsToJson(state), 'application/json');
      } else {
        file = `coverage-lens-deadlines-${stamp(now)}.ics`;
        downloadText(
          file,
          deadlinesToIcs(claimDeadlines(state, locale, t), now),
          'text/calendar;charset=utf-8',
        );
      }
      setStatus({ tone: 'ok', text: t('ui.claims.exported', { file }) });
    } catch (error) {
      setStatus({
        tone: 'alert',
        text: t('ui.claims.exportFailed', {
          message: error instanceof Error ? error.message : String(error),
        }),
      });
    }
  };

  return (
    <>
      <ClaimsTable rows={claimRows(state, locale, t)} onExport={onExport} onSelect={onSelect} />
      {status ? (
        <Notice tone={status.tone} testId="export-status">
          {status.text}
        </Notice>
      ) : null}
    </>
  );
}
