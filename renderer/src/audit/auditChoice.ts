import type { AuditFilters, OperationName } from '../../../shared/index.ts';
import { wibDayEnd, wibDayStart } from '../ui/wibDay.ts';

/** What the filter bar shows: text as typed, '' = any operation, dates as the date inputs give them. */
export type AuditChoice = {
  actor: string;
  operation: OperationName | '';
  caseNo: string;
  from: string;
  to: string;
};

export const NO_AUDIT_CHOICE: AuditChoice = { actor: '', operation: '', caseNo: '', from: '', to: '' };

const typed = (value: string) => (value.trim() === '' ? undefined : value.trim());

export function toAuditFilters(choice: AuditChoice): AuditFilters {
  return {
    actor: typed(choice.actor),
    operation: choice.operation === '' ? undefined : choice.operation,
    caseNo: typed(choice.caseNo),
    from: wibDayStart(choice.from),
    to: wibDayEnd(choice.to),
  };
}
