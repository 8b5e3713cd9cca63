import { ROW_COLUMNS } from '../../../electron/core/complaints/record.ts';
import { listComplaints } from '../../../electron/core/complaints/list.ts';
import { seqFrom } from '../../../electron/core/complaints/seq.ts';
import type { ComplaintFilters, ComplaintSort } from '../../../shared/index.ts';
import { BENCH_NOW } from '../fixture.ts';
import { sample } from '../timing.ts';
import type { BenchResult, Scenario } from '../types.ts';

const PAGE = 100;
const WEEK_AGO = new Date(BENCH_NOW.getTime() - 7 * 86_400_000);

/**
 * Inbox views a moderator opens all day, each beside the hand-written indexed query it amounts to.
 * seq is the received-order key (complaints/seq.ts), so "newest first" is seq descending.
 */
const CASES: readonly {
  name: string;
  filters: ComplaintFilters;
  sort: ComplaintSort;
  offset?: number;
  baseline: { where: string; order: string; params: (string | number)[] };
}[] = [
  {
    name: 'semua, terbaru',
    filters: {},
    sort: { by: 'receivedAt', dir: 'desc' },
    baseline: { where: '', order: 'c.seq DESC', params: [] },
  },
  {
    name: 'status baru, terbaru',
    filters: { status: ['baru'] },
    sort: { by: 'receivedAt', dir: 'desc' },
    baseline: { where: 'WHERE c.status = ?', order: 'c.seq DESC', params: ['baru'] },
  },
  {
    name: 'kecamatan + baru/ditunda',
    filters: { kecamatanId: ['cihideung'], status: ['baru', 'ditunda'] },
    sort: { by: 'receivedAt', dir: 'desc' },
    baseline: {
      where: 'WHERE c.kecamatan_id = ? AND c.status IN (?, ?)',
      order: 'c.seq DESC',
      params: ['cihideung', 'baru', 'ditunda'],
    },
  },
  {
    name: 'kategori jalan-rusak, prioritas',
    filters: { categoryId: ['jalan-rusak'] },
    sort: { by: 'priority', dir: 'desc' },
    baseline: {
      where: 'WHERE c.category_id = ?',
      order: 'c.priority_rank DESC, c.seq DESC',
      params: ['jalan-rusak'],
    },
  },
  {
    name: 'dinas + didisposisikan, 7 hari',
    filters: { dinasId: ['pupr'], status: ['didisposisikan'], receivedFrom: WEEK_AGO.toISOString() },
    sort: { by: 'receivedAt', dir: 'desc' },
    baseline: {
      where: 'WHERE c.dinas_id = ? AND c.status = ? AND c.seq >= ?',
      order: 'c.seq DESC',
      params: ['pupr', 'didisposisikan', seqFrom(WEEK_AGO.getTime())],
    },
  },
  {
    name: 'instagram, halaman 30',
    filters: { channel: ['instagram'] },
    sort: { by: 'receivedAt', dir: 'desc' },
    offset: 29 * PAGE,
    baseline: { where: 'WHERE c.channel = ?', order: 'c.seq DESC', params: ['instagram'] },
  },
];

/** The inbox page query (100 rows), p50 and p95, against a raw prepared statement on the same data. */
export const pageScenario: Scenario = {
  name: 'page',
  run({ db, scale }): BenchResult[] {
    return CASES.flatMap((c) => {
      const offset = c.offset ?? 0;
      const query = { filters: c.filters, sort: c.sort, offset, limit: PAGE };
      const ours = sample(() => listComplaints(db, query));
      const raw = db
        .prepare(
          `SELECT ${ROW_COLUMNS} FROM complaint c ${c.baseline.where} ORDER BY ${c.baseline.order} LIMIT ? OFFSET ?`,
        )
        .raw();
      const baseline = sample(() => raw.all(...c.baseline.params, PAGE, offset));
      const target = { op: '<', value: 20 } as const;
      return [
        {
          scale,
          scenario: 'page',
          case: c.name,
          metric: 'p50 ms',
          ours: ours.p50,
          baseline: baseline.p50,
          target: null,
        },
        {
          scale,
          scenario: 'page',
          case: c.name,
          metric: 'p95 ms',
          ours: ours.p95,
          baseline: baseline.p95,
          target,
        },
      ] satisfies BenchResult[];
    });
  },
};
