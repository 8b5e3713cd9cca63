import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintDetail } from '../../../shared/index.ts';
import { useCall } from '../api/useCall.ts';
import { FlagSection } from '../flags/FlagSection.tsx';
import { ConflictNotice } from '../sync/ConflictNotice.tsx';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { StatusBadge } from '../ui/StatusBadge.tsx';
import { ActionBar } from './actions/ActionBar.tsx';
import { DeskMarks } from './case-file/DeskMarks.tsx';
import { MergedReporters } from './case-file/MergedReporters.tsx';
import { NotesList } from './case-file/NotesList.tsx';
import { PublicText } from './case-file/PublicText.tsx';
import { ResponsesList } from './case-file/ResponsesList.tsx';
import { Facts } from './Facts.tsx';
import { MediaList } from './MediaList.tsx';
import { Timeline } from './Timeline.tsx';

type Props = { complaintId: string | null; onChanged: (updated: ComplaintDetail) => void };

export function DetailPanel({ complaintId, onChanged }: Props) {
  const { t } = useTranslation();
  const loaded = useCall('complaints.get', complaintId === null ? null : { id: complaintId });
  // The answer of the last operation is newer than what was loaded before it.
  const [changed, setChanged] = useState<ComplaintDetail | null>(null);
  const headingId = useId();
  // Another complaint was opened: next time this one is loaded fresh rather than from the old answer.
  if (changed !== null && changed.id !== complaintId) setChanged(null);

  if (complaintId === null) return <p className="muted detail-empty">{t('detail.empty')}</p>;
  if (loaded.state === 'loading') return <p className="muted detail-empty">{t('app.loading')}</p>;
  if (loaded.state === 'error') return <ErrorMessage error={loaded.error} />;
  const complaint = changed?.id === complaintId ? changed : loaded.value;

  return (
    <article className="complaint" aria-labelledby={headingId}>
      <header className="complaint-head">
        <h2 id={headingId}>{complaint.caseNo}</h2>
        <StatusBadge status={complaint.status} />
        {complaint.isDemo && <span className="badge demo">{t('detail.demo')}</span>}
        <DeskMarks complaint={complaint} />
      </header>
      <ConflictNotice complaintId={complaint.id} />
      <FlagSection complaint={complaint} />
      <PublicText complaint={complaint} />
      <ActionBar
        complaint={complaint}
        onChanged={(updated) => {
          setChanged(updated);
          onChanged(updated);
        }}
      />
      <Facts complaint={complaint} />
      <MergedReporters reporters={complaint.mergedReporters} />
      <ResponsesList responses={complaint.responses} />
      <NotesList notes={complaint.notes} />
      <MediaList media={complaint.media} />
      <Timeline events={complaint.events} />
    </article>
  );
}
