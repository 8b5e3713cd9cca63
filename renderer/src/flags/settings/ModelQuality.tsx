import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FLAG_LABELS } from '../../../../shared/flagging/types.ts';
import type { FlagModelInfo } from '../../../../shared/index.ts';
import { useCall } from '../../api/useCall.ts';
import { useFormat } from '../../i18n/format.ts';
import { Refusal } from '../../settings/Refusal.tsx';
import { useSend } from '../../settings/useSend.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';

const percent = (n: number) => `${Math.round(n * 100)}%`;

/** The model in use and its held-out quality beside the rules' alone; retraining on demand. */
export function ModelQuality() {
  const { t } = useTranslation();
  const format = useFormat();
  const loaded = useCall('flags.model', {});
  const { send, error } = useSend();
  const [trained, setTrained] = useState<FlagModelInfo | null>(null);
  const [training, setTraining] = useState(false);
  const info = trained ?? (loaded.state === 'ok' ? loaded.value : null);
  const train = async () => {
    setTraining(true);
    const answer = await send('flags.train', {});
    setTraining(false);
    if (answer !== null) setTrained(answer);
  };

  return (
    <section>
      <h3>{t('flags.settings.model')}</h3>
      {loaded.state === 'error' && <ErrorMessage error={loaded.error} />}
      {info !== null && info.model === null && (
        <p>{t('flags.settings.noModel', { examples: info.examples })}</p>
      )}
      {info?.model && (
        <>
          <p>
            {t('flags.settings.modelInfo', {
              ...info.model,
              when: format.dateTime(info.model.trainedAt),
              retrainAfter: info.retrainAfter,
              examples: info.examples,
            })}
          </p>
          <table className="flag-quality">
            <caption>{t('flags.settings.heldOut', { count: info.model.heldOut.combined.count })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('flags.settings.label')}</th>
                <th scope="col">{t('flags.settings.rules')}</th>
                <th scope="col">{t('flags.settings.combined')}</th>
                <th scope="col">{t('flags.settings.precision')}</th>
                <th scope="col">{t('flags.settings.recall')}</th>
              </tr>
            </thead>
            <tbody>
              {FLAG_LABELS.map((label) => {
                const rules = info.model?.heldOut.rules.perLabel[label];
                const combined = info.model?.heldOut.combined.perLabel[label];
                return (
                  <tr key={label}>
                    <th scope="row">{t(`flags.suggested.${label}`)}</th>
                    <td>{rules ? percent(rules.f1) : '—'}</td>
                    <td>{combined ? percent(combined.f1) : '—'}</td>
                    <td>{combined ? percent(combined.precision) : '—'}</td>
                    <td>{combined ? percent(combined.recall) : '—'}</td>
                  </tr>
                );
              })}
              <tr>
                <th scope="row">{t('flags.settings.macro')}</th>
                <td>{percent(info.model.macroF1.rules)}</td>
                <td>{percent(info.model.macroF1.combined)}</td>
                <td colSpan={2} />
              </tr>
              <tr>
                <th scope="row">{t('flags.settings.falsePositive')}</th>
                <td>{percent(info.model.heldOut.rules.abuseFalsePositiveRate)}</td>
                <td>{percent(info.model.heldOut.combined.abuseFalsePositiveRate)}</td>
                <td colSpan={2} />
              </tr>
            </tbody>
          </table>
        </>
      )}
      <button type="button" disabled={training} onClick={() => void train()}>
        {training ? t('flags.settings.training') : t('flags.settings.train')}
      </button>
      <Refusal error={error} />
    </section>
  );
}
