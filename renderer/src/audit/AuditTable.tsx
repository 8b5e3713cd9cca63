import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../shared/index.ts';
import { useFormat } from '../i18n/format.ts';
import { Changes } from './Changes.tsx';
import { useAuditText } from './useAuditText.ts';

const COLUMNS = ['at', 'actor', 'device', 'subject', 'operation', 'change', 'note'] as const;

/** A complaint's case number; for other events what they are about (a user, a session). */
const subject = (e: AuditEvent): string =>
  e.caseNo ?? e.complaintId ?? [e.entityType, e.entityId].filter(Boolean).join(': ');

export function AuditTable({ rows }: { rows: readonly AuditEvent[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useAuditText();
  if (rows.length === 0) return <p className="muted">{t('audit.empty')}</p>;
  return (
    <table className="audit-table" aria-label={t('audit.table')}>
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th key={column} scope="col">
              {t(`audit.columns.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((event) => (
          <tr key={event.id}>
            <td>
              <time dateTime={event.at}>{format.dateTime(event.at)}</time>
            </td>
            <td>{event.actor}</td>
            <td>{event.device}</td>
            <td className="case-no">{subject(event)}</td>
            <td>{text.operation(event.operation)}</td>
            <td>
              <Changes before={event.before} after={event.after} />
            </td>
            <td className="event-note">{event.note}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
