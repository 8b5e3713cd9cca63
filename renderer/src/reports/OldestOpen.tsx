import { useTranslation } from 'react-i18next';
import { OPEN_STATUSES, type ComplaintListQuery } from '../../../shared/index.ts';
import { useCall } from '../api/useCall.ts';
import { useFormat } from '../i18n/format.ts';
import { useMasterNames } from '../master/master.tsx';
import { DeadlineText } from '../ui/DeadlineText.tsx';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { StatusBadge } from '../ui/StatusBadge.tsx';

/** How many of the oldest open items the weekly summary lists. */
const OLDEST_COUNT = 10;

/** Open and waiting for the city: a followed-up item waits for the reporter's confirmation instead. */
const WAITING = OPEN_STATUSES.filter((s) => s !== 'ditindaklanjuti');

const QUERY: ComplaintListQuery = {
  filters: { status: WAITING },
  sort: { by: 'receivedAt', dir: 'asc' },
  offset: 0,
  limit: OLDEST_COUNT,
};

/** The items waiting the longest, at the desk or with a dinas: what leadership asks about first. */
export function OldestOpen() {
  const { t } = useTranslation();
  const format = useFormat();
  const names = useMasterNames();
  const page = useCall('complaints.list', QUERY);
  if (page.state === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (page.state === 'error') return <ErrorMessage error={page.error} />;
  return (
    <table>
      <caption>{t('reports.weekly.oldest', { count: OLDEST_COUNT })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('inbox.columns.caseNo')}</th>
          <th scope="col">{t('inbox.columns.receivedAt')}</th>
          <th scope="col">{t('reports.weekly.with')}</th>
          <th scope="col">{t('inbox.columns.status')}</th>
          <th scope="col">{t('inbox.columns.deadline')}</th>
        </tr>
      </thead>
      <tbody>
        {page.value.rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">
              <a href={`#${encodeURIComponent(row.id)}`}>{row.caseNo}</a>
            </th>
            <td>{format.dateTime(row.receivedAt)}</td>
            <td>{names.dinas(row.dinasId) ?? t('reports.weekly.desk')}</td>
            <td>
              <StatusBadge status={row.status} />
            </td>
            <td>
              <DeadlineText deadline={row.deadline} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
