import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  ComplaintState,
  ComplaintType,
  Confidentiality,
  OPERATION_NAMES,
  Priority,
  RejectReason,
  Status,
  Verdict,
  type AuditValues,
} from '../../../shared/index.ts';
import { useMasterNames } from '../master/master.tsx';

type Field = keyof ComplaintState;
const COMPLAINT_FIELDS: readonly string[] = ComplaintState.keyof().options;
const isComplaintField = (name: string): name is Field => COMPLAINT_FIELDS.includes(name);

/** A vocabulary value's label, or the value itself when it is not (or no longer) in the vocabulary. */
function labelled<T extends string>(schema: z.ZodType<T>, value: string, label: (v: T) => string): string {
  const parsed = schema.safeParse(value);
  return parsed.success ? label(parsed.data) : value;
}

export type AuditText = {
  operation: (name: string) => string;
  field: (name: string) => string;
  value: (field: string, value: AuditValues[string] | undefined) => string;
};

/**
 * Words for what the audit log stores: operation names, changed fields and their values in the current
 * language. Anything it does not know (events other than complaint operations) shows as stored.
 */
export function useAuditText(): AuditText {
  const { t } = useTranslation();
  const names = useMasterNames();
  return useMemo(() => {
    const complaintValue: Record<Field, (v: string) => string> = {
      status: (v) => labelled(Status, v, (s) => t(`status.${s}`)),
      verdict: (v) => labelled(Verdict, v, (s) => t(`verdict.${s}`)),
      rejectReason: (v) => labelled(RejectReason, v, (s) => t(`rejectReason.${s}`)),
      type: (v) => labelled(ComplaintType, v, (s) => t(`type.${s}`)),
      priority: (v) => labelled(Priority, v, (s) => t(`priority.${s}`)),
      confidentiality: (v) => labelled(Confidentiality, v, (s) => t(`confidentiality.${s}`)),
      categoryId: (v) => names.category(v) ?? v,
      dinasId: (v) => names.dinas(v) ?? v,
      responsibleParty: (v) => v,
      masterId: (v) => v,
      laporTrackingNo: (v) => v,
      laporRecorded: (v) => v,
      assigneeId: (v) => v,
      flagged: (v) => v,
    };
    return {
      operation: (name) => {
        const known = OPERATION_NAMES.find((o) => o === name);
        return known ? t(`operation.${known}`) : name;
      },
      field: (name) => (isComplaintField(name) ? t(`auditField.${name}`) : name),
      value: (field, value) => {
        if (value === null || value === undefined) return t('detail.none');
        if (typeof value === 'boolean') return value ? t('audit.yes') : t('audit.no');
        if (typeof value === 'string' && isComplaintField(field)) return complaintValue[field](value);
        return String(value);
      },
    };
  }, [t, names]);
}
