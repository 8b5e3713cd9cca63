import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineChange, DeadlineSettings } from '../../../../shared/index.ts';
import { DeleteButton } from '../DeleteButton.tsx';
import { Refusal } from '../Refusal.tsx';
import { useSend } from '../useSend.ts';
import { HolidayForm } from './HolidayForm.tsx';
import { useDayFormat } from './useDayFormat.ts';

type Props = {
  settings: DeadlineSettings;
  onYear: (year: number) => void;
  onChanged: (change: DeadlineChange) => void;
};

/**
 * Hari libur: the desk's own corrections to the national holiday package (cuti bersama added, wrong dates
 * removed), beside the year's national holidays they correct.
 */
export function HolidaySection({ settings, onYear, onChanged }: Props) {
  const { t } = useTranslation();
  const day = useDayFormat();
  const adjustmentsId = useId();
  const nationalId = useId();
  const removal = useSend();
  const remove = async (date: string) => {
    const change = await removal.send('deadlines.deleteHoliday', { date });
    if (change) onChanged(change);
  };
  return (
    <div className="holidays">
      <section aria-labelledby={adjustmentsId}>
        <h3 id={adjustmentsId}>{t('settings.holidays.adjustments')}</h3>
        <HolidayForm onSaved={onChanged} />
        <Refusal error={removal.error} />
        {settings.adjustments.length === 0 && <p className="muted">{t('settings.holidays.noAdjustments')}</p>}
        <ul className="settings-list" aria-label={t('settings.holidays.adjustments')}>
          {settings.adjustments.map((a) => (
            <li key={a.date}>
              <span className="day">{day(a.date)}</span>
              <span>{t(`settings.holidays.kindName.${a.kind}`)}</span>
              {a.note && <span className="muted">{a.note}</span>}
              <DeleteButton
                label={t('settings.holidays.deleteOne', { date: day(a.date) })}
                onDelete={() => void remove(a.date)}
              />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby={nationalId}>
        <div className="settings-head">
          <h3 id={nationalId}>{t('settings.holidays.national', { year: settings.year })}</h3>
          <button type="button" className="secondary" onClick={() => onYear(settings.year - 1)}>
            {t('settings.holidays.previousYear')}
          </button>
          <button type="button" className="secondary" onClick={() => onYear(settings.year + 1)}>
            {t('settings.holidays.nextYear')}
          </button>
        </div>
        <ul className="settings-list" aria-label={t('settings.holidays.national', { year: settings.year })}>
          {settings.nationalHolidays.map((h) => (
            <li key={`${h.date}-${h.name}`}>
              <span className="day">{day(h.date)}</span>
              <span>{h.name}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
