import { useTranslation } from 'react-i18next';
import { queueFilters, type ModeratorQueue } from '../../../shared/index.ts';
import { useFormat } from '../i18n/format.ts';
import { drillDown } from './drill.ts';
import { Figure } from './Figure.tsx';

/** Per moderator: open items in their queue, overdue among them, decisions made today. */
export function ModeratorTable({ rows }: { rows: readonly ModeratorQueue[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <table>
      <caption>{t('queue.moderatorTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('queue.moderator')}</th>
          <th scope="col">{t('queue.assigned')}</th>
          <th scope="col">{t('queue.overdue')}</th>
          <th scope="col">{t('queue.decidedToday')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => {
          const name = m.displayName;
          const assigned = t('queue.drill.assigned', { name });
          const overdue = t('queue.drill.assignedOverdue', { name });
          return (
            <tr key={m.userId}>
              <th scope="row">{name}</th>
              <td>
                <Figure
                  value={m.assigned}
                  label={t('queue.figure', { title: assigned, count: m.assigned })}
                  onOpen={() => drillDown(`assigned:${m.userId}`, assigned, queueFilters.assigned(m.userId))}
                />
              </td>
              <td>
                <Figure
                  value={m.overdue}
                  label={t('queue.figure', { title: overdue, count: m.overdue })}
                  onOpen={() =>
                    drillDown(`assignedOverdue:${m.userId}`, overdue, queueFilters.assignedOverdue(m.userId))
                  }
                />
              </td>
              {/* Decisions live in the audit log, not in a complaint filter. */}
              <td>{format.number(m.decidedToday)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
