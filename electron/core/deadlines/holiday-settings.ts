import type Database from 'better-sqlite3';
import { WIB_OFFSET_MS } from '../../../shared/calendar/workdays.ts';
import type { DeadlineChange, HolidayAdjustment } from '../../../shared/index.ts';
import { CoreError } from '../api/dispatch.ts';
import type { Actor } from '../complaints/apply.ts';
import { auditSetting } from './audit.ts';
import { recomputeDue } from './recompute.ts';
import { changingDeadlineRules } from './rules.ts';

const DAY_MS = 86_400_000;

type Stored = Omit<HolidayAdjustment, 'date'>;

const readAdjustment = (db: Database.Database, date: string): Stored | undefined =>
  db.prepare<[string], Stored>('SELECT kind, note FROM holiday_adjustment WHERE date = ?').get(date);

/**
 * A day off added or taken back moves exactly the clocks that run across it: started before the day
 * ends and due after it begins. (Hour clocks recompute to the same time and are left as they are.)
 */
function recomputeAround(db: Database.Database, date: string): number {
  const dayStart = Date.parse(`${date}T00:00:00Z`) - WIB_OFFSET_MS;
  return recomputeDue(db, 'c.due_ms > ? AND c.stage_started_ms < ?', [dayStart, dayStart + DAY_MS], {
    kind: 'day',
    date,
  });
}

/** Adds or changes a cuti bersama day (or a date the holiday package gets wrong). */
export function saveHoliday(db: Database.Database, who: Actor, input: HolidayAdjustment): DeadlineChange {
  return changingDeadlineRules(db, () =>
    db
      .transaction(() => {
        const before = readAdjustment(db, input.date);
        db.prepare(
          `INSERT INTO holiday_adjustment (date, kind, note) VALUES (?, ?, ?)
         ON CONFLICT (date) DO UPDATE SET kind = excluded.kind, note = excluded.note`,
        ).run(input.date, input.kind, input.note);
        auditSetting(db, who, {
          operation: 'deadlines.saveHoliday',
          entityType: 'holiday_adjustment',
          entityId: input.date,
          before: before ?? {},
          after: { kind: input.kind, note: input.note },
        });
        return { recomputed: recomputeAround(db, input.date) };
      })
      .immediate(),
  );
}

export function deleteHoliday(db: Database.Database, who: Actor, date: string): DeadlineChange {
  return changingDeadlineRules(db, () =>
    db
      .transaction(() => {
        const before = readAdjustment(db, date);
        if (!before) throw new CoreError('not_found', `No holiday adjustment on ${date}`);
        db.prepare('DELETE FROM holiday_adjustment WHERE date = ?').run(date);
        auditSetting(db, who, {
          operation: 'deadlines.deleteHoliday',
          entityType: 'holiday_adjustment',
          entityId: date,
          before,
          after: {},
        });
        return { recomputed: recomputeAround(db, date) };
      })
      .immediate(),
  );
}
