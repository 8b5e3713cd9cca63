import { useTranslation } from 'react-i18next';
import type { ClusterMember } from '../../../../shared/index.ts';
import { useFormat } from '../../i18n/format.ts';
import { StatusBadge } from '../../ui/StatusBadge.tsx';

/** The items of a cluster: case number (a link that opens it in the inbox), who, when, what. */
export function MemberList({ members }: { members: readonly ClusterMember[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ul aria-label={t('flags.clusters.members')}>
      {members.map((m) => (
        <li key={m.id}>
          <a href={`#${m.id}`}>{m.caseNo}</a> · {m.authorHandle} · {format.dateTime(m.receivedAt)}{' '}
          <StatusBadge status={m.status} />
          <br />
          <span className="muted">{m.text}</span>
        </li>
      ))}
    </ul>
  );
}
