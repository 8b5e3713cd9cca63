import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/useCall.ts';
import { useFormat } from '../../i18n/format.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { CampaignCard } from './CampaignCard.tsx';
import { DuplicateCard } from './DuplicateCard.tsx';

/**
 * Duplicate reports with a one-click merge into the proposed master, and coordinated campaigns with
 * their accounts, among the newest open items (found by the flag worker, cached for a minute).
 */
export function ClustersScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const [reload, setReload] = useState({ n: 0, refresh: false });
  const loaded = useCall('flags.clusters', { refresh: reload.refresh }, reload.n);
  const again = (refresh: boolean) => setReload((r) => ({ n: r.n + 1, refresh }));

  return (
    <main className="cluster-screen" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('flags.clusters.title')}</h2>
      <button type="button" className="secondary" onClick={() => again(true)}>
        {t('flags.clusters.refresh')}
      </button>
      {loaded.state === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {loaded.state === 'error' && <ErrorMessage error={loaded.error} />}
      {loaded.state === 'ok' && (
        <>
          <p className="muted">
            {t('flags.clusters.looked', {
              count: loaded.value.items,
              when: format.dateTime(loaded.value.computedAt),
            })}
          </p>
          <section aria-label={t('flags.clusters.duplicates')}>
            <h3>{t('flags.clusters.duplicates')}</h3>
            {loaded.value.duplicates.length === 0 && <p>{t('flags.clusters.noDuplicates')}</p>}
            {loaded.value.duplicates.map((d) => (
              <DuplicateCard key={d.master.id} cluster={d} onMerged={() => again(false)} />
            ))}
          </section>
          <section aria-label={t('flags.clusters.campaigns')}>
            <h3>{t('flags.clusters.campaigns')}</h3>
            {loaded.value.campaigns.length === 0 && <p>{t('flags.clusters.noCampaigns')}</p>}
            {loaded.value.campaigns.map((c) => (
              <CampaignCard key={c.members[0]?.id ?? c.from} campaign={c} />
            ))}
          </section>
        </>
      )}
    </main>
  );
}
