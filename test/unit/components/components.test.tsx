/** The presentation components on their own: each renders what it is given, in English and Spanish. */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AnswerCard } from '@/components/AnswerCard';
import { Badge } from '@/components/Badge';
import { ClaimsTable, PAGE_SIZE, sortClaimRows, type ClaimRow } from '@/components/ClaimsTable';
import { CostBreakdown } from '@/components/CostBreakdown';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { FactsEditor, parseFactInput, type EditableFact } from '@/components/FactsEditor';
import { LetterView, splitBlanks } from '@/components/LetterView';
import { NextSteps } from '@/components/NextSteps';
import { Notice } from '@/components/Notice';
import { LocaleProvider } from '@/components/i18n';
import type { Locale } from '@/lib/i18n/core';
import { loadCatalogs, PAGE_PARTS } from '@/lib/i18n/load';

// Spanish strings are loaded on demand (the pages await them before their first paint); these render synchronously.
beforeAll(() => loadCatalogs('es', PAGE_PARTS));
afterEach(cleanup);

function inLocale(locale: Locale, children: ComponentChildren) {
  return render(<LocaleProvider locale={locale}>{children}</LocaleProvider>);
}

describe('Badge', () => {
  it('shows its label with a screen-reader prefix and a tone', () => {
    render(<Badge tone="warn" label="Referral needed" srPrefix="Referral" testId="b" />);
    const badge = screen.getByTestId('b');
    expect(badge.textContent).toBe('Referral: Referral needed');
    expect(badge.dataset.tone).toBe('warn');
    expect(badge.querySelector('.cl-sr-only')?.textContent).toBe('Referral: ');
  });
});

describe('AnswerCard', () => {
  const props = {
    id: 'referral',
    title: 'Do you need a referral?',
    answer: 'Yes, referral needed',
    tone: 'warn' as const,
    reasons: ['Your plan’s summary says a referral is needed.'],
    sources: [
      {
        name: 'HealthCare.gov, plan types',
        section: '2',
        url: 'www.healthcare.gov/choose-a-plan/plan-types/',
      },
    ],
    origins: [{ path: 'plan.type', label: 'Plan type', text: 'Plan: Acme HMO Silver' }],
  };

  it('renders the answer, the reason, the rule source as a link and where the fact was read', () => {
    inLocale('en', <AnswerCard {...props} />);
    const card = screen.getByTestId('answer-referral');
    expect(within(card).getByRole('heading', { name: 'Do you need a referral?' })).toBeTruthy();
    expect(screen.getByTestId('answer-referral-value').textContent).toBe('Yes, referral needed');
    expect(screen.getByTestId('answer-referral-reason').textContent).toBe(props.reasons[0]);
    const link = within(card).getByRole('link', { name: 'HealthCare.gov, plan types' }) as HTMLAnchorElement;
    expect(link.href).toBe('https://www.healthcare.gov/choose-a-plan/plan-types/');
    expect(card.textContent).toContain('Plan type: read from “Plan: Acme HMO Silver” on this page');
  });

  it('says "you entered this" for a user correction, in Spanish too', () => {
    inLocale('es', <AnswerCard {...props} origins={[{ path: 'plan.type', label: 'Tipo', entered: true }]} />);
    expect(screen.getByTestId('answer-referral').textContent).toContain('Tipo: lo ingresó usted');
    expect(screen.getByText('Por qué, y de dónde sale')).toBeTruthy();
  });
});

describe('CostBreakdown', () => {
  const outOfPocket = {
    deductible: 1300,
    copay: 0,
    coinsurance: 40.5,
    balanceBilling: 190,
    nonCovered: 0,
    total: 1530.5,
  };

  it('lists every part and the total as money', () => {
    inLocale(
      'en',
      <CostBreakdown outOfPocket={outOfPocket} reasons={['Deductible first.']} sources={[]} origins={[]} />,
    );
    const rows = screen.getByTestId('cost-breakdown').querySelectorAll('tr');
    const byField = Object.fromEntries(
      [...rows].map((row) => [row.getAttribute('data-field'), row.querySelector('td')?.textContent]),
    );
    expect(byField).toEqual({
      deductible: '$1,300.00',
      copay: '$0.00',
      coinsurance: '$40.50',
      balanceBilling: '$190.00',
      nonCovered: '$0.00',
      total: '$1,530.50',
    });
    expect(screen.getByTestId('answer-cost-value').textContent).toBe('$1,530.50');
    expect(screen.getByText('Extra bill from an out-of-network provider (balance billing)')).toBeTruthy();
    expect(screen.getByTestId('answer-cost-reason').textContent).toBe('Deductible first.');
  });

  it('says the cost is not estimated when there is no estimate (Spanish)', () => {
    inLocale('es', <CostBreakdown outOfPocket={null} reasons={[]} sources={[]} origins={[]} />);
    expect(screen.getByTestId('answer-cost-value').textContent).toBe('Sin cálculo');
    expect(screen.queryByTestId('cost-breakdown')).toBeNull();
  });
});

describe('FactsEditor', () => {
  const facts: EditableFact[] = [
    { path: 'plan.deductible.individual', label: 'Deductible for you', kind: 'money', value: null },
    { path: 'plan.coinsurance', label: 'Your share', kind: 'percent', value: null },
    {
      path: 'plan.type',
      label: 'Plan type',
      kind: 'enum',
      value: 'HMO',
      display: 'HMO',
      options: [
        { value: 'HMO', label: 'HMO' },
        { value: 'PPO', label: 'PPO' },
      ],
      readFrom: 'Plan: Acme HMO',
    },
    {
      path: 'authorizations.referralOnFile',
      label: 'Referral on file?',
      kind: 'boolean',
      value: true,
      overridden: true,
    },
  ];

  it('shows unknown facts as "Unknown" with a labelled input', () => {
    inLocale('en', <FactsEditor facts={facts} onOverride={() => undefined} />);
    const unknown = screen.getAllByTestId('fact').filter((row) => row.dataset.unknown === 'true');
    expect(unknown.map((row) => row.dataset.path)).toEqual([
      'plan.deductible.individual',
      'plan.coinsurance',
    ]);
    for (const row of unknown) expect(within(row).getByText('Unknown')).toBeTruthy();
    expect(screen.getByLabelText('Deductible for you').tagName).toBe('INPUT');
    expect(screen.getByLabelText('Your share').tagName).toBe('INPUT');
    expect(screen.getByText('read from “Plan: Acme HMO” on this page')).toBeTruthy();
  });

  it('sends the path and the parsed value when an unknown fact is filled in', async () => {
    const onOverride = vi.fn();
    inLocale('en', <FactsEditor facts={facts} onOverride={onOverride} />);
    fireEvent.input(screen.getByLabelText('Deductible for you'), { target: { value: '$1,250.50' } });
    fireEvent.submit(screen.getByLabelText('Deductible for you').closest('form')!);
    fireEvent.input(screen.getByLabelText('Your share'), { target: { value: '20' } });
    fireEvent.submit(screen.getByLabelText('Your share').closest('form')!);
    expect(onOverride.mock.calls).toEqual([
      ['plan.deductible.individual', 1250.5],
      ['plan.coinsurance', 0.2],
    ]);
  });

  it('refuses an invalid amount with a message and sends nothing', () => {
    const onOverride = vi.fn();
    inLocale('en', <FactsEditor facts={facts} onOverride={onOverride} />);
    fireEvent.input(screen.getByLabelText('Deductible for you'), { target: { value: 'a lot' } });
    fireEvent.submit(screen.getByLabelText('Deductible for you').closest('form')!);
    expect(onOverride).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Enter an amount in dollars, for example 1,250.00.');
  });

  it('changes a known enum fact and resets a user correction with null', () => {
    const onOverride = vi.fn();
    inLocale('en', <FactsEditor facts={facts} onOverride={onOverride} />);
    fireEvent.click(screen.getByRole('button', { name: 'Change: Plan type' }));
    fireEvent.change(screen.getByLabelText('Plan type'), { target: { value: 'PPO' } });
    fireEvent.submit(screen.getByLabelText('Plan type').closest('form')!);
    fireEvent.click(screen.getByRole('button', { name: 'Use the page’s value: Referral on file?' }));
    expect(onOverride.mock.calls).toEqual([
      ['plan.type', 'PPO'],
      ['authorizations.referralOnFile', null],
    ]);
  });

  it('offers "None / no limit" for limits that may not exist', () => {
    const onOverride = vi.fn();
    inLocale(
      'en',
      <FactsEditor
        facts={[
          { path: 'plan.oopMax.family', label: 'Family limit', kind: 'money', value: null, allowsNone: true },
        ]}
        onOverride={onOverride}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'None / no limit: Family limit' }));
    expect(onOverride).toHaveBeenCalledWith('plan.oopMax.family', 'none');
  });

  it('parses inputs by kind', () => {
    expect(parseFactInput('money', '1,500')).toBe(1500);
    expect(parseFactInput('money', '-5')).toBeUndefined();
    expect(parseFactInput('money', '12.345')).toBeUndefined();
    expect(parseFactInput('percent', '12.5%')).toBe(0.125);
    expect(parseFactInput('percent', '150')).toBeUndefined();
    expect(parseFactInput('number', '3')).toBe(3);
    expect(parseFactInput('number', '2.5')).toBeUndefined();
    expect(parseFactInput('date', '2026-02-28')).toBe('2026-02-28');
    expect(parseFactInput('date', '2026-02-30')).toBeUndefined();
    expect(parseFactInput('date', '02/03/2026')).toBeUndefined();
    expect(parseFactInput('boolean', 'false')).toBe(false);
    expect(parseFactInput('text', '   ')).toBeUndefined();
  });

  it('renders in Spanish', () => {
    inLocale('es', <FactsEditor facts={facts.slice(0, 1)} onOverride={() => undefined} />);
    expect(screen.getByText('Desconocido')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Guardar' })).toBeTruthy();
  });
});

function row(key: string, deadline: string | null, owed: number | null): ClaimRow {
  return {
    key,
    claimId: key,
    dateOfService: null,
    dateOfServiceDisplay: '',
    provider: null,
    status: { label: 'Denied', tone: 'alert' },
    owed,
    owedDisplay: owed === null ? 'Unknown' : `$${owed}`,
    nextStep: 'Appeal',
    deadline,
    deadlineDisplay: deadline ?? 'None',
    daysLeft: null,
    daysLeftDisplay: null,
  };
}

describe('ClaimsTable', () => {
  const rows = [
    row('A', '2026-05-30', 10),
    row('B', null, 300),
    row('C', '2026-03-01', null),
    row('D', '2026-04-15', 45),
  ];
  const order = () => screen.getAllByTestId('claim-row').map((element) => element.dataset.claimId);

  it('sorts by deadline, soonest first, rows without a deadline last; a second click reverses', () => {
    inLocale('en', <ClaimsTable rows={rows} onExport={() => undefined} />);
    expect(order()).toEqual(['C', 'D', 'A', 'B']);
    const header = screen.getByTestId('sort-deadline');
    expect(header.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(header);
    expect(order()).toEqual(['A', 'D', 'C', 'B']);
    expect(header.closest('th')?.getAttribute('aria-sort')).toBe('descending');
  });

  it('sorts by amount owed', () => {
    inLocale('en', <ClaimsTable rows={rows} onExport={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Sort by You owe' }));
    expect(order()).toEqual(['A', 'D', 'B', 'C']);
    expect(sortClaimRows(rows, 'owed', 'descending').map((r) => r.key)).toEqual(['B', 'D', 'A', 'C']);
  });

  it('asks for CSV, JSON and calendar exports', () => {
    const onExport = vi.fn();
    inLocale('en', <ClaimsTable rows={rows} onExport={onExport} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    fireEvent.click(screen.getByRole('button', { name: 'Deadlines to calendar (.ics)' }));
    expect(onExport.mock.calls).toEqual([['csv'], ['json'], ['ics']]);
  });

  it('shows a long list a page at a time, in the chosen order, and the rest on request', () => {
    // 250 claims; deadlines count down so that the sorted order is the reverse of page order.
    const many = Array.from({ length: 250 }, (_, i) =>
      row(
        `K${i}`,
        `2027-${String(12 - Math.floor(i / 28)).padStart(2, '0')}-${String(28 - (i % 28)).padStart(2, '0')}`,
        i,
      ),
    );
    inLocale('en', <ClaimsTable rows={many} onExport={() => undefined} />);
    expect(order()).toHaveLength(PAGE_SIZE);
    expect(order()[0]).toBe('K249');
    expect(screen.getByTestId('claims-hidden').textContent).toBe('Showing 100 of 250 claims.');
    fireEvent.click(screen.getByRole('button', { name: 'Show 100 more' }));
    expect(order()).toHaveLength(200);
    // Sorting reorders every claim, not just the rows shown.
    fireEvent.click(screen.getByTestId('sort-owed'));
    expect(order().slice(0, 3)).toEqual(['K0', 'K1', 'K2']);
    fireEvent.click(screen.getByRole('button', { name: 'Show 50 more' }));
    expect(order()).toHaveLength(250);
    expect(screen.queryByTestId('claims-more')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Claims on this page (250)' })).toBeTruthy();
  });

  it("says how many claims are not shown yet in the reader's language", () => {
    const many = Array.from({ length: 1234 }, (_, i) => row(`K${i}`, null, i));
    inLocale('es', <ClaimsTable rows={many} onExport={() => undefined} />);
    // Grouped like the amounts beside them (es-US, as lib/present/format.ts writes money: $1,234.50).
    expect(screen.getByTestId('claims-hidden').textContent).toBe('Se muestran 100 de 1,234 reclamos.');
    expect(screen.getByRole('button', { name: 'Mostrar 100 más' })).toBeTruthy();
  });

  it('disables exports when there are no claims, in Spanish', () => {
    inLocale('es', <ClaimsTable rows={[]} onExport={() => undefined} />);
    expect(screen.getByText('No hay reclamos en esta página.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Exportar CSV' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('ErrorBoundary', () => {
  function Boom({ fail }: { fail: { current: boolean } }): null {
    if (fail.current) throw new Error('kaput');
    return null;
  }

  it('shows a readable error panel instead of a blank view, and retries', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const fail = { current: true };
    const onRetry = vi.fn();
    inLocale(
      'en',
      <ErrorBoundary onRetry={onRetry}>
        <Boom fail={fail} />
        <p>content</p>
      </ErrorBoundary>,
    );
    const panel = screen.getByTestId('error-panel');
    expect(within(panel).getByRole('heading').textContent).toBe('Something went wrong — your data is safe');
    expect(panel.textContent).toContain('kaput');
    fail.current = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
    expect(screen.queryByTestId('error-panel')).toBeNull();
    expect(screen.getByText('content')).toBeTruthy();
  });

  it('shows the panel in Spanish', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    inLocale(
      'es',
      <ErrorBoundary>
        <Boom fail={{ current: true }} />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading').textContent).toBe('Algo salió mal; sus datos están a salvo');
  });
});

describe('LetterView', () => {
  const letter = {
    title: 'Appeal letter',
    text: 'Dear plan,\nMember ID: [__________ (member ID)]\nSigned: ____________',
    missing: ['member ID'],
  };

  it('shows blanks as marked text and runs the actions', () => {
    const onAction = vi.fn();
    const onSelect = vi.fn();
    inLocale(
      'en',
      <LetterView
        choices={[
          { kind: 'appeal', label: 'Appeal letter' },
          { kind: 'records-request', label: 'Records request' },
        ]}
        selected="appeal"
        onSelect={onSelect}
        letter={letter}
        onAction={onAction}
      />,
    );
    const marks = [...screen.getByTestId('letter-text').querySelectorAll('mark')].map(
      (mark) => mark.textContent,
    );
    expect(marks).toEqual(['[__________ (member ID)]', '____________']);
    expect(screen.getByTestId('letter-text').textContent).toBe(letter.text);
    expect(screen.getByTestId('letter-missing').textContent).toContain('member ID');
    fireEvent.change(screen.getByLabelText('Letter'), { target: { value: 'records-request' } });
    expect(onSelect).toHaveBeenCalledWith('records-request');
    for (const name of ['Copy', 'Print', 'Download (.txt)'])
      fireEvent.click(screen.getByRole('button', { name }));
    expect(onAction.mock.calls).toEqual([['copy'], ['print'], ['download']]);
  });

  it('splits text into plain and blank parts without losing characters', () => {
    const parts = splitBlanks('a [x] b ___ c');
    expect(parts).toEqual([
      { text: 'a ', blank: false },
      { text: '[x]', blank: true },
      { text: ' b ', blank: false },
      { text: '___', blank: true },
      { text: ' c', blank: false },
    ]);
  });
});

describe('NextSteps and Notice', () => {
  it('renders steps as a checklist that can be ticked', () => {
    inLocale('en', <NextSteps steps={[{ code: 'OBTAIN_REFERRAL', text: 'Get a referral.' }]} />);
    const box = screen.getByLabelText('Get a referral.') as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(box.checked).toBe(true);
  });

  it('says when there is nothing to do, in Spanish', () => {
    inLocale('es', <NextSteps steps={[]} />);
    expect(screen.getByText('No hay nada que hacer por ahora.')).toBeTruthy();
  });

  it('announces alerts with role alert and others as status', () => {
    inLocale(
      'en',
      <>
        <Notice tone="alert">Bad</Notice>
        <Notice tone="warn">Careful</Notice>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toBe('Bad');
    expect(screen.getByRole('status').textContent).toBe('Careful');
  });
});
