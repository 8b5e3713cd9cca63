import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { jakartaDate } from '../../../shared/calendar/workdays.ts';
import { strictAssert, type ComplaintExportQuery, type Operation } from '../../../shared/index.ts';
import { applyMany } from '../../../electron/core/complaints/apply-many.ts';
import { deleteHoliday, saveHoliday } from '../../../electron/core/deadlines/holiday-settings.ts';
import { dashboard } from '../../../electron/core/reports/dashboard.ts';
import { complaintsCsv, complaintsXlsx } from '../../../electron/core/reports/export-complaints.ts';
import { rebuildReports, reportOperation } from '../../../electron/core/reports/refresh.ts';
import { BENCH_NOW } from '../fixture.ts';
import { sample, timeOnce } from '../timing.ts';
import type { BenchContext, BenchResult, Scenario } from '../types.ts';
import { YEAR_MS, summariseTheYear } from './report-year.ts';

const DAY_MS = 86_400_000;
const WHO = { actor: 'bench', device: 'bench' };
/** Items taken through a disposition's life to measure what keeping the report costs an operation. */
const LIFE_ITEMS = 1_000;
const EXPORT_ROWS = 100_000;

/** A year of the dashboard, not aligned to months (a custom range): a half month of day rows, then months. */
function dashboardLine({ db, scale }: BenchContext, dispositions: number): BenchResult {
  const now = BENCH_NOW.getTime();
  const period = { from: jakartaDate(now - YEAR_MS + 15 * DAY_MS), to: jakartaDate(now) };
  const ours = sample(() => dashboard(db, { period }, now), { runs: 20, minRuns: 5, warmup: 2 });
  const count = db
    .prepare('SELECT dinas_id, count(*) FROM report_disposition WHERE disposed_ms >= ? GROUP BY dinas_id')
    .raw();
  const baseline = sample(() => count.all(now - YEAR_MS), { runs: 20, minRuns: 5, warmup: 2 });
  return {
    scale,
    scenario: 'reports',
    case: 'dashboard, one year',
    metric: 'p50 ms',
    ours: ours.p50,
    baseline: baseline.p50,
    target: { op: '<', value: 300 },
    note: `${dispositions.toLocaleString('en-US')} dispositions; baseline: COUNT(*) GROUP BY dinas of them`,
  };
}

/** The newest EXPORT_ROWS items as a workbook, against the same rows as CSV text (the same reading). */
async function exportLine({ db, scale }: BenchContext): Promise<BenchResult> {
  const newest = db
    .prepare<[number], number>('SELECT received_ms FROM complaint ORDER BY seq DESC LIMIT 1 OFFSET ?')
    .pluck()
    .get(Math.min(scale, EXPORT_ROWS) - 1);
  strictAssert(newest !== undefined, 'the bench database holds complaints');
  const query: ComplaintExportQuery = {
    filters: { receivedFrom: new Date(newest).toISOString() },
    sort: { by: 'receivedAt', dir: 'desc' },
  };
  const scope = { onlyDinasId: null };
  const start = performance.now();
  const file = await complaintsXlsx(db, query, scope);
  const ours = performance.now() - start;
  const csv = timeOnce(() => complaintsCsv(db, query, scope));
  return {
    scale,
    scenario: 'reports',
    case: `XLSX export, newest ${Math.min(scale, EXPORT_ROWS).toLocaleString('en-US')} rows`,
    metric: 'p50 ms',
    ours,
    baseline: csv,
    target: { op: '<', value: 10_000 },
    note: `one run, ${(file.base64.length * 0.75) / 1e6} MB; baseline: the same rows as CSV`,
  };
}

const OPS: Operation[] = [
  { name: 'dispose', args: { dinasId: 'pupr' } },
  { name: 'acknowledge', args: {} },
];
const respond = (): Operation => ({
  name: 'record_response',
  args: {
    responseId: randomUUID(),
    text: 'Sudah ditangani',
    respondedAt: BENCH_NOW.toISOString(),
    isPublic: true,
    evidence: [],
  },
});

/**
 * What keeping the report costs one operation: LIFE_ITEMS verified items are disposed, acknowledged and
 * answered through applyMany, then the report upkeep of the answer (reportOperation) is timed alone.
 */
function upkeepLine({ db, scale }: BenchContext): BenchResult {
  const ids = db
    .prepare<[number], string>("SELECT id FROM complaint WHERE status = 'terverifikasi' ORDER BY seq LIMIT ?")
    .pluck()
    .all(LIFE_ITEMS);
  const applied = (op: Operation, some: readonly string[]) =>
    strictAssert(
      applyMany(db, WHO, some, op).results.every((r) => r.ok),
      `every ${op.name} is applied`,
    );
  for (const op of OPS) applied(op, ids);
  const answerMs = timeOnce(() => ids.forEach((id) => applied(respond(), [id])));
  const upkeepMs = timeOnce(() =>
    db.transaction(() => ids.forEach((id) => reportOperation(db, id, 'record_response')))(),
  );
  const perSecond = (ms: number) => ids.length / (ms / 1000);
  return {
    scale,
    scenario: 'reports',
    case: 'report upkeep of an answer (reportOperation)',
    metric: 'ops/s',
    ours: perSecond(upkeepMs),
    baseline: perSecond(answerMs),
    target: null,
    note: `${((upkeepMs * 1000) / ids.length).toFixed(0)} µs of a ${((answerMs * 1000) / ids.length).toFixed(0)} µs record_response (its own call each)`,
  };
}

/** A cuti bersama added two months back: only the dispositions and waits running across it move. */
const HOLIDAY = jakartaDate(BENCH_NOW.getTime() - 60 * DAY_MS);

function holidayLine({ db, scale }: BenchContext): BenchResult {
  const date = HOLIDAY;
  const ms = timeOnce(() => saveHoliday(db, WHO, { date, kind: 'cuti_bersama', note: 'bench' }));
  const start = Date.parse(`${date}T00:00:00+07:00`);
  const across = db
    .prepare(
      'SELECT count(*) FROM report_disposition WHERE disposed_ms < ? AND coalesce(response_ms, due_ms) >= ?',
    )
    .pluck();
  const baseline = timeOnce(() => across.get(start + DAY_MS, start));
  return {
    scale,
    scenario: 'reports',
    case: 'cuti bersama added 60 days back',
    metric: 'p50 ms',
    ours: ms,
    baseline,
    target: null,
    note: `one run; baseline: COUNT of the dispositions across the day (${String(across.get(start + DAY_MS, start))})`,
  };
}

/** The supervisors' dashboard, the inbox export, and what the report costs operations and settings. */
export const reportsScenario: Scenario = {
  name: 'reports',
  async run(ctx): Promise<BenchResult[]> {
    let dispositions = 0;
    const fillMs = timeOnce(() => (dispositions = summariseTheYear(ctx.db, BENCH_NOW.getTime())));
    process.stderr.write(`    a year of report rows through the triggers: ${(fillMs / 1000).toFixed(1)} s\n`);
    const results = [
      dashboardLine(ctx, dispositions),
      await exportLine(ctx),
      upkeepLine(ctx),
      holidayLine(ctx),
    ];
    cleanUp(ctx.db, HOLIDAY);
    return results;
  },
};

/** The made-up year goes (rebuilt from the log, the repair path): later scenarios start as before this one. */
function cleanUp(db: Database.Database, date: string): void {
  deleteHoliday(db, WHO, date);
  db.transaction(() => rebuildReports(db))();
}
