import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintDetail } from '../../../shared/index.ts';
import { useFormat } from '../i18n/format.ts';
import { useMasterNames } from '../master/master.tsx';
import { DeadlineFact } from './DeadlineFact.tsx';

type Fact = [label: string, value: ReactNode];

/** The complaint's data as a description list; empty values show a dash rather than vanish. */
export function Facts({ complaint: c }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = useMasterNames();
  const none = t('detail.none');
  const author = c.authorName ? `${c.authorHandle} (${c.authorName})` : c.authorHandle;
  const facts: Fact[] = [
    [t('detail.verdict'), t(`verdict.${c.verdict}`)],
    [t('detail.author'), author],
    [t('detail.channel'), t(`channel.${c.channel}`)],
    [t('detail.externalId'), c.externalId],
    [t('detail.receivedAt'), format.dateTime(c.receivedAt)],
    [t('detail.deadline'), <DeadlineFact deadline={c.deadline} />],
    [t('detail.kecamatan'), names.kecamatan(c.kecamatanId) ?? none],
    [t('detail.kelurahan'), c.kelurahan ?? none],
    [t('detail.address'), c.address ?? none],
    [t('detail.type'), c.type ? t(`type.${c.type}`) : none],
    [t('detail.category'), names.category(c.categoryId) ?? none],
    [t('detail.dinas'), names.dinas(c.dinasId) ?? none],
    [t('detail.priority'), t(`priority.${c.priority}`)],
    [t('detail.confidentiality'), t(`confidentiality.${c.confidentiality}`)],
  ];
  if (c.rejectReason) facts.push([t('detail.rejectReason'), t(`rejectReason.${c.rejectReason}`)]);
  if (c.responsibleParty) facts.push([t('detail.responsibleParty'), c.responsibleParty]);

  return (
    <dl className="facts" aria-label={t('detail.facts')}>
      {facts.map(([label, value]) => (
        <div key={label} className="fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
