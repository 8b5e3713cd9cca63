import type Database from 'better-sqlite3';
import {
  AUDIT_EXPORT_MAX,
  type AuditCsv,
  type AuditEvent,
  type AuditFilters,
  type AuditValues,
} from '../../../shared/index.ts';
import { WIB_OFFSET_MS } from '../../../shared/calendar/workdays.ts';
import { CoreError } from '../api/dispatch.ts';
import { csvText } from './csv.ts';
import { selectAuditEvents } from './list.ts';

const HEADER = [
  'ID',
  'Waktu (WIB)',
  'Pengguna',
  'Perangkat',
  'No. kasus / objek',
  'Operasi',
  'Sebelum',
  'Sesudah',
  'Alasan / catatan',
];

/** "2025-03-01 17:05:09" in Jakarta time (UTC+7 all year). */
export const wib = (ms: number): string => new Date(ms + WIB_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');

const values = (record: AuditValues): string =>
  Object.entries(record)
    .map(([field, value]) => `${field}: ${String(value)}`)
    .join('; ');

const subject = (event: AuditEvent): string =>
  event.caseNo ?? event.complaintId ?? [event.entityType, event.entityId].filter(Boolean).join(':');

const line = (event: AuditEvent): string[] => [
  String(event.id),
  wib(Date.parse(event.at)),
  event.actor,
  event.device,
  subject(event),
  event.operation,
  values(event.before),
  values(event.after),
  event.note ?? '',
];

/**
 * The filtered log as a CSV file, newest first like the screen. UTF-8 with a byte order mark, which
 * Excel needs to read names with accents correctly; the header row is in Indonesian.
 */
export function auditCsv(db: Database.Database, filters: AuditFilters, now = Date.now()): AuditCsv {
  const events = selectAuditEvents(db, filters, AUDIT_EXPORT_MAX + 1, 0);
  if (events.length > AUDIT_EXPORT_MAX) {
    throw new CoreError(
      'invalid_input',
      `More than ${AUDIT_EXPORT_MAX} events match; narrow the filters (for example the dates) and export again.`,
    );
  }
  const stamp = wib(now).replaceAll('-', '').replace(' ', '-').replaceAll(':', '').slice(0, 13);
  return {
    filename: `log-audit-${stamp}.csv`,
    csv: `\uFEFF${csvText([HEADER, ...events.map(line)])}`,
  };
}
