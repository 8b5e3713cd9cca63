import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bumpVersions, type HubError, type Operation } from '../../../shared/index.ts';
import {
  call,
  complaintOf,
  desk,
  newComplaint,
  NO_READS,
  pull,
  signIn,
  testHub,
  VERIFY,
  type TestHub,
} from './hub.ts';

let t: TestHub;
let token: string;
beforeAll(async () => {
  t = await testHub();
  token = await signIn(t.url, 'supervisor');
});
afterAll(() => t.stop());

const HOAX: Operation = { name: 'reject', args: { reason: 'hoaks' } };
const disposeTo = (dinasId: string): Operation => ({ name: 'dispose', args: { dinasId } });
const versionsOf = async (id: string) => (await complaintOf(t.url, token, id)).versions;

describe('push', () => {
  it('applies an operation and bumps the group versions', async () => {
    const id = await newComplaint(t.url);
    const result = await desk(t.url, token, 'moderator').act(id, VERIFY, NO_READS);
    expect(result.outcome).toBe('applied');
    const now = await complaintOf(t.url, token, id);
    expect(now.state).toMatchObject({ status: 'terverifikasi', verdict: 'valid', categoryId: 'jalan-rusak' });
    // A changed group takes the hub version of the change: unique, so two histories never look alike.
    expect(result.outcome === 'applied' && result.version).toBe(now.version);
    expect(now.versions).toMatchObject({ verdict: now.version, lifecycle: now.version, disposition: 0 });
  });

  it("applies a desktop's consecutive offline operations, each read set built on the one before", async () => {
    const id = await newComplaint(t.url);
    const seen = await versionsOf(id);
    const d = desk(t.url, token, 'moderator');
    const verified = bumpVersions(seen, { verdict: 'valid', status: 'terverifikasi', priority: 'tinggi' });
    const answer = await d.push([
      d.op(id, VERIFY, seen),
      d.op(id, disposeTo('pupr'), verified),
      d.op(
        id,
        { name: 'set_priority', args: { priority: 'darurat' } },
        bumpVersions(verified, { dinasId: 'pupr', status: 'didisposisikan' }),
      ),
    ]);
    expect(answer.body.results.map((r) => r.outcome)).toEqual(['applied', 'applied', 'applied']);
    expect((await complaintOf(t.url, token, id)).state).toMatchObject({
      dinasId: 'pupr',
      status: 'didisposisikan',
    });
  });

  it('answers a resend with the stored result and applies nothing twice', async () => {
    const id = await newComplaint(t.url);
    const d = desk(t.url, token, 'moderator');
    const op = d.op(id, VERIFY, NO_READS);
    const first = await d.push([op]);
    const once = await complaintOf(t.url, token, id);
    const again = await d.push([op]);
    expect(again.body).toEqual(first.body);
    expect((await complaintOf(t.url, token, id)).version).toBe(once.version);
  });

  it('refuses a seq gap with 409 and the expected seq', async () => {
    const id = await newComplaint(t.url);
    const d = desk(t.url, token, 'moderator');
    await d.act(id, { name: 'set_priority', args: { priority: 'rendah' } }, NO_READS);
    d.op(id, VERIFY, NO_READS); // seq 2, never sent
    const gap = await d.push([d.op(id, VERIFY, NO_READS)]);
    expect(gap.status).toBe(409);
    expect((gap.body as unknown as HubError).error).toMatchObject({ code: 'seq_gap', expectedSeq: 2 });
  });

  it('still advances the seq after a rejected operation', async () => {
    const id = await newComplaint(t.url);
    const d = desk(t.url, token, 'moderator');
    const refused = await d.act(id, { name: 'acknowledge', args: {} }, NO_READS);
    expect(refused).toMatchObject({ outcome: 'rejected', code: 'forbidden' });
    const impossible = await d.act(id, { name: 'archive', args: {} }, NO_READS);
    expect(impossible.outcome).toBe('applied');
    const again = await d.act(id, { name: 'hold', args: { missing: 'alamat' } }, await versionsOf(id));
    expect(again).toMatchObject({ outcome: 'rejected', code: 'invalid_transition' });
    const answer = await d.push([d.op(id, { name: 'set_priority', args: { priority: 'tinggi' } }, NO_READS)]);
    expect(answer.body.lastClientSeq).toBe(4);
  });

  it('refuses a malformed push with the issues', async () => {
    const answer = await call<HubError>(t.url, '/api/v1/sync/push', { clientId: 'x', ops: [] }, token);
    expect(answer.status).toBe(400);
    expect(answer.body.error.issues?.length).toBeGreaterThan(0);
  });
});

describe('conflict rules', () => {
  it('A marks hoax offline while B verifies and disposes to PUPR: a conflict, nothing overwritten', async () => {
    const id = await newComplaint(t.url);
    const seenByA = await versionsOf(id);
    const b = desk(t.url, token, 'moderator');
    await b.act(id, VERIFY, seenByA);
    await b.act(id, disposeTo('pupr'), await versionsOf(id));
    const a = desk(t.url, token, 'supervisor');
    const result = await a.act(id, HOAX, seenByA);
    expect(result.outcome).toBe('conflict');
    const now = await complaintOf(t.url, token, id);
    expect(now.state).toMatchObject({ status: 'didisposisikan', verdict: 'valid', dinasId: 'pupr' });
    expect(now.needsReview).toBe(true);
    const { body } = await pull(t.url, token, a.clientId);
    const conflict = body.conflicts.find((c) => c.complaintId === id);
    expect(conflict).toMatchObject({
      group: 'verdict',
      status: 'open',
      current: {
        actor: 'moderator',
        operation: 'verify',
        value: { verdict: 'valid', status: 'didisposisikan' },
      },
      incoming: {
        actor: 'supervisor',
        operation: 'reject',
        value: { verdict: 'ditolak', rejectReason: 'hoaks' },
      },
    });
  });

  it('two different dinas: conflict; the same dinas: converged with the second actor recorded', async () => {
    const id = await newComplaint(t.url);
    await desk(t.url, token, 'moderator').act(id, VERIFY, NO_READS);
    const seen = await versionsOf(id);
    expect((await desk(t.url, token, 'moderator').act(id, disposeTo('pupr'), seen)).outcome).toBe('applied');
    expect((await desk(t.url, token, 'supervisor').act(id, disposeTo('dlh'), seen)).outcome).toBe('conflict');
    expect((await desk(t.url, token, 'admin').act(id, disposeTo('pupr'), seen)).outcome).toBe('converged');
    const { body } = await pull(t.url, token, crypto.randomUUID());
    const events = body.events.filter((e) => e.complaintId === id && e.operation === 'dispose');
    expect(events.map((e) => e.actor)).toEqual(['moderator', 'admin']);
    expect((await complaintOf(t.url, token, id)).state.dinasId).toBe('pupr');
  });

  it('identical offline decisions converge without a conflict', async () => {
    const id = await newComplaint(t.url);
    const seen = await versionsOf(id);
    expect((await desk(t.url, token, 'moderator').act(id, HOAX, seen)).outcome).toBe('applied');
    expect((await desk(t.url, token, 'supervisor').act(id, HOAX, seen)).outcome).toBe('converged');
    expect((await complaintOf(t.url, token, id)).needsReview).toBe(false);
  });

  it('later offline operations on the same item conflict too, through their read sets', async () => {
    const id = await newComplaint(t.url);
    const seen = await versionsOf(id);
    await desk(t.url, token, 'moderator').act(id, HOAX, seen);
    const a = desk(t.url, token, 'supervisor');
    expect((await a.act(id, VERIFY, seen)).outcome).toBe('conflict');
    // A's desktop shows its own verify applied: the versions it bumped itself.
    const afterVerify = bumpVersions(seen, { verdict: 'valid', status: 'terverifikasi', priority: 'tinggi' });
    expect((await a.act(id, disposeTo('pupr'), afterVerify)).outcome).toBe('conflict');
  });

  it('priority: the last arrival wins, the old value stays in the history', async () => {
    const id = await newComplaint(t.url);
    await desk(t.url, token, 'moderator').act(
      id,
      { name: 'set_priority', args: { priority: 'darurat' } },
      NO_READS,
    );
    await desk(t.url, token, 'supervisor').act(
      id,
      { name: 'set_priority', args: { priority: 'rendah' } },
      NO_READS,
    );
    expect((await complaintOf(t.url, token, id)).state.priority).toBe('rendah');
    const { body } = await pull(t.url, token, crypto.randomUUID());
    const last = body.events.filter((e) => e.complaintId === id).at(-1);
    expect(last).toMatchObject({ before: { priority: 'darurat' }, after: { priority: 'rendah' } });
  });

  it('never loses a dinas response: one arriving after the item moved is kept and flagged', async () => {
    const id = await newComplaint(t.url);
    const mod = desk(t.url, token, 'moderator');
    await mod.act(id, VERIFY, NO_READS);
    await mod.act(id, disposeTo('pupr'), await versionsOf(id));
    const seenByLiaison = await versionsOf(id);
    await desk(t.url, token, 'supervisor').act(
      id,
      { name: 'dispose', args: { dinasId: 'dlh', reason: 'salah dinas' } },
      seenByLiaison,
    );
    const respond: Operation = {
      name: 'record_response',
      args: {
        responseId: crypto.randomUUID(),
        text: 'Sudah ditambal',
        respondedAt: '2026-03-03T10:00:00+07:00',
        isPublic: true,
        evidence: [],
      },
    };
    const liaison = desk(t.url, token, 'penghubung.pupr');
    expect((await liaison.act(id, respond, seenByLiaison)).outcome).toBe('applied');
    const note: Operation = { name: 'add_note', args: { noteId: crypto.randomUUID(), text: 'catatan' } };
    expect((await liaison.act(id, note, seenByLiaison)).outcome).toBe('applied');
    const { body } = await pull(t.url, token, crypto.randomUUID());
    expect(body.responses.find((r) => r.complaintId === id)).toMatchObject({
      dinasId: 'pupr',
      needsReview: true,
    });
    expect(body.notes.some((n) => n.complaintId === id)).toBe(true);
    expect((await complaintOf(t.url, token, id)).state).toMatchObject({
      dinasId: 'dlh',
      status: 'didisposisikan',
    });
  });
});

describe('resolve_conflict', () => {
  async function conflicted() {
    const id = await newComplaint(t.url);
    const seen = await versionsOf(id);
    await desk(t.url, token, 'moderator').act(id, VERIFY, seen);
    const result = await desk(t.url, token, 'moderator').act(id, HOAX, seen);
    if (result.outcome !== 'conflict') throw new Error(JSON.stringify(result));
    const { body } = await pull(t.url, token, crypto.randomUUID());
    const conflict = body.conflicts.find((c) => c.id === result.conflictId);
    if (!conflict) throw new Error('conflict not pulled');
    return { id, conflict };
  }

  it('a supervisor takes the incoming side: applied, conflict closed, item no longer needs review', async () => {
    const { id, conflict } = await conflicted();
    const resolve: Operation = {
      name: 'resolve_conflict',
      args: { conflictId: conflict.id, choice: 'incoming', value: conflict.incoming.value },
    };
    expect(await desk(t.url, token, 'moderator').act(id, resolve, await versionsOf(id))).toMatchObject({
      outcome: 'rejected',
      code: 'forbidden',
    });
    const sup = desk(t.url, token, 'supervisor');
    expect((await sup.act(id, resolve, await versionsOf(id))).outcome).toBe('applied');
    const now = await complaintOf(t.url, token, id);
    expect(now.state).toMatchObject({ verdict: 'ditolak', rejectReason: 'hoaks', status: 'ditolak' });
    expect(now.needsReview).toBe(false);
    const { body } = await pull(t.url, token, sup.clientId);
    expect(body.conflicts.find((c) => c.id === conflict.id)).toMatchObject({
      status: 'resolved',
      resolution: { choice: 'incoming', actor: 'supervisor' },
    });
    expect((await sup.act(id, resolve, await versionsOf(id))).outcome).toBe('converged');
  });

  it('keeping the current side changes nothing; a value that is not that side is refused', async () => {
    const { id, conflict } = await conflicted();
    const before = await complaintOf(t.url, token, id);
    const sup = desk(t.url, token, 'admin');
    const wrong: Operation = {
      name: 'resolve_conflict',
      args: { conflictId: conflict.id, choice: 'current', value: conflict.incoming.value },
    };
    expect((await sup.act(id, wrong, before.versions)).outcome).toBe('rejected');
    const keep: Operation = {
      name: 'resolve_conflict',
      args: {
        conflictId: conflict.id,
        choice: 'current',
        value: conflict.current.value,
        note: 'sudah benar',
      },
    };
    expect((await sup.act(id, keep, before.versions)).outcome).toBe('applied');
    const after = await complaintOf(t.url, token, id);
    expect(after.state).toEqual(before.state);
    expect(after.needsReview).toBe(false);
  });
});
