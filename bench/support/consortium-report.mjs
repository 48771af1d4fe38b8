// Prints the consortium benchmark's figures as a Markdown table (API beside raw SQL).

const ms = (v) => `${v.toFixed(1)} ms`;
const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const n = (v) => v.toLocaleString('en');
const statementCount = (c) => `${c.data} + ${c.control}; ${c.roundTrips}`;

export function printReport(r) {
  const { rows } = r.dataSet;
  console.log(`\ndata set: scale ${r.scale}, seed ${r.seed}: ${Object.entries(rows).map(([t, c]) => `${t} ${n(c)}`).join(', ')}; loaded in ${r.dataSet.loadSeconds} s`);
  console.log(`largest tenant: ${n(r.largest.residents)} residents, ${n(r.largest.sessions)} sessions; API and raw SQL return the same case file: ${r.same ? 'yes' : 'NO'}\n`);
  // Others' work on this 2-core machine slows both columns (the API's single Node process most);
  // the benchmark itself adds ~3 (16 workers, the server, PostgreSQL).
  console.log(`machine load average (1 min) when the benchmark started / at its end: ${r.load.map((l) => l.toFixed(1)).join(' / ')}\n`);
  const cpuMs = (r.after.cpu.user + r.after.cpu.system - r.before.cpu.user - r.before.cpu.system) / 1000;
  const lines = [
    ['figure', r.apiProcesses > 1 ? `API (${r.apiProcesses} processes)` : 'API', `raw SQL (app role, RLS, ${r.rawRoundTrips === 3 ? 'BEGIN; set_config in one query' : 'BEGIN + set_config'} + SELECT + COMMIT)`, 'API ÷ raw'],
    [`case file, ${r.connections} connections, ${r.seconds} s: p50 / p95`, `${ms(r.apiLoad.p50)} / ${ms(r.apiLoad.p95)}`, `${ms(r.rawLoad.p50)} / ${ms(r.rawLoad.p95)}`, `p95 ×${(r.apiLoad.p95 / r.rawLoad.p95).toFixed(1)}`],
    ['case file, throughput', `${r.apiLoad.perSecond.toFixed(0)} req/s`, `${r.rawLoad.perSecond.toFixed(0)} req/s`, `1/${(r.rawLoad.perSecond / r.apiLoad.perSecond).toFixed(1)}`],
    ['case file, one client: median', ms(r.apiOne.p50), ms(r.rawOne.p50), `×${(r.apiOne.p50 / r.rawOne.p50).toFixed(1)}`],
    ['API CPU per case file under load', `${(cpuMs / r.apiLoad.count).toFixed(1)} ms`, '', ''],
    ['statements per case file (data + control; round trips)', statementCount(r.statements.caseFile), r.rawRoundTrips === 3 ? '1 + 3; 3' : '1 + 3; 4', ''],
    ['`residents(first: 50)`, one client: median (p95)', `${ms(r.residents.p50)} (${ms(r.residents.p95)})`, '', ''],
    ['statements per `residents(first: 50)` (data + control; round trips)', statementCount(r.statements.residents), '', ''],
    ...Object.entries(r.managerFigures).map(([name, s]) => [`${name} ${r.year.from}…${r.year.to} (manager): median (p95)`, `${ms(s.p50)} (${ms(s.p95)})`, '', '']),
    [`API memory before → after the ${r.seconds} s load (after GC): RSS, heap used`, `${mib(r.before.rss)} → ${mib(r.after.rss)}, ${mib(r.before.heapUsed)} → ${mib(r.after.heapUsed)}`, '', ''],
  ];
  lines.forEach((cells, i) => {
    console.log(`| ${cells.join(' | ')} |`);
    if (i === 0) console.log(`|${cells.map(() => '---').join('|')}|`);
  });
}
