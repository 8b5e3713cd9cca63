import type { Status } from '../../../shared/index.ts';
import { LATE_STATUSES, statusesIn } from '../deadlines/stage.ts';
import { sqlDay } from './calendar.ts';

/*
 * The dashboard reads day tallies and duration histograms instead of items. Each source table (complaint,
 * report_disposition, report_decision) lists the events a row stands for; triggers add a row's events when
 * it is written and take them back when it changes or goes, in the writer's own transaction, so the
 * aggregates can never drift from the rows. A bulk rebuild renders the same events as grouped SELECTs.
 */

/** The Monday of a day number's ISO week (day 0, 1 Jan 1970, was a Thursday). */
export const sqlWeekStart = (day: string): string => `(${day} - (${day} + 3) % 7)`;

/** The first day of a day number's month, as a day number. */
export const sqlMonthStart = (day: string): string =>
  `CAST(julianday(${day} * 86400, 'unixepoch', 'start of month') - 2440587.5 AS INTEGER)`;

/**
 * Histogram buckets of working durations: below a minute, one bucket; above, log-spaced buckets 2% wide
 * (bucket k ≥ 1 holds [1 min · 1.02^(k−1), 1 min · 1.02^k)). About 600 buckets cover a working year.
 */
const BUCKET_FLOOR_MS = 60_000;
const BUCKET_GROWTH = 1.02;
const sqlBucket = (v: string): string =>
  `CASE WHEN ${v} < ${BUCKET_FLOOR_MS} THEN 0
    ELSE 1 + CAST(ln(${v} / ${BUCKET_FLOOR_MS}.0) / ln(${BUCKET_GROWTH}) AS INTEGER) END`;

/** A count on a day for a group (a dinas, a kecamatan, an operation...); n is 0 or 1 per row. */
type Tally = {
  kind: string;
  grp: (r: string) => string;
  day: (r: string) => string;
  n?: (r: string) => string;
  /** For open clocks: the day the clock runs out, so "overdue now" is a sum, not a scan of the items. */
  due?: (r: string) => string;
};
/** A working duration, on the day it ended, for a group. */
type Duration = {
  metric: string;
  grp: (r: string) => string;
  day: (r: string) => string;
  v: (r: string) => string;
};

type Source = {
  table: 'complaint' | 'report_disposition' | 'report_decision';
  /** The columns the events read: an update that sets none of them wakes no trigger. */
  columns: readonly string[];
  tallies: readonly Tally[];
  durations: readonly Duration[];
  /**
   * Rows come in by the thousand (seeding, a first sync): the inserting code adds their events in one
   * grouped statement per batch (addEventsSql). A per-row insert trigger cost more than the row itself.
   */
  insertedInBatches?: true;
};

const dinas = (r: string) => `${r}.dinas_id`;
/** A disposition leaves the dinas's backlog at its first answer or when passed on, never before it began. */
const closedMs = (r: string) =>
  `max(${r}.disposed_ms, coalesce(min(${r}.response_ms, ${r}.passed_ms), ${r}.response_ms, ${r}.passed_ms))`;

const DISPOSITIONS: Source = {
  table: 'report_disposition',
  columns: [
    'dinas_id',
    'disposed_ms',
    'passed_ms',
    'ack_ms',
    'response_ms',
    'settled_ms',
    'reopened',
    'due_ms',
    'ack_wms',
    'response_wms',
  ],
  tallies: [
    { kind: 'disposed', grp: dinas, day: (r) => sqlDay(`${r}.disposed_ms`) },
    { kind: 'reopened', grp: dinas, day: (r) => sqlDay(`${r}.disposed_ms`), n: (r) => `${r}.reopened` },
    { kind: 'closed', grp: dinas, day: (r) => sqlDay(closedMs(r)) },
    { kind: 'settled', grp: dinas, day: (r) => sqlDay(`${r}.settled_ms`) },
    { kind: 'acknowledged', grp: dinas, day: (r) => sqlDay(`${r}.ack_ms`) },
    { kind: 'responded', grp: dinas, day: (r) => sqlDay(`${r}.response_ms`) },
    // Answered before the deadline's exclusive end.
    {
      kind: 'in_time',
      grp: dinas,
      day: (r) => sqlDay(`${r}.response_ms`),
      n: (r) => `coalesce(${r}.response_ms < ${r}.due_ms, 0)`,
    },
  ],
  durations: [
    { metric: 'ack', grp: dinas, day: (r) => sqlDay(`${r}.ack_ms`), v: (r) => `${r}.ack_wms` },
    { metric: 'response', grp: dinas, day: (r) => sqlDay(`${r}.response_ms`), v: (r) => `${r}.response_wms` },
  ],
};

const DECISIONS: Source = {
  table: 'report_decision',
  columns: ['operation', 'actor', 'at_ms', 'reject_reason', 'wait_wms'],
  tallies: [
    { kind: 'decision', grp: (r) => `${r}.operation`, day: (r) => sqlDay(`${r}.at_ms`) },
    { kind: 'decided_by', grp: (r) => `${r}.actor`, day: (r) => sqlDay(`${r}.at_ms`) },
    {
      kind: 'rejected_for',
      grp: (r) => `${r}.reject_reason`,
      day: (r) => sqlDay(`${r}.at_ms`),
      n: (r) => `${r}.operation = 'reject'`,
    },
  ],
  durations: [
    { metric: 'verify_wait', grp: () => "''", day: (r) => sqlDay(`${r}.at_ms`), v: (r) => `${r}.wait_wms` },
  ],
};

const sqlList = (statuses: readonly Status[]) => `(${statuses.map((s) => `'${s}'`).join(', ')})`;
/** Statuses in which an item is with its dinas, whose clock the dinas is late on. */
export const WITH_DINAS = statusesIn('tindak_lanjut');

/** Received items by kecamatan ('' for none): merged duplicates are not items of their own. */
const COMPLAINTS: Source = {
  table: 'complaint',
  insertedInBatches: true,
  columns: ['received_ms', 'kecamatan_id', 'master_id', 'due_ms', 'status', 'dinas_id'],
  tallies: [
    {
      kind: 'received',
      grp: (r) => `coalesce(${r}.kecamatan_id, '')`,
      day: (r) => sqlDay(`${r}.received_ms`),
      n: (r) => `${r}.master_id IS NULL`,
    },
    {
      kind: 'open',
      grp: (r) => `coalesce(${r}.kecamatan_id, '')`,
      day: (r) => sqlDay(`${r}.received_ms`),
      n: (r) => `${r}.master_id IS NULL AND ${r}.due_ms IS NOT NULL`,
    },
    // The open clocks "overdue now" counts (reports/overdue.ts), by the day they run out.
    {
      kind: 'late_open',
      grp: (r) => `coalesce(${r}.kecamatan_id, '')`,
      day: (r) => sqlDay(`${r}.received_ms`),
      due: (r) => sqlDay(`${r}.due_ms`),
      n: (r) => `${r}.master_id IS NULL AND ${r}.status IN ${sqlList(LATE_STATUSES)}`,
    },
    {
      kind: 'with_dinas',
      grp: dinas,
      day: (r) => sqlDay(`${r}.received_ms`),
      due: (r) => sqlDay(`${r}.due_ms`),
      n: (r) => `${r}.master_id IS NULL AND ${r}.status IN ${sqlList(WITH_DINAS)}`,
    },
  ],
  durations: [],
};

export const SOURCES: readonly Source[] = [COMPLAINTS, DISPOSITIONS, DECISIONS];

const GRAINS = `(SELECT 'day' AS grain UNION ALL SELECT 'week' UNION ALL SELECT 'month') g`;
const sqlGrainStart = `CASE g.grain WHEN 'day' THEN e.day WHEN 'week' THEN ${sqlWeekStart('e.day')}
  ELSE ${sqlMonthStart('e.day')} END`;

/** The events of row `r` (from `from`, empty inside a trigger) as (kind, grp, day, due_day, n) rows. */
const talliesOf = (s: Pick<Source, 'tallies'>, r: string, from: string): string =>
  s.tallies
    .map(
      (t) =>
        `SELECT '${t.kind}' AS kind, ${t.grp(r)} AS grp, ${t.day(r)} AS day, ${t.due?.(r) ?? '0'} AS due_day,
          ${t.n?.(r) ?? '1'} AS n${from}`,
    )
    .join(' UNION ALL ');

const durationsOf = (s: Pick<Source, 'durations'>, r: string, from: string): string =>
  s.durations
    .map(
      (d) => `SELECT '${d.metric}' AS metric, ${d.grp(r)} AS grp, ${d.day(r)} AS day, ${d.v(r)} AS v${from}`,
    )
    .join(' UNION ALL ');

const TALLY_ROWS = 'e.day IS NOT NULL AND e.grp IS NOT NULL AND e.due_day IS NOT NULL AND e.n <> 0';
const DURATION_ROWS = 'e.day IS NOT NULL AND e.grp IS NOT NULL AND e.v IS NOT NULL';

type Events = Pick<Source, 'tallies' | 'durations'>;

/** Adds (sign 1) or takes back (−1) the events of the trigger's row `r` (new or old). */
function applyEvents(e: Events, r: 'new' | 'old', sign: 1 | -1): string {
  const tally = `INSERT INTO report_tally (kind, grp, day, due_day, n)
    SELECT e.kind, e.grp, e.day, e.due_day, ${sign} FROM (${talliesOf(e, r, '')}) e WHERE ${TALLY_ROWS}
    ON CONFLICT DO UPDATE SET n = n + excluded.n;`;
  const hist = `INSERT INTO report_hist (metric, grain, start, grp, bucket, n, wms)
    SELECT e.metric, g.grain, ${sqlGrainStart}, e.grp, ${sqlBucket('e.v')}, ${sign}, ${sign} * e.v
    FROM (${durationsOf(e, r, '')}) e, ${GRAINS} WHERE ${DURATION_ROWS}
    ON CONFLICT DO UPDATE SET n = n + excluded.n, wms = wms + excluded.wms;`;
  return [e.tallies.length > 0 ? tally : '', e.durations.length > 0 ? hist : ''].join('\n');
}

const differs = (parts: ((r: string) => string)[]) =>
  parts.map((part) => `(${part('old')}) IS NOT (${part('new')})`).join(' OR ');

/**
 * One update trigger per event, firing only when that event's group, day or value changes: answering
 * an item moves its 'responded' and 'closed' tallies and its response histogram, nothing else.
 */
function updateTriggers(s: Source): { name: string; sql: string }[] {
  const one = (name: string, events: Events, changed: string) => ({
    name: `${s.table}_report_update_${name}`,
    sql: `CREATE TRIGGER ${s.table}_report_update_${name} AFTER UPDATE OF ${s.columns.join(', ')} ON ${s.table}
      WHEN ${changed} BEGIN ${applyEvents(events, 'old', -1)} ${applyEvents(events, 'new', 1)} END;`,
  });
  return [
    ...s.tallies.map((t) =>
      one(
        t.kind,
        { tallies: [t], durations: [] },
        differs([t.grp, t.day, t.due ?? (() => '0'), t.n ?? (() => '1')]),
      ),
    ),
    ...s.durations.map((d) => one(d.metric, { tallies: [], durations: [d] }, differs([d.grp, d.day, d.v]))),
  ];
}

/** The triggers keeping report_tally and report_hist in step with one source table. */
export function triggersOf(s: Source): string {
  const insert = `CREATE TRIGGER ${s.table}_report_insert AFTER INSERT ON ${s.table} BEGIN ${applyEvents(s, 'new', 1)} END;`;
  return `
${s.insertedInBatches ? '' : insert}
CREATE TRIGGER ${s.table}_report_delete AFTER DELETE ON ${s.table} BEGIN ${applyEvents(s, 'old', -1)} END;
${updateTriggers(s)
  .map((t) => t.sql)
  .join('\n')}`;
}

export const dropTriggersOf = (s: Source): string =>
  [`${s.table}_report_insert`, `${s.table}_report_delete`, ...updateTriggers(s).map((t) => t.name)]
    .map((name) => `DROP TRIGGER IF EXISTS ${name};`)
    .join('\n');

/**
 * The events of the rows `r` of a source that pass `where`, added at once in grouped statements: the
 * rebuild's fill (every row) and a batch insert's tally (the rows it wrote).
 */
export function addEventsSql(s: Source, where: string): string {
  const tally = addTalliesSql(s, where);
  if (s.durations.length === 0) return tally;
  // The rows' event columns are read once: each metric would otherwise look every row up again.
  const rows = `WITH r AS MATERIALIZED (SELECT ${s.columns.join(', ')} FROM ${s.table} r WHERE ${where})`;
  return `${tally}
  ${rows} INSERT INTO report_hist (metric, grain, start, grp, bucket, n, wms)
    SELECT e.metric, g.grain, ${sqlGrainStart} AS start, e.grp, ${sqlBucket('e.v')} AS bucket, count(*), sum(e.v)
    FROM (${durationsOf(s, 'r', ' FROM r')}) e, ${GRAINS} WHERE ${DURATION_ROWS}
    GROUP BY e.metric, g.grain, start, e.grp, bucket ON CONFLICT DO UPDATE SET n = n + excluded.n, wms = wms + excluded.wms;`;
}

/**
 * The tallies part: rows that make the same events (group, day, due day and count of every kind) are
 * counted together first, so the final grouping sorts a few thousand such sets for a year of items
 * instead of one event per row and kind.
 */
function addTalliesSql(s: Source, where: string): string {
  // One column per distinct expression: the kinds mostly share their group and days.
  const columns = new Map<string, string>();
  const column = (sql: string): string => {
    const name = columns.get(sql) ?? `x${columns.size}`;
    columns.set(sql, name);
    return name;
  };
  const events = s.tallies
    .map((t) => {
      const [grp, day, due, n] = [t.grp('r'), t.day('r'), t.due?.('r') ?? '0', t.n?.('r') ?? '1'].map(column);
      return `SELECT '${t.kind}' AS kind, ${grp} AS grp, ${day} AS day, ${due} AS due_day, ${n} * copies AS n FROM r`;
    })
    .join(' UNION ALL ');
  const keys = [...columns];
  const sets = `WITH r AS MATERIALIZED (SELECT ${keys.map(([sql, name]) => `${sql} AS ${name}`).join(', ')},
    count(*) AS copies FROM ${s.table} r WHERE ${where} GROUP BY ${keys.map(([, name]) => name).join(', ')})`;
  return `${sets} INSERT INTO report_tally (kind, grp, day, due_day, n)
    SELECT e.kind, e.grp, e.day, e.due_day, sum(e.n) FROM (${events}) e WHERE ${TALLY_ROWS}
    GROUP BY e.kind, e.grp, e.day, e.due_day ON CONFLICT DO UPDATE SET n = n + excluded.n;`;
}

export const fillFrom = (s: Source): string => addEventsSql(s, 'true');

/** The report events of the complaints whose seq is in the JSON array bound as @seqs. */
export const addComplaintEventsSql = addEventsSql(
  COMPLAINTS,
  'r.seq IN (SELECT value FROM json_each(@seqs))',
);
