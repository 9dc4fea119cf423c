/**
 * Generated benchmark pages (fictitious data, deterministic): an AcmeHealth-style member claims page with N claims
 * rendered by the server (static HTML), and a single-page version that re-renders its claims list on demand.
 *
 * The markup and wording copy test/fixtures/portals/acme-member/claims.html (application-name meta, `#acme-member-app`,
 * member card, claims table with "Claim number" / "Amount billed" / "You owe" columns, screen-reader duplicates of
 * amounts, network badge in the provider cell, "Updated <date>" under the status, expanded detail rows with line items
 * and adjustment codes) so that the extension recognises the page exactly as it recognises the fixture.
 *
 * Every claim row has `id="claim-<n>"` (n = 0-based position): the bench's settle check looks at one row by id instead
 * of querying the whole document on every poll.
 */

const PROVIDERS = [
  'Maplewood Imaging Center',
  'Avery Example, MD',
  'Corner Fictional Pharmacy #0042',
  'Northgate Example Laboratory',
  'Riverbend Example Urgent Care',
  'Lakeside Sample Physical Therapy',
  'Harbor Example Dermatology',
  'Summit Fictional Orthopedics',
];
const STATUSES = ['Paid', 'Processed', 'Denied', 'Pending', 'Adjusted'];
const NETWORKS = ['In-network', 'In-network', 'In-network', 'Out-of-network'];
const SERVICES: Array<[string, string]> = [
  ['99214', 'Office visit, established patient'],
  ['36415', 'Routine venipuncture'],
  ['70553', 'MRI brain without and with contrast'],
  ['97110', 'Therapeutic exercises'],
  ['80053', 'Comprehensive metabolic panel'],
];

export interface BenchClaim {
  id: string;
  type: 'Medical' | 'Pharmacy';
  dos: string;
  received: string;
  updated: string;
  provider: string;
  network: string;
  status: string;
  billed: number;
  discount: number | null;
  paid: number | null;
  owe: number | null;
  /** Every 25th claim is shown expanded with its line items (like the fixture's first two claims). */
  expanded: boolean;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `count` fictitious claims, newest first, all in plan year 2026. Deterministic. */
export function benchClaims(count: number): BenchClaim[] {
  const claims: BenchClaim[] = [];
  for (let i = 0; i < count; i++) {
    const month = 12 - Math.floor((i * 12) / Math.max(count, 1));
    const day = 1 + ((i * 7) % 27);
    const status = STATUSES[i % STATUSES.length] as string;
    const billed = 40 + ((i * 37) % 2400) + (i % 100) / 100;
    const pending = status === 'Pending';
    const discount = pending ? null : Math.round(billed * 0.35 * 100) / 100;
    const owe = pending
      ? null
      : status === 'Denied'
        ? Math.round((billed - (discount ?? 0)) * 100) / 100
        : 10 + (i % 9) * 5;
    const paid =
      pending || discount === null || owe === null
        ? null
        : Math.max(0, Math.round((billed - discount - owe) * 100) / 100);
    claims.push({
      id: `AB26${pad(month)}${pad(day)}${pad(i, 4)}`,
      type: i % 6 === 2 ? 'Pharmacy' : 'Medical',
      dos: `${pad(Math.max(1, month - 1))}/${pad(day)}/2026`,
      received: `${pad(Math.max(1, month - 1))}/${pad(Math.min(28, day + 3))}/2026`,
      updated: `${pad(month)}/${pad(Math.min(28, day + 1))}/2026`,
      provider: PROVIDERS[i % PROVIDERS.length] as string,
      network: NETWORKS[i % NETWORKS.length] as string,
      status,
      billed,
      discount,
      paid,
      owe,
      expanded: i % 25 === 0 && status !== 'Pending',
    });
  }
  return claims;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function money(n: number): string {
  return '$' + n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

function amountCell(n: number | null, spoken: string): string {
  if (n === null)
    return `<td class="num"><span aria-hidden="true">—</span><span class="sr-only">${spoken} not yet available</span></td>`;
  return `<td class="num"><span aria-hidden="true">${money(n)}</span><span class="sr-only">${spoken} ${n.toFixed(2)} dollars</span></td>`;
}

function detailRowHtml(c: BenchClaim, index: number): string {
  const [code, desc] = SERVICES[index % SERVICES.length] as [string, string];
  const discount = c.discount ?? 0;
  const paid = c.paid ?? 0;
  const owe = c.owe ?? 0;
  const denial =
    c.status === 'Denied'
      ? `<div class="denial" role="region" aria-label="Denial information"><strong>This claim was denied.</strong><dl>` +
        `<dt>Denial date</dt><dd>${c.updated}</dd><dt>Denial reason</dt><dd>Prior authorization was not obtained for this service.</dd>` +
        `<dt>Appeal by</dt><dd>04/03/2027</dd></dl></div>`
      : '';
  const codes = c.status === 'Denied' ? ['CO-45', 'PR-197'] : ['CO-45', 'PR-3'];
  return (
    `<tr class="claim-detail" id="detail-${c.id}"><td colspan="8">` +
    `<dl class="detail-grid"><div><dt>Date received</dt><dd>${c.received}</dd></div><div><dt>Network</dt><dd>${c.network}</dd></div>` +
    `<div><dt>Amount billed</dt><dd>${money(c.billed)}</dd></div><div><dt>Plan discount</dt><dd>${money(discount)}</dd></div>` +
    `<div><dt>Plan paid</dt><dd>${money(paid)}</dd></div><div><dt>You owe</dt><dd>${money(owe)}</dd></div></dl>` +
    denial +
    `<table class="lines" aria-label="Services on claim ${c.id}"><thead><tr><th scope="col">Service</th><th scope="col">Amount billed</th>` +
    `<th scope="col">Plan discount</th><th scope="col">Plan paid</th><th scope="col">Copay</th><th scope="col">Coinsurance</th>` +
    `<th scope="col">Deductible</th><th scope="col">Not covered</th><th scope="col">You owe</th><th scope="col">Adjustment codes</th></tr></thead>` +
    `<tbody><tr><td><span class="proc">${code}</span> ${escapeHtml(desc)}</td><td>${money(c.billed)}</td><td>${money(discount)}</td>` +
    `<td>${money(paid)}</td><td>${money(c.status === 'Denied' ? 0 : owe)}</td><td>$0.00</td><td>$0.00</td>` +
    `<td>${money(c.status === 'Denied' ? owe : 0)}</td><td>${money(owe)}</td><td>${codes.join(', ')}</td></tr></tbody></table>` +
    `<div class="codes"><strong>Claim adjustment codes</strong><ul>` +
    `<li><b>CO-45</b>: Charge exceeds fee schedule/maximum allowable or contracted/legislated fee arrangement.</li>` +
    (c.status === 'Denied'
      ? '<li><b>PR-197</b>: Precertification/authorization/notification/pre-treatment absent.</li>'
      : '<li><b>PR-3</b>: Co-payment amount.</li>') +
    `</ul></div></td></tr>`
  );
}

function claimRowHtml(c: BenchClaim, index: number): string {
  return (
    `<tr class="claim-row" id="claim-${index}" data-claim-id="${c.id}"><td>${c.dos}</td><td class="claim-no">${c.id}</td>` +
    `<td><div class="prov">${escapeHtml(c.provider)}</div><span class="badge">${c.network}</span></td><td>${c.type}</td>` +
    `<td><span class="status status--${c.status.toLowerCase()}">${c.status}</span><div class="status-date">Updated ${c.updated}</div></td>` +
    amountCell(c.billed, 'Amount billed') +
    amountCell(c.owe, 'You owe') +
    `<td><button type="button" class="toggle" aria-expanded="${c.expanded}" aria-controls="detail-${c.id}" data-claim="${c.id}">` +
    `${c.expanded ? 'Hide details' : 'View details'}</button></td></tr>` +
    (c.expanded ? detailRowHtml(c, index) : '')
  );
}

const STYLE = `
  * { box-sizing: border-box; }
  body { margin: 0; font-family: Arial, Helvetica, sans-serif; color: #1b1f24; background: #f4f6f9; }
  .sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
  .topbar { display: flex; align-items: center; gap: 24px; padding: 0 24px; height: 64px; background: #fff; border-bottom: 3px solid #0b3d91; }
  .topnav { display: flex; gap: 20px; flex: 1; }
  .layout { display: grid; grid-template-columns: 260px 1fr; gap: 24px; max-width: 1280px; margin: 24px auto; padding: 0 24px; }
  .sidebar { background: #fff; border-radius: 8px; padding: 16px; align-self: start; }
  main { background: #fff; border-radius: 8px; padding: 24px; }
  .member-card { display: flex; gap: 32px; font-size: 14px; color: #5b6670; margin-bottom: 16px; }
  table.claims { width: 100%; border-collapse: collapse; font-size: 14px; }
  table.claims th { text-align: left; font-size: 13px; color: #5b6670; border-bottom: 2px solid #d0d7de; padding: 8px; }
  table.claims td { border-bottom: 1px solid #e3e7eb; padding: 10px 8px; vertical-align: top; }
  td.num, th.num { text-align: right; }
  .badge { display: inline-block; font-size: 11px; padding: 2px 6px; border-radius: 10px; background: #eef1f4; color: #5b6670; margin-top: 4px; }
  .status { font-weight: 700; } .status--denied { color: #b3261e; } .status--pending { color: #8a6d00; }
  .status-date { font-size: 12px; color: #5b6670; }
  tr.claim-detail > td { background: #fafbfc; padding: 16px 24px; }
  .detail-grid { display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px 24px; margin: 0 0 16px; }
  .detail-grid dd { margin: 0; font-weight: 700; }
  .denial { border: 1px solid #f1c0bc; background: #fdf1f0; border-radius: 6px; padding: 12px 16px; margin-bottom: 16px; }
  table.lines { width: 100%; border-collapse: collapse; font-size: 13px; }
  table.lines th, table.lines td { border-bottom: 1px solid #e3e7eb; padding: 6px; text-align: right; }
  .toggle { background: none; border: 1px solid #0b3d91; color: #0b3d91; border-radius: 4px; padding: 4px 8px; }
  footer { max-width: 1280px; margin: 0 auto 32px; padding: 0 24px; font-size: 12px; color: #5b6670; }
`;

function shell(options: {
  title: string;
  tbody: string;
  tfoot: string;
  pager: string;
  state: string;
  script?: string;
}): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="application-name" content="AcmeHealth Member" />
<meta name="description" content="Generated benchmark page for Coverage Lens. All people, providers and figures are fictitious." />
<title>${options.title}</title>
<style>${STYLE}</style>
</head>
<body>
<div id="acme-member-app" data-app="member-web" data-route="claims"${options.state ? ` data-state="${options.state}"` : ''}>
<header class="topbar"><a class="brand" href="#" aria-label="AcmeHealth home">AcmeHealth</a>
<nav class="topnav" aria-label="Primary"><a href="#">Home</a><a href="#">Coverage &amp; Benefits</a><a href="#" aria-current="page">Claims &amp; Accounts</a><a href="#">Pharmacy</a></nav>
<div class="usermenu">Hi, Jordan</div></header>
<div class="layout">
<aside class="sidebar" aria-label="Switch member" data-testid="member-switcher"><h2>Viewing claims for</h2>
<ul class="member-switch"><li aria-current="true"><button type="button">Jordan Q. Sample <small>Subscriber · Member ID XZ0000123</small></button></li>
<li><button type="button">Riley Sample <small>Spouse · Member ID XZ0000123-02</small></button></li></ul></aside>
<main id="main" aria-labelledby="page-title">
<h1 id="page-title">Claims</h1>
<div class="member-card" data-testid="member-card"><div>Member: <b class="member-name">Jordan Q. Sample</b></div>
<div>Member ID: <b class="member-id">XZ0000123</b></div><div>Group: <b>Fictional Widgets Inc. (0908812)</b></div></div>
<table class="claims" data-testid="claims-table"><caption class="sr-only">Your claims, newest first</caption>
<thead><tr><th scope="col">Date of service</th><th scope="col">Claim number</th><th scope="col">Provider</th><th scope="col">Claim type</th>
<th scope="col">Claim status</th><th scope="col" class="num">Amount billed</th><th scope="col" class="num">You owe</th><th scope="col"><span class="sr-only">Details</span></th></tr></thead>
<tbody id="claims-body">${options.tbody}</tbody>
<tfoot id="claims-foot">${options.tfoot}</tfoot>
</table>
<p class="pager" id="pager">${options.pager}</p>
</main></div>
<footer>Generated benchmark page. AcmeHealth, its members and providers are fictitious. Claims are shown for the plan year 2026.</footer>
</div>
${options.script ? `<script>${options.script}</script>` : ''}
</body>
</html>`;
}

function totalsRow(claims: BenchClaim[]): string {
  const billed = claims.reduce((s, c) => s + c.billed, 0);
  const owe = claims.reduce((s, c) => s + (c.owe ?? 0), 0);
  return `<tr class="totals"><td colspan="5">Totals for ${claims.length} claims</td><td class="num">${money(billed)}</td><td class="num">${money(owe)}</td><td></td></tr>`;
}

/** A server-rendered claims page with `count` claims (already marked ready: nothing renders late). */
export function staticClaimsPage(count: number): string {
  const claims = benchClaims(count);
  return shell({
    title: `Claims &amp; Accounts (${count}) | AcmeHealth Member`,
    tbody: claims.map((c, i) => claimRowHtml(c, i)).join('\n'),
    tfoot: totalsRow(claims),
    pager: `Showing 1–${count} of ${count} claims`,
    state: 'ready',
  });
}

/**
 * The same claims page from a portal no adapter knows: no AcmeHealth brand markers (application name, app root), so
 * the generic reader reads it, after the detection that weighs its evidence (which reads it too: that read is reused).
 */
export function genericClaimsPage(count: number): string {
  return staticClaimsPage(count)
    .replace('<meta name="application-name" content="AcmeHealth Member" />\n', '')
    .replaceAll('acme-member-app', 'member-app')
    .replaceAll('AcmeHealth', 'Northwind Health');
}

/**
 * A single-page portal with `count` visible claims. `window.__benchRerender()` rebuilds the whole list with new
 * elements (same data, like a framework re-rendering after a refresh or a filter round-trip) and stamps the tbody with
 * `data-generation`. Rendering uses createElement/textContent, as the fixture's own script does.
 */
export function spaClaimsPage(count: number): string {
  const claims = benchClaims(count).map((c) => ({ ...c, expanded: false }));
  const script = `
(function () {
  'use strict';
  var claims = ${JSON.stringify(claims)};
  var money = function (n) { return '$' + n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }); };
  var h = function (tag, attrs, children) {
    var el = document.createElement(tag);
    for (var k in attrs) { if (k === 'text') el.textContent = attrs[k]; else el.setAttribute(k, attrs[k]); }
    (children || []).forEach(function (c) { el.append(typeof c === 'string' ? document.createTextNode(c) : c); });
    return el;
  };
  var amountCell = function (n, spoken) {
    if (n === null) return h('td', { class: 'num' }, [h('span', { text: '—', 'aria-hidden': 'true' }), h('span', { class: 'sr-only', text: spoken + ' not yet available' })]);
    return h('td', { class: 'num' }, [h('span', { 'aria-hidden': 'true', text: money(n) }), h('span', { class: 'sr-only', text: spoken + ' ' + n.toFixed(2) + ' dollars' })]);
  };
  var generation = 0;
  function render() {
    var body = document.getElementById('claims-body');
    var rows = claims.map(function (c, i) {
      return h('tr', { class: 'claim-row', id: 'claim-' + i, 'data-claim-id': c.id }, [
        h('td', { text: c.dos }),
        h('td', { class: 'claim-no', text: c.id }),
        h('td', {}, [h('div', { class: 'prov', text: c.provider }), h('span', { class: 'badge', text: c.network })]),
        h('td', { text: c.type }),
        h('td', {}, [h('span', { class: 'status status--' + c.status.toLowerCase(), text: c.status }), h('div', { class: 'status-date', text: 'Updated ' + c.updated })]),
        amountCell(c.billed, 'Amount billed'),
        amountCell(c.owe, 'You owe'),
        h('td', {}, [h('button', { type: 'button', class: 'toggle', 'aria-expanded': 'false', 'data-claim': c.id }, ['View details'])]),
      ]);
    });
    body.replaceChildren.apply(body, rows);
    generation++;
    body.setAttribute('data-generation', String(generation));
    document.getElementById('acme-member-app').setAttribute('data-state', 'ready');
  }
  window.__benchRerender = function () { render(); return generation; };
  render();
})();`;
  return shell({
    title: `Claims &amp; Accounts (single-page, ${count}) | AcmeHealth Member`,
    tbody: '',
    tfoot: totalsRow(claims),
    pager: `Showing 1–${count} of ${count} claims`,
    state: '',
    script,
  });
}
