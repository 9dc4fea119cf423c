/**
 * Structures the generic reader meets on portals nobody here has seen: ARIA grids, cells spanning rows, a claim-status
 * page (one claim, its service lines in a table of their own, its status as loose label/value text), several labels in
 * one text run, network badges in the provider cell, amounts split across a visual span plus a screen-reader copy,
 * day/month/year dates and Spanish labels. All names, numbers and codes are fictitious test data.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { readGeneric } from '../../../lib/extract/generic';
import {
  DATE_AMBIGUOUS,
  DATE_DAY_FIRST_ONLY,
  DATE_MONTH_FIRST_ONLY,
  isNoValue,
  numericDateOrders,
  parseAccumulator,
  parseDate,
  parseMoney,
  saysDayFirst,
} from '../../../lib/extract/parse';
import { isStrongLabel, matchConcept } from '../../../lib/extract/vocabulary';
import { VisibilityChecker, visibleText } from '../../../lib/extract/visibility';
import { PageSnapshotSchema } from '../../../lib/model/snapshot';

function read(html: string) {
  document.body.innerHTML = html;
  const result = readGeneric(document, 'https://portal.example/claims');
  expect(PageSnapshotSchema.safeParse(result.snapshot).success).toBe(true);
  return result.snapshot;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('parsers', () => {
  it('reads day/month/year only when the first number cannot be a month', () => {
    expect(parseDate('17/11/2026')).toBe('2026-11-17');
    expect(parseDate('29.09.2026')).toBe('2026-09-29');
    // Both readings possible: month/day/year, as before.
    expect(parseDate('05/11/2026')).toBe('2026-05-11');
    expect(parseDate('31/02/2026')).toBeNull();
    expect(parseDate('13/13/2026')).toBeNull();
  });

  it('reads Spanish "remaining" wording in accumulators', () => {
    expect(parseAccumulator('Le quedan $7,589.60 de $10,000.00')).toMatchObject({
      amount: 10000,
      met: 2410.4,
      remaining: 7589.6,
    });
    expect(parseAccumulator('$1,125.00 acumulado de $1,500.00')).toMatchObject({ amount: 1500, met: 1125 });
  });

  it('treats "Not yet available" as no value', () => {
    expect(isNoValue('Not yet available')).toBe(true);
    expect(parseMoney('Not yet available')).toBeNull();
  });
});

describe('day/month/year pages', () => {
  const table = (dates: string[], note = '') => `
    ${note}
    <table><thead><tr><th>Claim #</th><th>Date of service</th><th>Billed</th></tr></thead>
      <tbody>${dates.map((d, i) => `<tr><td>QK-${i}</td><td>${d}</td><td>$10.00</td></tr>`).join('')}</tbody></table>`;

  it('reads every numeric date day first when some can only be read so', () => {
    const snapshot = read(table(['17/11/2026', '05/11/2026']));
    expect(snapshot.claims.map((c) => c.dateOfService)).toEqual(['2026-11-17', '2026-11-05']);
  });

  it('reads them day first when the page says so', () => {
    const snapshot = read(table(['05/11/2026'], '<p>Fechas en formato día/mes/año.</p>'));
    expect(snapshot.claims[0]?.dateOfService).toBe('2026-11-05');
  });

  it('keeps month first on a page whose dates can only be read month first', () => {
    const snapshot = read(table(['11/17/2026', '05/11/2026']));
    expect(snapshot.claims.map((c) => c.dateOfService)).toEqual(['2026-11-17', '2026-05-11']);
  });

  it('tells which orders a date allows, and notes that name the order', () => {
    expect(numericDateOrders('17/11/2026')).toBe(DATE_DAY_FIRST_ONLY);
    expect(numericDateOrders('11/17/2026')).toBe(DATE_MONTH_FIRST_ONLY);
    expect(numericDateOrders('05/11/2026 – 17/11/2026')).toBe(DATE_AMBIGUOUS | DATE_DAY_FIRST_ONLY);
    expect(numericDateOrders('05/05/2026, Nov 5, 2026')).toBe(0);
    expect(saysDayFirst('Fechas en formato día/mes/año.')).toBe(true);
    expect(saysDayFirst('Dates are DD/MM/YYYY')).toBe(true);
    expect(saysDayFirst('Updated every day. Monday–Friday')).toBe(false);
  });

  it('reads a Spanish page that states its order in English month-first when its dates say so', () => {
    const snapshot = read(table(['11/17/2026', '05/11/2026'], '<p>Fechas en formato día/mes/año.</p>'));
    expect(snapshot.claims.map((c) => c.dateOfService)).toEqual(['2026-11-17', '2026-05-11']);
  });
});

describe('vocabulary', () => {
  const strong = (label: string, domains: Parameters<typeof matchConcept>[1]) => {
    const m = matchConcept(label, domains);
    return m && isStrongLabel(label, m) ? m.concept : null;
  };

  it('ignores Spanish articles when matching labels', () => {
    expect(strong('Motivo de la denegación', ['claim'])).toBe('claim.denialReason');
    expect(strong('Visita al especialista', ['tier'])).toBe('copay.specialist');
    expect(strong('Visita de atención primaria', ['tier'])).toBe('copay.primaryCare');
    expect(strong('Pagado por el plan', ['claim'])).toBe('claim.planPaid');
  });

  it('knows more label variants', () => {
    expect(strong('Apele antes del', ['claim'])).toBe('claim.appealBy');
    expect(strong('Coseguro', ['tier'])).toBe('coinsurance');
    expect(strong('Rendered by', ['claim'])).toBe('claim.provider');
    expect(strong('Status effective date', ['claim'])).toBe('claim.statusDate');
    // Not a status date: the payment date of a remittance is its own thing only when labelled so.
    expect(strong('Status effective date', ['claim'])).not.toBe('claim.status');
  });
});

describe('generic reader: ARIA grids', () => {
  it('reads role=table / row / columnheader / cell as a claims table', () => {
    const snapshot = read(`
      <div role="table" aria-label="Claims">
        <div role="rowgroup">
          <div role="row">
            <div role="columnheader">Claim ID</div><div role="columnheader">Date of service</div>
            <div role="columnheader">Provider</div><div role="columnheader">Billed</div>
            <div role="columnheader">You owe</div><div role="columnheader">Status</div>
          </div>
        </div>
        <div role="rowgroup">
          <div role="row">
            <div role="cell">QA-1</div><div role="cell">Nov 18, 2026</div>
            <div role="cell"><div>Example Pediatrics</div><div>In-network</div></div>
            <div role="cell">$245.00</div><div role="cell">Not yet available</div><div role="cell">Pending</div>
          </div>
          <div role="row">
            <div role="gridcell">QA-2</div><div role="gridcell">Oct 9, 2026</div>
            <div role="gridcell"><div>Example Surgery</div><div>Out-of-network</div></div>
            <div role="gridcell">$6,380.00</div><div role="gridcell">$6,380.00</div><div role="gridcell">Denied</div>
          </div>
        </div>
      </div>`);
    expect(snapshot.claims).toHaveLength(2);
    expect(snapshot.claims[0]).toMatchObject({
      id: 'QA-1',
      dateOfService: '2026-11-18',
      provider: 'Example Pediatrics',
      network: 'in-network',
      billed: 245,
      patientOwes: null,
      statusNormalized: 'pending',
    });
    expect(snapshot.claims[1]).toMatchObject({
      id: 'QA-2',
      provider: 'Example Surgery',
      network: 'out-of-network',
      patientOwes: 6380,
    });
  });

  it('does not read an ARIA grid that is hidden', () => {
    const snapshot = read(`
      <div role="grid" hidden>
        <div role="row"><div role="columnheader">Claim ID</div><div role="columnheader">Billed</div><div role="columnheader">Status</div></div>
        <div role="row"><div role="gridcell">QA-9</div><div role="gridcell">$10.00</div><div role="gridcell">Paid</div></div>
      </div>`);
    expect(snapshot.claims).toHaveLength(0);
  });
});

describe('generic reader: provider cells', () => {
  it('keeps a network badge out of the provider name and reads the network from it', () => {
    const snapshot = read(`
      <table><thead><tr><th>Claim #</th><th>Provider</th><th>Billed</th></tr></thead>
      <tbody>
        <tr><td>QB-1</td><td>Example Lab · Out-of-network</td><td>$10.00</td></tr>
        <tr><td>QB-2</td><td>In network Example Clinic</td><td>$20.00</td></tr>
        <tr><td>QB-3</td><td>Network Example Partners</td><td>$30.00</td></tr>
      </tbody></table>`);
    expect(snapshot.claims.map((c) => [c.provider, c.network])).toEqual([
      ['Example Lab', 'out-of-network'],
      ['Example Clinic', 'in-network'],
      ['Network Example Partners', null],
    ]);
  });
});

describe('generic reader: amounts split across a visual span and a screen-reader copy', () => {
  it('reads the visual half once (aria-hidden wrapper of inline spans), never the sr-only copy', () => {
    const snapshot = read(`
      <table><thead><tr><th>Claim #</th><th>Billed</th><th>You owe</th></tr></thead>
      <tbody><tr><td>QC-1</td>
        <td><span aria-hidden="true"><span class="d">$1,204</span><span class="c">.50</span></span><span class="sr-only">$1,204.50</span></td>
        <td><span aria-hidden="true"><span class="d">$240</span><span class="c">.90</span></span><span class="sr-only">$240.90</span></td>
      </tr></tbody></table>`);
    expect(snapshot.claims[0]).toMatchObject({ billed: 1204.5, patientOwes: 240.9 });
  });

  it('still hides an aria-hidden container (a duplicate block)', () => {
    document.body.innerHTML = `<div id="a" aria-hidden="true"><p>$5.00</p></div><span id="b" aria-hidden="true"><span>$5</span><b>.00</b></span>`;
    const checker = new VisibilityChecker(document, 'static');
    expect(checker.isHidden(document.getElementById('a')!)).toBe(true);
    expect(visibleText(document.getElementById('b')!, checker)).toBe('$5.00');
  });
});

describe('generic reader: cells spanning rows', () => {
  it('reads a continuation row under rowspan cells as more codes of the line above', () => {
    const snapshot = read(`
      <section><h2>Claim</h2>
        <table><thead><tr><th>Claim number</th><th>Billed</th><th>Paid</th><th>Status</th></tr></thead>
          <tbody><tr><td>QD-1</td><td>390.00</td><td>181.20</td><td>Paid</td></tr></tbody></table>
      </section>
      <section><h2>Service lines</h2>
        <table>
          <thead><tr><th>Service date</th><th>CPT</th><th>Billed</th><th>Paid</th><th>Group code</th><th>Reason code</th><th>Remark codes</th><th>Pt resp</th></tr></thead>
          <tbody>
            <tr><td rowspan="2">10/19/2026</td><td rowspan="2">97161</td><td rowspan="2">210.00</td><td rowspan="2">98.00</td>
                <td>CO</td><td>45</td><td rowspan="2"></td><td rowspan="2">30.00</td></tr>
            <tr><td>PR</td><td>3</td></tr>
            <tr><td>10/21/2026</td><td>97140</td><td>180.00</td><td>83.20</td><td>CO</td><td>197</td><td>N130, M62</td><td>0.00</td></tr>
          </tbody>
          <tfoot><tr><td colspan="2">Claim totals</td><td>390.00</td><td>181.20</td><td colspan="3"></td><td>30.00</td></tr></tfoot>
        </table>
      </section>`);
    expect(snapshot.claims).toHaveLength(1);
    const claim = snapshot.claims[0]!;
    expect(claim.lines).toHaveLength(2);
    expect(claim.lines[0]).toMatchObject({
      procedureCode: '97161',
      dateOfService: '2026-10-19',
      billed: 210,
      planPaid: 98,
      patientOwes: 30,
      carcCodes: ['CO-45', 'PR-3'],
    });
    expect(claim.lines[1]).toMatchObject({
      procedureCode: '97140',
      carcCodes: ['CO-197'],
      rarcCodes: ['N130', 'M62'],
    });
    expect(claim.carcCodes).toEqual(['CO-45', 'PR-3', 'CO-197']);
    expect(claim.rarcCodes).toEqual(['N130', 'M62']);
  });

  it('merges a continuation row of a claims table into the claim above', () => {
    const snapshot = read(`
      <table><thead><tr><th>Claim #</th><th>Provider</th><th>Billed</th><th>Adjustment codes</th></tr></thead>
        <tbody>
          <tr><td rowspan="2">QE-1</td><td rowspan="2">Example Clinic</td><td rowspan="2">$100.00</td><td>CO-45</td></tr>
          <tr><td>PR-2</td></tr>
          <tr><td>QE-2</td><td>Example Lab</td><td>$50.00</td><td>CO-97</td></tr>
        </tbody></table>`);
    expect(snapshot.claims.map((c) => [c.id, c.carcCodes])).toEqual([
      ['QE-1', ['CO-45', 'PR-2']],
      ['QE-2', ['CO-97']],
    ]);
  });

  it('keeps reading a table of several claims with procedure codes as claims', () => {
    const snapshot = read(`
      <table><thead><tr><th>Date of service</th><th>Provider</th><th>CPT</th><th>Billed</th></tr></thead>
        <tbody>
          <tr><td>01/02/2026</td><td>Example Clinic</td><td>99213</td><td>$100.00</td></tr>
          <tr><td>01/09/2026</td><td>Example Lab</td><td>80053</td><td>$50.00</td></tr>
        </tbody></table>`);
    expect(snapshot.claims).toHaveLength(2);
  });
});

describe('generic reader: claim-status page', () => {
  it('gives the only claim its status, dates and provider printed as label/value text around it', () => {
    const snapshot = read(`
      <section><h2>Patient</h2>
        <div><span>Patient name:</span><span>Example Person</span><span>Billing provider:</span><span>Example Rehab Clinic</span></div>
      </section>
      <section><h2>Claim</h2>
        <table><thead><tr><th>Payer claim control #</th><th>Total billed</th><th>Paid</th></tr></thead>
          <tbody><tr><td>QF00417</td><td>485.00</td><td>181.20</td></tr></tbody></table>
        <p>Claim status: <span>F1 — Finalized/Payment</span>&nbsp; Status effective date: <b>11/06/2026</b>&nbsp; Claim frequency: 1 (Original)</p>
        <p>Payment method: EFT &nbsp; Payment amount: $181.20 &nbsp; Payment date: 11/09/2026</p>
      </section>`);
    expect(snapshot.claims).toHaveLength(1);
    expect(snapshot.claims[0]).toMatchObject({
      id: 'QF00417',
      provider: 'Example Rehab Clinic',
      status: 'F1 — Finalized/Payment',
      statusNormalized: 'paid',
      statusDate: '2026-11-06',
      planPaid: 181.2,
    });
    expect(snapshot.sources['claims[0].status']?.text).toBe('F1 — Finalized/Payment');
  });

  it('does not merge loose label/value text into one of several claims', () => {
    const snapshot = read(`
      <p>Claim status: Denied</p>
      <table><thead><tr><th>Claim #</th><th>Billed</th><th>Status</th></tr></thead>
        <tbody><tr><td>QG-1</td><td>$10.00</td><td></td></tr><tr><td>QG-2</td><td>$20.00</td><td></td></tr></tbody></table>`);
    expect(snapshot.claims.map((c) => c.status)).toEqual([null, null]);
  });
});

describe('generic reader: several labels in one text run', () => {
  it('cuts "Label: value Label: value" at each known label', () => {
    const snapshot = read(
      `<div><p>Member name: Example Person Member ID: QH000123 Plan: Example Gold HMO</p></div>`,
    );
    expect(snapshot.member).toEqual({ name: 'Example Person', id: 'QH000123' });
    expect(snapshot.plan.name).toBe('Example Gold HMO');
  });

  it('keeps a colon that follows no known label inside the value', () => {
    const snapshot = read(`
      <table><thead><tr><th>Claim #</th><th>Billed</th><th>Status</th></tr></thead>
        <tbody><tr><td>QI-1</td><td>$10.00</td><td>Denied</td></tr>
        <tr><td colspan="3">Denial reason: Not covered: see your plan document</td></tr></tbody></table>`);
    expect(snapshot.claims[0]?.denialReason).toBe('Not covered: see your plan document');
  });
});

describe('generic reader: Spanish pages', () => {
  it('reads a Spanish matrix, copays, coinsurance and a detail row', () => {
    const snapshot = read(`
      <section><h2>Mi plan</h2>
        <div><span>Coseguro</span><span>Usted paga el 20 % después del deducible</span></div>
      </section>
      <section><h2>Deducible y desembolso máximo (dentro de la red)</h2>
        <table><thead><tr><th></th><th>Individual</th><th>Familiar</th></tr></thead>
          <tbody><tr><th>Desembolso máximo</th><td>$1,980.40 acumulado de $5,000.00</td><td>Le quedan $7,589.60 de $10,000.00</td></tr></tbody></table>
      </section>
      <section><h2>Copagos</h2>
        <div><span>Visita de atención primaria</span><span>$15</span></div>
        <div><span>Visita al especialista</span><span>$40</span></div>
      </section>
      <section><h2>Reclamaciones</h2>
        <table><thead><tr><th>Número de reclamación</th><th>Fecha de servicio</th><th>Monto facturado</th><th>Estado</th></tr></thead>
          <tbody>
            <tr><td>QJ-1</td><td>29/09/2026</td><td>$1,450.00</td><td>Denegado</td></tr>
            <tr><td colspan="4"><strong>Motivo de la denegación:</strong> El servicio no está cubierto.
              · <strong>Apele antes del:</strong> 14 de abril de 2027</td></tr>
          </tbody></table>
      </section>`);
    const tier = snapshot.plan.inNetwork;
    expect(tier.coinsurance).toBe(0.2);
    expect(tier.outOfPocket.individual).toEqual({ amount: 5000, met: 1980.4 });
    expect(tier.outOfPocket.family).toEqual({ amount: 10000, met: 2410.4 });
    expect(tier.copays).toMatchObject({ primaryCare: 15, specialist: 40 });
    expect(snapshot.claims[0]).toMatchObject({
      id: 'QJ-1',
      dateOfService: '2026-09-29',
      statusNormalized: 'denied',
      denialReason: 'El servicio no está cubierto.',
      appealBy: '2027-04-14',
    });
  });
});
