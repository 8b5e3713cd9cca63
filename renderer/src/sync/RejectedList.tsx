import { useTranslation } from 'react-i18next';
import { useCall } from '../api/useCall.ts';
import { useAuditText } from '../audit/useAuditText.ts';
import { useFormat } from '../i18n/format.ts';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';

const NO_INPUT = {};

/** This desk's changes the hub refused for good, with the hub's reason: nothing is dropped silently. */
export function RejectedList() {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useAuditText();
  const rejected = useCall('sync.rejected', NO_INPUT);
  if (rejected.state === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (rejected.state === 'error') return <ErrorMessage error={rejected.error} />;
  if (rejected.value.length === 0) return <p className="muted">{t('sync.rejected.empty')}</p>;
  return (
    <table className="sync-rejected">
      <caption>{t('sync.rejected.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('sync.rejected.item')}</th>
          <th scope="col">{t('sync.rejected.operation')}</th>
          <th scope="col">{t('sync.rejected.who')}</th>
          <th scope="col">{t('sync.rejected.when')}</th>
          <th scope="col">{t('sync.rejected.reason')}</th>
        </tr>
      </thead>
      <tbody>
        {rejected.value.map((r) => (
          <tr key={r.opId}>
            <td>
              <a href={`#${encodeURIComponent(r.complaintId)}`}>{r.caseNo ?? r.complaintId}</a>
            </td>
            <td>{text.operation(r.operation)}</td>
            <td>{r.actor}</td>
            <td>{format.dateTime(r.at)}</td>
            <td>{r.message || r.code}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
