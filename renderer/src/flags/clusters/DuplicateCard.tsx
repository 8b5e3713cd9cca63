import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, BulkItemResult, FlagClusters } from '../../../../shared/index.ts';
import { call } from '../../api/client.ts';
import { useMasterNames } from '../../master/master.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { MemberList } from './MemberList.tsx';

type Props = { cluster: FlagClusters['duplicates'][number]; onMerged: () => void };

/** One duplicate cluster: the proposed master, its members, and one click to merge them all into it. */
export function DuplicateCard({ cluster, onMerged }: Props) {
  const { t } = useTranslation();
  const names = useMasterNames();
  const [results, setResults] = useState<BulkItemResult[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const merge = async () => {
    setError(null);
    const result = await call('complaints.applyMany', {
      complaintIds: cluster.members.map((m) => m.id),
      operation: { name: 'merge_duplicate', args: { masterId: cluster.master.id } },
    });
    if (!result.ok) return setError(result.error);
    setResults(result.value.results);
    onMerged();
  };
  const failed = results?.filter((r) => !r.ok).length ?? 0;

  return (
    <article className="cluster" aria-label={cluster.master.caseNo}>
      <p>
        <strong>{t('flags.clusters.master')}:</strong>{' '}
        <a href={`#${cluster.master.id}`}>{cluster.master.caseNo}</a> · {names.kecamatan(cluster.kecamatanId)}{' '}
        · {t('flags.clusters.similarity', { percent: Math.round(cluster.similarity * 100) })}
        <br />
        <span className="muted">{cluster.master.text}</span>
      </p>
      <MemberList members={cluster.members} />
      <button type="button" onClick={() => void merge()}>
        {t('flags.clusters.merge', { count: cluster.members.length })}
      </button>
      {results !== null && (
        <p role="status">
          {t('flags.clusters.merged', { count: results.length - failed })}
          {failed > 0 && ` ${t('flags.clusters.mergeFailed', { count: failed })}`}
        </p>
      )}
      {error !== null && <ErrorMessage error={error} />}
    </article>
  );
}
