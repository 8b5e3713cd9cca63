import { useTranslation } from 'react-i18next';
import type { DeskFigures, ReportPeriod } from '../../../shared/index.ts';
import { drillDown } from '../queue/drill.ts';
import { Figure } from '../queue/Figure.tsx';
import { deskFilters } from './reportDrill.ts';
import { useReportFormat } from './useReportFormat.ts';

/** The desk's own figures: what came in, what it verified and rejected, how fast it verified. */
export function DeskFiguresTable({ desk, period }: { desk: DeskFigures; period: ReportPeriod }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  // The verification times are taken over the items verified: they open those items too.
  const rows = [
    { key: 'received', figure: 'received', text: format.count(desk.received) },
    { key: 'verified', figure: 'verified', text: format.count(desk.verified) },
    { key: 'rejected', figure: 'rejected', text: format.count(desk.rejected) },
    { key: 'verifyMedianHours', figure: 'verified', text: format.hours(desk.verifyMedianHours) },
    { key: 'verifyP90Hours', figure: 'verified', text: format.hours(desk.verifyP90Hours) },
  ] as const;
  return (
    <table>
      <caption>{t('reports.desk.figures')}</caption>
      <tbody>
        {rows.map(({ key, figure, text }) => {
          const name = t(`reports.desk.${key}`);
          const title = t('reports.drill.desk', { what: name });
          return (
            <tr key={key}>
              <th scope="row">{name}</th>
              <td>
                <Figure
                  value={text}
                  label={t('reports.figureLabel', { title: name, value: text })}
                  onOpen={() => drillDown(`desk:${key}`, title, deskFilters.figure(figure, period))}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
