import { beforeEach, describe, expect, it } from 'vitest';
import { readGeneric } from '../../../lib/extract/generic';
import type { ReaderHints } from '../../../lib/extract/adapters/types';
import { PageSnapshotSchema } from '../../../lib/model/snapshot';

// All names and numbers below are fictitious test data.
function read(html: string, hints?: ReaderHints) {
  document.body.innerHTML = html;
  const result = readGeneric(document, 'https://portal.example/claims', { hints });
  expect(PageSnapshotSchema.safeParse(result.snapshot).success).toBe(true);
  expect(result.claimElements.length).toBe(result.snapshot.claims.length);
  return result;
}

const CLAIMS_TABLE = `
  <h2>Claims</h2>
  <table id="claims">
    <thead><tr><th>Claim #</th><th>Date of service</th><th>Provider</th><th>Status</th><th>Billed</th><th>Plan discount</th><th>Allowed</th><th>Plan paid</th><th>You may owe</th></tr></thead>
    <tbody>
      <tr id="r1"><td>000111</td><td>01/02/2025</td><td>Dr. Ada Example</td><td>Denied</td><td>$1,000.00</td><td>—</td><td>$0.00</td><td>$0.00</td><td>$1,000.00</td></tr>
      <tr id="r2"><td>000112</td><td>Mar 3, 2025</td><td>Example Lab (Out-of-network)</td><td>Paid</td><td>1,650.00</td><td>$450.00</td><td>$1,200.00</td><td>$960.00</td><td>$240.00</td></tr>
      <tr class="total-row"><td>Total</td><td></td><td></td><td></td><td>$2,650.00</td><td></td><td></td><td>$960.00</td><td>$1,240.00</td></tr>
    </tbody>
    <tfoot><tr><td>Grand total</td><td></td><td></td><td></td><td>$2,650.00</td><td></td><td></td><td>$960.00</td><td>$1,240.00</td></tr></tfoot>
  </table>`;

describe('generic reader: claim tables', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('reads a table with thead, skipping totals rows and tfoot', () => {
    const { snapshot, claimElements } = read(CLAIMS_TABLE);
    expect(snapshot.claims).toHaveLength(2);
    const [a, b] = snapshot.claims;
    expect(a).toMatchObject({
      id: '000111',
      dateOfService: '2025-01-02',
      provider: 'Dr. Ada Example',
      status: 'Denied',
      statusNormalized: 'denied',
      billed: 1000,
      planDiscount: null,
      allowed: 0,
      planPaid: 0,
      patientOwes: 1000,
    });
    expect(b).toMatchObject({
      id: '000112',
      dateOfService: '2025-03-03',
      billed: 1650,
      planDiscount: 450,
      network: 'out-of-network',
    });
    expect(claimElements[0]?.id).toBe('r1');
    expect(claimElements[1]?.id).toBe('r2');
    expect(snapshot.sources['claims[1].billed']).toEqual({ label: 'Billed', text: '1,650.00' });
    expect(snapshot.sources['claims[0].patientOwes']).toEqual({ label: 'You may owe', text: '$1,000.00' });
    expect(snapshot.sources['claims[0].planDiscount']).toBeUndefined();
  });

  it('reads a table without thead whose first row is th cells, or label-like td cells', () => {
    for (const cell of ['th', 'td']) {
      const { snapshot } = read(`
        <table>
          <tr><${cell}>Claim number</${cell}><${cell}>Service date</${cell}><${cell}>Billed</${cell}><${cell}>Your share</${cell}></tr>
          <tr><td>A-77</td><td>2/4/25</td><td>$300.00</td><td>$45.10</td></tr>
        </table>`);
      expect(snapshot.claims).toEqual([
        expect.objectContaining({ id: 'A-77', dateOfService: '2025-02-04', billed: 300, patientOwes: 45.1 }),
      ]);
    }
  });

  it('joins a header-only table with the following body-only table of the same width', () => {
    const { snapshot } = read(`
      <div class="grid-head"><table><thead><tr><th>Claim ID</th><th>DOS</th><th>Charges</th><th>Pt Resp</th></tr></thead></table></div>
      <div class="grid-body"><table><tbody>
        <tr><td>C1</td><td>01/10/2025</td><td>$100.00</td><td>$20.00</td></tr>
        <tr><td>C2</td><td>01/11/2025</td><td>$200.00</td><td>$40.00</td></tr>
      </tbody></table></div>`);
    expect(snapshot.claims.map((c) => [c.id, c.billed, c.patientOwes])).toEqual([
      ['C1', 100, 20],
      ['C2', 200, 40],
    ]);
    expect(snapshot.sources['claims[1].patientOwes']).toEqual({ label: 'Pt Resp', text: '$40.00' });
  });

  it('attaches detail rows (nested line table, codes, denial reason, appeal date) to the claim above', () => {
    const { snapshot } = read(`
      <table>
        <thead><tr><th>Claim</th><th>Date</th><th>Provider</th><th>Status</th><th>Billed</th><th>What you owe</th></tr></thead>
        <tbody>
          <tr><td>9001</td><td>04/01/2025</td><td>Imaging Example</td><td>Partially paid</td><td>$2,400.00</td><td>$800.00</td></tr>
          <tr class="claim-detail"><td colspan="6">
            <div><span>Denial reason:</span> <span>Prior authorization not obtained</span></div>
            <div>Appeal by: June 30, 2025</div>
            <table>
              <thead><tr><th>CPT</th><th>Description</th><th>Billed</th><th>Plan paid</th><th>Deductible</th><th>Coinsurance</th><th>Not covered</th><th>Group</th><th>Reason code</th><th>Remark</th></tr></thead>
              <tbody>
                <tr><td>70553</td><td>MRI brain</td><td>$2,000.00</td><td>$0.00</td><td>—</td><td>—</td><td>$600.00</td><td>CO</td><td>197</td><td>N54</td></tr>
                <tr><td>A9579</td><td>Contrast</td><td>$400.00</td><td>$200.00</td><td>$100.00</td><td>$100.00</td><td>$0.00</td><td>PR</td><td>2</td><td></td></tr>
                <tr><td>Total</td><td></td><td>$2,400.00</td><td>$200.00</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
              </tbody>
            </table>
          </td></tr>
          <tr><td>9002</td><td>04/02/2025</td><td>Lab Example</td><td>Paid</td><td>$50.00</td><td>$0.00</td></tr>
        </tbody>
      </table>`);
    expect(snapshot.claims).toHaveLength(2);
    const c = snapshot.claims[0]!;
    expect(c.statusNormalized).toBe('partially-paid');
    expect(c.denialReason).toBe('Prior authorization not obtained');
    expect(c.appealBy).toBe('2025-06-30');
    expect(c.lines).toHaveLength(2);
    expect(c.lines[0]).toMatchObject({
      procedureCode: '70553',
      description: 'MRI brain',
      billed: 2000,
      planPaid: 0,
      notCovered: 600,
      deductible: null,
      carcCodes: ['CO-197'],
    });
    expect(c.lines[1]).toMatchObject({
      procedureCode: 'A9579',
      deductible: 100,
      coinsurance: 100,
      carcCodes: ['PR-2'],
    });
    expect(c.carcCodes).toEqual(['CO-197', 'PR-2']);
    expect(c.rarcCodes).toEqual(['N54']);
    expect(snapshot.claims[1]).toMatchObject({ id: '9002', lines: [], carcCodes: [] });
    expect(snapshot.sources['claims[0].appealBy']).toEqual({ label: 'Appeal by', text: 'June 30, 2025' });
  });

  it('reads adjustment rows (group / reason / remark in a nested table) under claim lines', () => {
    const { snapshot } = read(`
      <table><thead><tr><th>Claim #</th><th>Billed</th><th>Status</th><th>Patient resp</th></tr></thead><tbody>
      <tr><td>L-1</td><td>$1,150.00</td><td>Denied</td><td>$0.00</td></tr>
      <tr class="lines"><td colspan="4"><table>
        <thead><tr><th>Line</th><th>Procedure code</th><th>Billed</th><th>Paid</th></tr></thead>
        <tbody>
          <tr><td>1</td><td>97162</td><td>$250.00</td><td>$0.00</td></tr>
          <tr><td colspan="4"><table><thead><tr><th>Group code</th><th>Reason code</th><th>Description</th><th>Amount</th><th>Remark codes</th></tr></thead>
            <tbody><tr><td>CO</td><td>197</td><td>Authorization absent.</td><td>$250.00</td><td>M62</td></tr></tbody></table></td></tr>
          <tr><td>2</td><td>97110</td><td>$900.00</td><td>$0.00</td></tr>
        </tbody></table></td></tr></tbody></table>`);
    const c = snapshot.claims[0]!;
    expect(c.lines.map((l) => [l.procedureCode, l.billed, l.carcCodes, l.rarcCodes ?? []])).toEqual([
      ['97162', 250, ['CO-197'], ['M62']],
      ['97110', 900, [], []],
    ]);
    expect(c.carcCodes).toEqual(['CO-197']);
    expect(c.rarcCodes).toEqual(['M62']);
  });

  it('reads codes in every notation inside a claim row', () => {
    const { snapshot } = read(`
      <table><thead><tr><th>Claim #</th><th>Billed</th><th>Status</th><th>Reason/remark codes</th></tr></thead>
      <tbody><tr><td>X1</td><td>$10.00</td><td>Denied</td><td>CO 45, Group: PR Reason: 3; OA23 MA130</td></tr></tbody></table>`);
    expect(snapshot.claims[0]).toMatchObject({ carcCodes: ['PR-3', 'CO-45', 'OA-23'], rarcCodes: ['MA130'] });
  });

  it('derives a stable id from date, provider and billed when there is no claim number', () => {
    const html = `<table><thead><tr><th>Date of service</th><th>Provider</th><th>Billed</th><th>You owe</th></tr></thead>
      <tbody><tr><td>01/05/2025</td><td>Dr. B</td><td>$120.00</td><td>$20.00</td></tr>
      <tr><td>01/06/2025</td><td>Dr. B</td><td>$120.00</td><td>$20.00</td></tr></tbody></table>`;
    const first = read(html).snapshot.claims.map((c) => c.id);
    expect(first).toEqual(['derived:2025-01-05|Dr. B|120', 'derived:2025-01-06|Dr. B|120']);
    // Reordering rows keeps the ids (they do not depend on the row index).
    const swapped = html
      .replace('01/05/2025', 'TMP')
      .replace('01/06/2025', '01/05/2025')
      .replace('TMP', '01/06/2025');
    expect(
      read(swapped)
        .snapshot.claims.map((c) => c.id)
        .sort(),
    ).toEqual([...first].sort());
  });

  it('rows of hidden, template, skeleton and responsive duplicates never count twice', () => {
    const { snapshot } = read(`
      <div class="d-none d-md-block">${CLAIMS_TABLE}</div>
      <div class="d-md-none">${CLAIMS_TABLE}</div>
      <template>${CLAIMS_TABLE}</template>
      <div class="skeleton">${CLAIMS_TABLE}</div>
      <div hidden>${CLAIMS_TABLE}</div>`);
    expect(snapshot.claims.map((c) => c.id)).toEqual(['000111', '000112']);
  });

  it('a provider named "Total …" is not a totals row', () => {
    const { snapshot } =
      read(`<table><thead><tr><th>Provider</th><th>Date of service</th><th>Billed</th><th>You owe</th></tr></thead>
      <tbody><tr><td>Total Care Clinic</td><td>01/09/2025</td><td>$90.00</td><td>$9.00</td></tr>
      <tr><td>Totals (1 claim)</td><td></td><td>$90.00</td><td>$9.00</td></tr></tbody></table>`);
    expect(snapshot.claims.map((c) => c.provider)).toEqual(['Total Care Clinic']);
  });

  it('the same claim rendered twice visibly is kept once', () => {
    const { snapshot } = read(`${CLAIMS_TABLE}${CLAIMS_TABLE}`);
    expect(snapshot.claims).toHaveLength(2);
  });

  it('sr-only text inside a cell is not part of the value', () => {
    const { snapshot } = read(`<table><thead><tr><th>Claim #</th><th>Billed</th><th>You owe</th></tr></thead>
      <tbody><tr><td>Z9</td><td>$80<span>.00</span><span class="sr-only">Billed amount $999.00</span></td><td><span class="visually-hidden">You owe</span>$15.00</td></tr></tbody></table>`);
    expect(snapshot.claims[0]).toMatchObject({ billed: 80, patientOwes: 15 });
  });

  it('ignores sidebars, nav, footer and banners', () => {
    const { snapshot } = read(`
      <nav>${CLAIMS_TABLE}</nav>
      <aside><dl><dt>Deductible</dt><dd>$1 of $2</dd></dl>${CLAIMS_TABLE}</aside>
      <div role="complementary">${CLAIMS_TABLE}</div>
      <div class="promo-banner"><span>Member name:</span> <span>Wrong Person</span></div>
      <footer><span>Member ID:</span> <span>WRONG1</span></footer>
      <main><p>Nothing here</p></main>`);
    expect(snapshot.claims).toEqual([]);
    expect(snapshot.member).toEqual({ name: null, id: null });
    expect(snapshot.plan.inNetwork.deductible.individual).toEqual({ amount: null, met: null });
  });

  it('does not read an authorizations table as claims', () => {
    const { snapshot } = read(`
      <h2>Prior authorizations</h2>
      <table><thead><tr><th>Reference #</th><th>Status</th><th>Servicing provider</th><th>Service</th><th>Service dates</th><th>Units approved</th></tr></thead>
      <tbody><tr><td>000123</td><td>Approved</td><td>Example Surgery Center (In-network)</td><td>Knee arthroscopy</td><td>01/02/2025 - 03/31/2025</td><td>1</td></tr>
      <tr><td>000124</td><td>Pending review</td><td>Dr. C</td><td>MRI</td><td>02/01/2025</td><td>—</td></tr></tbody></table>`);
    expect(snapshot.claims).toEqual([]);
    expect(snapshot.authorizations).toHaveLength(2);
    expect(snapshot.authorizations[0]).toMatchObject({
      referenceNumber: '000123',
      status: 'Approved',
      statusNormalized: 'approved',
      servicingProvider: 'Example Surgery Center (In-network)',
      servicingNetwork: 'in-network',
      serviceDescription: 'Knee arthroscopy',
      serviceDateFrom: '2025-01-02',
      serviceDateTo: '2025-03-31',
      unitsApproved: 1,
    });
    expect(snapshot.authorizations[1]).toMatchObject({
      referenceNumber: '000124',
      statusNormalized: 'pending',
      unitsApproved: null,
    });
    expect(snapshot.sources['authorizations[0].referenceNumber']).toEqual({
      label: 'Reference #',
      text: '000123',
    });
  });

  it('puts a referrals section into referrals', () => {
    const { snapshot } = read(`
      <section><h2>Referrals</h2>
      <table><thead><tr><th>Referral #</th><th>Status</th><th>Referred by</th><th>Referred to</th><th>Visits approved</th><th>Visits used</th><th>Expires</th></tr></thead>
      <tbody><tr><td>0042</td><td>Active</td><td>Dr. PCP</td><td>Dr. Specialist</td><td>6</td><td>2</td><td>12/31/2025</td></tr></tbody></table></section>`);
    expect(snapshot.authorizations).toEqual([]);
    expect(snapshot.referrals[0]).toMatchObject({
      referenceNumber: '0042',
      statusNormalized: 'approved',
      requestingProvider: 'Dr. PCP',
      servicingProvider: 'Dr. Specialist',
      unitsApproved: 6,
      unitsUsed: 2,
      serviceDateTo: '2025-12-31',
    });
  });
});

describe('generic reader: cards, pairs, lists', () => {
  it('reads a card list (one claim per card), with the claim number in the heading', () => {
    const { snapshot, claimElements } = read(`
      <main><h1>Your claims</h1>
      <ul class="claims">
        <li class="claim-card" id="k1"><h3>Claim #E-1001</h3>
          <div class="row"><span class="label">Visited</span><span>Dr. Card One</span></div>
          <div class="row"><span class="label">Date</span><span>05/01/2025</span></div>
          <div class="row"><span class="label">Amount billed</span><span>$300.00</span></div>
          <div class="row"><span class="label">Your share</span><span>$60.00</span></div>
          <div class="row"><span class="label">Status</span><span>Processed</span></div>
        </li>
        <li class="claim-card expanded" id="k2"><h3>Claim #E-1002</h3>
          <div class="row"><span class="label">Visited</span><span>Dr. Card Two</span></div>
          <div class="row"><span class="label">Date</span><span>05/02/2025</span></div>
          <div class="row"><span class="label">Amount billed</span><span>$500.00</span></div>
          <div class="row"><span class="label">Your share</span><span>$0.00</span></div>
          <div class="row"><span class="label">Status</span><span>Denied</span></div>
          <p>Reason: CO-96 Non-covered charge. N130</p>
        </li>
      </ul></main>`);
    expect(
      snapshot.claims.map((c) => [
        c.id,
        c.provider,
        c.dateOfService,
        c.billed,
        c.patientOwes,
        c.statusNormalized,
      ]),
    ).toEqual([
      ['E-1001', 'Dr. Card One', '2025-05-01', 300, 60, 'processed'],
      ['E-1002', 'Dr. Card Two', '2025-05-02', 500, 0, 'denied'],
    ]);
    expect(snapshot.claims[1]).toMatchObject({ carcCodes: ['CO-96'], rarcCodes: ['N130'] });
    expect(claimElements.map((e) => e.id)).toEqual(['k1', 'k2']);
  });

  it('reads definition lists and label/value pairs into the plan, with provenance', () => {
    const { snapshot } = read(`
      <main>
        <dl><dt>Plan name</dt><dd>Example Gold PPO 1500</dd><dt>Plan year</dt><dd>01/01/2025 - 12/31/2025</dd></dl>
        <div><span class="label">Deductible</span><span>$1,250.00 of $3,000.00</span></div>
        <p><strong>Out-of-pocket max:</strong> $2,000.00 of $6,000.00</p>
        <div class="row"><div>Family deductible</div><div>$2,500.00 met of $6,000.00</div></div>
        <div>Coinsurance: 20% after deductible</div>
        <div><span>Primary care visit</span><span>$25 copay</span></div>
        <div><span>Specialist visit</span><span>$50 copay</span></div>
        <div><span>Urgent care</span><span>$75</span></div>
        <div><span>Emergency room</span><span>$300 copay after deductible</span></div>
      </main>`);
    const tier = snapshot.plan.inNetwork;
    expect(snapshot.plan).toMatchObject({
      name: 'Example Gold PPO 1500',
      type: 'PPO',
      planYear: { start: '2025-01-01', end: '2025-12-31' },
    });
    expect(tier.deductible).toEqual({
      individual: { amount: 3000, met: 1250 },
      family: { amount: 6000, met: 2500 },
    });
    expect(tier.outOfPocket.individual).toEqual({ amount: 6000, met: 2000 });
    expect(tier.outOfPocket.family).toEqual({ amount: null, met: null });
    expect(tier.coinsurance).toBe(0.2);
    expect(tier.copays).toMatchObject({ primaryCare: 25, specialist: 50, urgentCare: 75, emergency: 300 });
    expect(snapshot.plan.outOfNetwork).toBeNull();
    expect(snapshot.sources['plan.inNetwork.deductible.individual.met']).toEqual({
      label: 'Deductible',
      text: '$1,250.00 of $3,000.00',
    });
    expect(snapshot.sources['plan.inNetwork.outOfPocket.individual.amount']).toEqual({
      label: 'Out-of-pocket max',
      text: '$2,000.00 of $6,000.00',
    });
  });

  it("never takes the plan's coinsurance as the member's", () => {
    const { snapshot } = read('<main><div><span>Plan pays</span><span>80%</span></div></main>');
    expect(snapshot.plan.inNetwork.coinsurance).toBe(0.2);
    const direct = read(
      '<main><div><span>Coinsurance</span><span>30%</span></div><div><span>Plan pays</span><span>80%</span></div></main>',
    );
    expect(direct.snapshot.plan.inNetwork.coinsurance).toBe(0.3);
  });

  it('in- and out-of-network sections decide the tier; an inactive (hidden) tab is not read', () => {
    const { snapshot } = read(`
      <main>
        <section><h2>In-Network</h2><div><span>Deductible</span><span>$500 of $1,500</span></div></section>
        <section><h2>Out-of-Network</h2><div><span>Deductible</span><span>$0 of $3,000</span></div>
          <div><span>Out-of-pocket limit</span><span>$6,000</span></div></section>
      </main>`);
    expect(snapshot.plan.inNetwork.deductible.individual).toEqual({ amount: 1500, met: 500 });
    expect(snapshot.plan.outOfNetwork?.deductible.individual).toEqual({ amount: 3000, met: 0 });
    expect(snapshot.plan.outOfNetwork?.outOfPocket.individual).toEqual({ amount: 6000, met: null });

    const tabs = read(`
      <main>
        <div role="tablist"><button role="tab" aria-selected="true" aria-controls="in">In-network</button><button role="tab" aria-selected="false" aria-controls="out">Out-of-network</button></div>
        <div role="tabpanel" id="in"><div><span>Deductible</span><span>$500 of $1,500</span></div></div>
        <div role="tabpanel" id="out"><div><span>Deductible</span><span>$0 of $3,000</span></div></div>
      </main>`);
    expect(tabs.snapshot.plan.inNetwork.deductible.individual).toEqual({ amount: 1500, met: 500 });
    expect(tabs.snapshot.plan.outOfNetwork).toBeNull();

    const selectedOut = read(`
      <main>
        <div role="tablist"><button role="tab" aria-selected="false" aria-controls="in">In-network</button><button role="tab" aria-selected="true" aria-controls="out">Out-of-network</button></div>
        <div role="tabpanel" id="in" hidden><div><span>Deductible</span><span>$500 of $1,500</span></div></div>
        <div role="tabpanel" id="out"><div><span>Deductible</span><span>$0 of $3,000</span></div></div>
      </main>`);
    expect(selectedOut.snapshot.plan.inNetwork.deductible.individual).toEqual({ amount: null, met: null });
    expect(selectedOut.snapshot.plan.outOfNetwork?.deductible.individual).toEqual({ amount: 3000, met: 0 });
  });

  it('a heading names the concept for Individual/Family pairs', () => {
    const { snapshot } = read(`
      <main><section><h3>Deductible</h3>
        <div><span>Individual</span><span>$300 of $1,000</span></div>
        <div><span>Family</span><span>$700 of $2,000</span></div></section>
      <section><h3>Out-of-pocket maximum</h3>
        <div><span>Individual</span><span>$1,750 remaining of $4,000</span></div></section></main>`);
    expect(snapshot.plan.inNetwork.deductible).toEqual({
      individual: { amount: 1000, met: 300 },
      family: { amount: 2000, met: 700 },
    });
    expect(snapshot.plan.inNetwork.outOfPocket.individual).toEqual({ amount: 4000, met: 2250 });
  });

  it('combines "remaining" shown apart from the limit', () => {
    const { snapshot } = read(`<main>
      <div><span>Deductible remaining</span><span>$400.00</span></div>
      <div><span>Annual deductible</span><span>$1,000.00</span></div></main>`);
    expect(snapshot.plan.inNetwork.deductible.individual).toEqual({ amount: 1000, met: 600 });
    expect(snapshot.sources['plan.inNetwork.deductible.individual.met']).toEqual({
      label: 'Deductible remaining',
      text: '$400.00',
    });
  });

  it('reads a benefits matrix (rows × network columns)', () => {
    const { snapshot } = read(`<main><table>
      <thead><tr><th>Benefit</th><th>In-Network</th><th>Out-of-Network</th></tr></thead>
      <tbody>
        <tr><th>Deductible (Individual)</th><td>$500 of $1,500</td><td>$0 of $3,000</td></tr>
        <tr><th>Deductible (Family)</th><td>$900 of $3,000</td><td>$0 of $6,000</td></tr>
        <tr><th>Out-of-pocket maximum (Individual)</th><td>$800 of $5,000</td><td>Not applicable</td></tr>
        <tr><th>Coinsurance</th><td>20%</td><td>40%</td></tr>
        <tr><th>Specialist visit</th><td>$40 copay</td><td>40% coinsurance</td></tr>
      </tbody></table></main>`);
    expect(snapshot.plan.inNetwork.deductible).toEqual({
      individual: { amount: 1500, met: 500 },
      family: { amount: 3000, met: 900 },
    });
    expect(snapshot.plan.outOfNetwork?.deductible).toEqual({
      individual: { amount: 3000, met: 0 },
      family: { amount: 6000, met: 0 },
    });
    expect(snapshot.plan.inNetwork.outOfPocket.individual).toEqual({ amount: 5000, met: 800 });
    expect(snapshot.plan.outOfNetwork?.outOfPocket.individual).toEqual({ amount: null, met: null });
    expect(snapshot.plan.inNetwork.coinsurance).toBe(0.2);
    expect(snapshot.plan.outOfNetwork?.coinsurance).toBe(0.4);
    expect(snapshot.plan.inNetwork.copays.specialist).toBe(40);
    expect(snapshot.plan.outOfNetwork?.copays.specialist).toBeNull();
    expect(snapshot.claims).toEqual([]);
  });

  it('reads a matrix with Limit/Met/Remaining columns and Individual/Family rows', () => {
    const { snapshot } = read(`<main><h2>Out-of-network</h2><table>
      <thead><tr><th>Deductible</th><th>Limit</th><th>Met</th><th>Remaining</th></tr></thead>
      <tbody><tr><td>Individual</td><td>$2,000</td><td>$250</td><td>$1,750</td></tr>
      <tr><td>Family</td><td>$4,000</td><td>$250</td><td>$3,750</td></tr></tbody></table></main>`);
    expect(snapshot.plan.outOfNetwork?.deductible).toEqual({
      individual: { amount: 2000, met: 250 },
      family: { amount: 4000, met: 250 },
    });
  });

  it('reads ARIA labels and progress bars (values only when printed as text)', () => {
    const { snapshot } = read(`<main>
      <div aria-label="Deductible"><span>$1,250.00</span> of <span>$3,000.00</span></div>
      <span id="oop-l">Out-of-pocket</span>
      <div><div role="progressbar" aria-labelledby="oop-l" aria-valuenow="2000" aria-valuemax="6000"></div><span>$2,000.00</span> <span>$6,000.00</span></div>
      <div><span id="fam">Family deductible</span><progress aria-labelledby="fam" value="10" max="20"></progress></div>
    </main>`);
    expect(snapshot.plan.inNetwork.deductible.individual).toEqual({ amount: 3000, met: 1250 });
    expect(snapshot.plan.inNetwork.outOfPocket.individual).toEqual({ amount: 6000, met: 2000 });
    // The family bar shows no amounts as text: nothing is read from its attributes.
    expect(snapshot.plan.inNetwork.deductible.family).toEqual({ amount: null, met: null });
  });

  it('reads the member from labelled fields, or the selected member of a member selector', () => {
    const labelled = read(
      `<main><div><span>Member:</span> <span>Pat Example</span></div><div>Member ID: 0W1234567</div></main>`,
    );
    expect(labelled.snapshot.member).toEqual({ name: 'Pat Example', id: '0W1234567' });
    const selector = read(`<header><label for="who">Viewing claims for</label>
      <select id="who"><option>Pat Example (Self)</option><option selected>Kim Example</option><option>Lee Example</option></select></header>
      <main>${CLAIMS_TABLE}</main>`);
    expect(selector.snapshot.member.name).toBe('Kim Example');
  });

  it('reads a single claim shown as label/value pairs (claim status page)', () => {
    const { snapshot, claimElements } = read(`<main><section id="result"><h2>Claim status</h2>
      <dl><dt>Claim number</dt><dd>0099887766</dd><dt>Status</dt><dd>F2 - Finalized/Denial</dd>
      <dt>Billed amount</dt><dd>$4,500.00</dd><dt>Date of service</dt><dd>02/14/2025</dd>
      <dt>Denial reason</dt><dd>CO-197 Precertification/authorization absent</dd><dt>Appeal deadline</dt><dd>08/13/2025</dd></dl></section></main>`);
    expect(snapshot.claims).toHaveLength(1);
    expect(snapshot.claims[0]).toMatchObject({
      id: '0099887766',
      statusNormalized: 'denied',
      billed: 4500,
      dateOfService: '2025-02-14',
      denialReason: 'CO-197 Precertification/authorization absent',
      carcCodes: ['CO-197'],
      appealBy: '2025-08-13',
    });
    expect(claimElements[0]?.tagName).toBe('DL');
  });

  it('reads Spanish labels', () => {
    const { snapshot } = read(`<main>
      <div><span>Deducible</span><span>$200 de $1,000</span></div>
      <table><thead><tr><th>Número de reclamo</th><th>Fecha de servicio</th><th>Facturado</th><th>Usted debe</th><th>Estado</th></tr></thead>
      <tbody><tr><td>R-1</td><td>3 de marzo de 2025</td><td>$100.00</td><td>$10.00</td><td>Pagado</td></tr></tbody></table></main>`);
    expect(snapshot.plan.inNetwork.deductible.individual).toEqual({ amount: 1000, met: 200 });
    expect(snapshot.claims[0]).toMatchObject({
      id: 'R-1',
      dateOfService: '2025-03-03',
      billed: 100,
      patientOwes: 10,
      statusNormalized: 'paid',
    });
  });
});

describe('generic reader: hints', () => {
  it('claimRowSelector, detailRowSelector, claimIdSelector, labels, root and exclude', () => {
    const { snapshot, claimElements } = read(
      `<div id="other"><div class="c"><b class="num">IGNORED-1</b><span class="k">Cost to me</span><span>$1.00</span><span class="k">Charged</span><span>$9.00</span></div></div>
       <div id="app">
        <div class="c" id="c1"><b class="num">ZZ-1</b>
          <div><span class="k">Cost to me</span> <span>$12.00</span></div><div><span class="k">Charged</span> <span>$40.00</span></div>
          <div class="more"><div><span>Denial reason</span> <span>Duplicate claim</span></div></div>
        </div>
        <div class="c" id="c2"><b class="num">ZZ-2</b>
          <div><span class="k">Cost to me</span> <span>$0.00</span></div><div><span class="k">Charged</span> <span>$15.00</span></div>
        </div>
        <div class="promo-x"><div class="c"><b class="num">ZZ-3</b><div><span>Cost to me</span> <span>$5.00</span></div><div><span>Charged</span> <span>$5.00</span></div></div></div>
       </div>`,
      {
        root: '#app',
        exclude: ['.promo-x'],
        claimRowSelector: '.c',
        detailRowSelector: '.more',
        claimIdSelector: '.num',
        labels: { 'claim.patientOwes': ['Cost to me'] },
      },
    );
    expect(snapshot.claims.map((c) => [c.id, c.patientOwes, c.billed, c.denialReason])).toEqual([
      ['ZZ-1', 12, 40, 'Duplicate claim'],
      ['ZZ-2', 0, 15, null],
    ]);
    expect(claimElements.map((e) => e.id)).toEqual(['c1', 'c2']);
  });

  it('tierSections hints', () => {
    const { snapshot } = read(
      `<main><div class="oon"><div><span>Deductible</span><span>$10 of $100</span></div></div></main>`,
      { tierSections: { outOfNetwork: '.oon' } },
    );
    expect(snapshot.plan.outOfNetwork?.deductible.individual).toEqual({ amount: 100, met: 10 });
    expect(snapshot.plan.inNetwork.deductible.individual).toEqual({ amount: null, met: null });
  });

  it('an invalid selector in hints is ignored, never thrown', () => {
    expect(() =>
      read(CLAIMS_TABLE, { claimRowSelector: '::::nope', root: '[[', exclude: ['{'] }),
    ).not.toThrow();
  });
});
