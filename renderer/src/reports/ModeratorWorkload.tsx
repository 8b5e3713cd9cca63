import { useTranslation } from 'react-i18next';
import { queueFilters, type DeskFigures, type ReportPeriod } from '../../../shared/index.ts';
import { useCall } from '../api/useCall.ts';
import { drillDown } from '../queue/drill.ts';
import { Figure } from '../queue/Figure.tsx';
import { deskFilters } from './reportDrill.ts';
import { useReportFormat } from './useReportFormat.ts';

type Props = { moderators: DeskFigures['moderators']; period: ReportPeriod };

const NO_INPUT = {};

/** Usernames to user ids, which the inbox's queue filter takes: from the supervisor queue's list. */
function useUserIds(): ReadonlyMap<string, string> {
  const queue = useCall('queue.summary', NO_INPUT);
  const moderators = queue.state === 'ok' ? queue.value.moderators : [];
  return new Map(moderators.map((m) => [m.username, m.userId]));
}

/** Each moderator's decisions in the period (opening the items decided) and what is open in their queue. */
export function ModeratorWorkload({ moderators, period }: Props) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const userIds = useUserIds();
  if (moderators.length === 0) return <p>{t('reports.desk.noDecisions')}</p>;
  return (
    <table>
      <caption>{t('reports.desk.moderators')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reports.desk.moderator')}</th>
          <th scope="col">{t('reports.desk.decisions')}</th>
          <th scope="col">{t('reports.desk.open')}</th>
        </tr>
      </thead>
      <tbody>
        {moderators.map((m) => {
          const title = t('reports.drill.decisions', { name: m.actor });
          const text = format.count(m.decisions);
          const userId = userIds.get(m.actor);
          const queueTitle = t('queue.drill.assigned', { name: m.actor });
          const openText = format.count(m.open);
          return (
            <tr key={m.actor}>
              <th scope="row">{m.actor}</th>
              <td>
                <Figure
                  value={text}
                  label={t('reports.figureLabel', { title, value: text })}
                  onOpen={() =>
                    drillDown(`decided:${m.actor}`, title, deskFilters.decisions(m.actor, period))
                  }
                />
              </td>
              <td>
                {userId === undefined ? (
                  openText
                ) : (
                  <Figure
                    value={openText}
                    label={t('reports.figureLabel', { title: queueTitle, value: openText })}
                    onOpen={() => drillDown(`assigned:${userId}`, queueTitle, queueFilters.assigned(userId))}
                  />
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
