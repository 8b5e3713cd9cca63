import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ReportPeriod } from '../../../shared/index.ts';
import { wibToday } from '../detail/actions/wibToday.ts';
import { PRESETS, matchingPreset, presetPeriod } from './period.ts';

type Props = { period: ReportPeriod; onChange: (period: ReportPeriod) => void };

/** Presets apply at once; typed dates apply with the button, once they make a period. */
export function PeriodPicker({ period, onChange }: Props) {
  const { t } = useTranslation();
  const today = wibToday();
  const pressed = matchingPreset(period, today);
  return (
    <section className="period-picker" aria-label={t('reports.period.label')}>
      <div className="presets" role="group" aria-label={t('reports.period.presets')}>
        {PRESETS.map((p) => (
          <button
            key={p}
            type="button"
            className="secondary"
            aria-pressed={p === pressed}
            onClick={() => onChange(presetPeriod(p, today))}
          >
            {t(`reports.period.preset.${p}`)}
          </button>
        ))}
      </div>
      {/* Keyed by the period: a preset or the back button refills the dates. */}
      <DatesForm key={`${period.from}/${period.to}`} period={period} today={today} onChange={onChange} />
    </section>
  );
}

function DatesForm({ period, today, onChange }: Props & { today: string }) {
  const { t } = useTranslation();
  const fromId = useId();
  const toId = useId();
  const [draft, setDraft] = useState(period);
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ReportPeriod.safeParse(draft);
    setInvalid(!parsed.success);
    if (parsed.success) onChange(parsed.data);
  };
  return (
    <form className="dates" onSubmit={submit} aria-label={t('reports.period.dates')}>
      <label htmlFor={fromId}>{t('reports.period.from')}</label>
      <input
        id={fromId}
        type="date"
        max={today}
        value={draft.from}
        onChange={(e) => setDraft({ ...draft, from: e.target.value })}
      />
      <label htmlFor={toId}>{t('reports.period.to')}</label>
      <input
        id={toId}
        type="date"
        max={today}
        value={draft.to}
        onChange={(e) => setDraft({ ...draft, to: e.target.value })}
      />
      <button type="submit" className="secondary">
        {t('reports.period.apply')}
      </button>
      {invalid && (
        <p className="error" role="alert">
          {t('reports.period.invalid')}
        </p>
      )}
    </form>
  );
}
