import type Database from 'better-sqlite3';
import {
  applyOperation,
  NEW_COMPLAINT_STATE,
  stateDiff,
  strictAssert,
  type ComplaintState,
  type Operation,
} from '../../../shared/index.ts';
import { auditWriter } from '../audit/append.ts';
import { DEMO_USERS } from '../auth/demo-users.ts';
import { eventNote, writeEffects } from '../complaints/effects.ts';
import { calendarFor } from '../deadlines/calendar.ts';
import { recomputeDue } from '../deadlines/recompute.ts';
import { stageFor } from '../deadlines/stage.ts';
import { shippedMasterData } from '../master/seed.ts';
import { rebuildReports } from '../reports/refresh.ts';
import { deskScript, type DeskPeople } from './desk-script.ts';
import { createRandom } from './random.ts';

/** Demo history is nobody's work on this machine: its events say so, and nothing of it is ever pushed. */
const DEMO_DEVICE = 'demo';

type StateRecord = Omit<ComplaintState, 'laporRecorded' | 'flagged'> & {
  id: string;
  receivedMs: number;
  laporRecorded: 0 | 1;
  flagged: 0 | 1;
};

const DEMO_ITEMS = `SELECT id, received_ms AS receivedMs, status, verdict, reject_reason AS rejectReason, type,
  category_id AS categoryId, dinas_id AS dinasId, priority, confidentiality,
  responsible_party AS responsibleParty, master_id AS masterId, lapor_tracking_no AS laporTrackingNo,
  lapor_recorded AS laporRecorded, assignee_id AS assigneeId, flagged
  FROM complaint WHERE is_demo = 1 ORDER BY seq`;

/** The demo users act; a dinas without a demo liaison gets a named stand-in. */
function demoPeople(): DeskPeople {
  const user = (role: string) => DEMO_USERS.find((u) => u.role === role)?.username ?? role;
  const liaisons = new Map<string, string>(
    DEMO_USERS.flatMap((u) => (u.role === 'penghubung' && u.dinasId ? [[u.dinasId, u.username]] : [])),
  );
  const dinas = shippedMasterData().dinas.map((d) => d.id);
  const position = (id: string) => Math.max(0, dinas.indexOf(id));
  return {
    moderator: user('moderator'),
    supervisor: user('supervisor'),
    liaisonOf: (id) => liaisons.get(id) ?? `penghubung.${id}`,
    otherThan: (id) => dinas[(position(id) + 1) % dinas.length] ?? id,
    // From a day to about four days of office time: the dashboard then tells quick and slow dinas apart.
    paceOf: (id) => 6 + ((position(id) * 7) % 5) * 6,
  };
}

type Event = { complaintId: string; atMs: number; actor: string; op: Operation; before: ComplaintState };

/**
 * Writes the history of the demo desk that workTheDesk left in the complaint columns as audit events in
 * the hash chain (and the dinas's responses as response rows), then derives the dashboard's report rows
 * from them through the same rebuild as the migration's. Only for demo seeding: the bench's million
 * items keep their bare columns. No outbox rows: demo history must never reach a hub.
 */
export function logTheDesk(db: Database.Database, nowMs = Date.now()): void {
  const items = db.prepare<[], StateRecord>(DEMO_ITEMS).all();
  if (items.length === 0) return;
  const clock = { cal: calendarFor(db, items[0]?.receivedMs ?? nowMs, nowMs), nowMs };
  const people = demoPeople();
  const random = createRandom(20_250_630);
  const events: Event[] = [];
  const clocks: [startedMs: number, id: string][] = [];
  for (const { id, receivedMs, laporRecorded, flagged, ...columns } of items) {
    const final: ComplaintState = { ...columns, laporRecorded: laporRecorded === 1, flagged: flagged === 1 };
    const { status, verdict, rejectReason, type, categoryId, dinasId, priority } = NEW_COMPLAINT_STATE;
    let state: ComplaintState = {
      ...final,
      status,
      verdict,
      rejectReason,
      type,
      categoryId,
      dinasId,
      priority,
    };
    let stageStartedMs = receivedMs;
    for (const step of deskScript({ receivedMs, state: final }, people, random, clock)) {
      events.push({ complaintId: id, ...step, before: state });
      const result = applyOperation(state, step.op);
      strictAssert(result.ok, `demo history replays: ${step.op.name} from ${state.status}`);
      // A new stage starts its clock, and so does a disposition to another dinas.
      if (stageFor(result.state.status) !== stageFor(state.status) || step.op.name === 'dispose') {
        stageStartedMs = step.atMs;
      }
      state = result.state;
    }
    strictAssert(
      state.status === final.status && state.dinasId === final.dinasId,
      'history ends where it is',
    );
    if (stageFor(state.status) !== null) clocks.push([stageStartedMs, id]);
  }
  // The log reads in time order; a sort that keeps ties in place keeps each item's steps in order.
  events.sort((a, b) => a.atMs - b.atMs);
  db.transaction(() => {
    const audit = auditWriter(db);
    for (const { complaintId, atMs, actor, op, before } of events) {
      const after = applyOperation(before, op);
      strictAssert(after.ok, 'replayed above');
      const diff = stateDiff(before, after.state);
      const who = { actor, device: DEMO_DEVICE, at: new Date(atMs).toISOString() };
      audit.append({ ...who, complaintId, operation: op.name, ...diff, note: eventNote(op) });
      writeEffects(db, complaintId, after.state, op, who);
    }
    // workTheDesk guessed when each clock started; the history says when, and the rules say when it is due.
    const restart = db.prepare('UPDATE complaint SET stage_started_ms = ? WHERE id = ?');
    for (const [startedMs, id] of clocks) restart.run(startedMs, id);
    recomputeDue(db, 'c.is_demo = 1', []);
    rebuildReports(db);
  }).immediate();
}
