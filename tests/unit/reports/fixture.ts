import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { vi } from 'vitest';
import type { Operation } from '../../../shared/index.ts';
import { applyToComplaint } from '../../../electron/core/complaints/apply.ts';
import { insertComplaints } from '../../../electron/core/complaints/insert.ts';
import { idOf, item, tempDb } from '../core/helpers.ts';

/*
 * June 2025 on one desk, every time in WIB. Fri 6 Jun is Idul Adha, 7–8 a weekend, Mon 9 Jun the cuti
 * bersama the tests add (not a national holiday in the package). Hand-computed figures are in the tests.
 *  A  received Thu 5 Jun 08:00 (Cihideung), verified 10:00, disposed to PUPR 12:00, acknowledged Tue 10 Jun
 *     09:00, answered Tue 10 Jun 12:00, confirmed done Wed 11 Jun, reopened Thu 12 Jun 09:00.
 *  B  received Mon 2 Jun 09:00, verified 10:00, disposed to DLH 11:00, reassigned to PUPR Wed 4 Jun 11:00,
 *     answered Mon 16 Jun 10:00 (after its deadline).
 *  C  received Thu 5 Jun 09:00, merged into A at 11:00 (a duplicate: not received on its own).
 *  D  received Fri 27 Jun 09:00, verified 10:00, disposed to PUPR Mon 30 Jun 23:30: open at the end.
 *  E  received Mon 30 Jun 23:30 (the last day counts); F received Tue 1 Jul 00:10 (outside).
 *  G  received Tue 3 Jun 09:00, rejected as spam 10:00.
 */
export const JUNE = { from: '2025-06-01', to: '2025-06-30' } as const;
export const NOW = Date.parse('2025-07-01T10:00:00+07:00');
export const WHO = { actor: 'rina', device: 'desk-1' };

const wib = (local: string): string => `2025-${local}+07:00`;

export const verify: Operation = {
  name: 'verify',
  args: { type: 'pengaduan', categoryId: 'jalan-rusak', priority: 'sedang', confidentiality: 'biasa' },
};
const dispose = (dinasId: string): Operation => ({ name: 'dispose', args: { dinasId } });
const respond = (respondedAt: string): Operation => ({
  name: 'record_response',
  args: { responseId: randomUUID(), text: 'Sudah ditangani', respondedAt, isPublic: true, evidence: [] },
});

export type June = { db: Database.Database; ids: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G', string> };

export function juneDesk(): June {
  const { db } = tempDb();
  const received = (n: number, local: string, extra = {}) =>
    item(n, { receivedAt: wib(local), externalId: `ig-${n}`, ...extra });
  insertComplaints(
    db,
    [
      received(1, '06-05T08:00:00', { place: { kecamatan: 'Cihideung' } }),
      received(2, '06-02T09:00:00'),
      received(3, '06-05T09:00:00'),
      received(4, '06-27T09:00:00'),
      received(5, '06-30T23:30:00', { text: '=HYPERLINK("http://x.example")' }),
      received(6, '07-01T00:10:00'),
      received(7, '06-03T09:00:00'),
    ],
    { isDemo: false },
  );
  const ids = {
    A: idOf(db, 'ig-1'),
    B: idOf(db, 'ig-2'),
    C: idOf(db, 'ig-3'),
    D: idOf(db, 'ig-4'),
    E: idOf(db, 'ig-5'),
    F: idOf(db, 'ig-6'),
    G: idOf(db, 'ig-7'),
  };
  const steps: [string, keyof typeof ids, Operation][] = [
    ['06-02T10:00:00', 'B', verify],
    ['06-02T11:00:00', 'B', dispose('dlh')],
    ['06-03T10:00:00', 'G', { name: 'reject', args: { reason: 'spam' } }],
    ['06-04T11:00:00', 'B', { name: 'dispose', args: { dinasId: 'pupr', reason: 'Saluran milik PUPR' } }],
    ['06-05T10:00:00', 'A', verify],
    ['06-05T11:00:00', 'C', { name: 'merge_duplicate', args: { masterId: ids.A } }],
    ['06-05T12:00:00', 'A', dispose('pupr')],
    ['06-10T09:00:00', 'A', { name: 'acknowledge', args: {} }],
    ['06-10T13:00:00', 'A', respond(wib('06-10T12:00:00'))],
    ['06-11T10:00:00', 'A', { name: 'confirm_done', args: { by: 'supervisor' } }],
    ['06-12T09:00:00', 'A', { name: 'reopen', args: { reason: 'Lubang muncul lagi' } }],
    ['06-16T10:00:00', 'B', respond(wib('06-16T10:00:00'))],
    ['06-27T10:00:00', 'D', verify],
    ['06-30T23:30:00', 'D', dispose('pupr')],
  ];
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    for (const [local, who, op] of steps) {
      vi.setSystemTime(Date.parse(wib(local)));
      applyToComplaint(db, WHO, ids[who], op);
    }
  } finally {
    vi.useRealTimers();
  }
  return { db, ids };
}
