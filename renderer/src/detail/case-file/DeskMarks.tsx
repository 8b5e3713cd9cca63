import { useTranslation } from 'react-i18next';
import type { ComplaintDetail } from '../../../../shared/index.ts';

/** The item's SP4N-LAPOR! registration and the desk's flag, beside its case number. */
export function DeskMarks({ complaint: c }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const lapor =
    c.laporTrackingNo === null && !c.laporRecorded
      ? null
      : t(c.laporRecorded ? 'detail.laporRecorded' : 'detail.laporNotRecorded', {
          no: c.laporTrackingNo ?? '—',
        });
  if (lapor === null && !c.flagged) return null;
  return (
    <p className="desk-marks">
      {lapor && <span className="badge">{lapor}</span>}
      {c.flagged && <span className="badge flagged">{t('detail.flagged')}</span>}
    </p>
  );
}
