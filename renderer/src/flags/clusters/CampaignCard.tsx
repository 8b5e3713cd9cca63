import { useTranslation } from 'react-i18next';
import type { FlagClusters } from '../../../../shared/index.ts';
import { useFormat } from '../../i18n/format.ts';
import { MemberList } from './MemberList.tsx';

/** A coordinated campaign: near-identical posts from many accounts within hours. */
export function CampaignCard({ campaign }: { campaign: FlagClusters['campaigns'][number] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <article className="cluster">
      <p>
        <strong>{t('flags.clusters.accounts', { count: campaign.accounts.length })}</strong> ·{' '}
        {t('flags.clusters.window', {
          from: format.dateTime(campaign.from),
          to: format.dateTime(campaign.to),
        })}{' '}
        · {t('flags.clusters.similarity', { percent: Math.round(campaign.similarity * 100) })}
      </p>
      <p className="muted">{campaign.accounts.join(', ')}</p>
      <MemberList members={campaign.members} />
    </article>
  );
}
