import { useTranslation } from 'react-i18next';
import type { DeskFigures, ReportPeriod } from '../../../shared/index.ts';
import { DeskFiguresTable } from './DeskFiguresTable.tsx';
import { ModeratorWorkload } from './ModeratorWorkload.tsx';
import { RejectionReasons } from './RejectionReasons.tsx';
import { ReportSection } from './ReportSection.tsx';

type Props = { desk: DeskFigures; period: ReportPeriod; chartWidth?: number };

/** The complaint desk itself: receipt to verification, why items were rejected, who decided how much. */
export function DeskPanel({ desk, period, chartWidth }: Props) {
  const { t } = useTranslation();
  return (
    <ReportSection title={t('reports.desk.title')}>
      <div className="report-row">
        <DeskFiguresTable desk={desk} period={period} />
        <ModeratorWorkload moderators={desk.moderators} period={period} />
      </div>
      <RejectionReasons reasons={desk.rejectionReasons} period={period} width={chartWidth} />
    </ReportSection>
  );
}
