import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { missingCase } from '../../../shared/index.ts';
import { currentLanguage, LOCALES } from '../i18n/index.ts';
import type { MetricKind } from './dinasMetrics.ts';

export type ReportFormat = {
  count: (value: number) => string;
  /** "12,5 jam kerja"; a dash for "no data" (null). */
  hours: (value: number | null) => string;
  /** "87%"; a dash for "no data" (null). */
  share: (value: number | null) => string;
  /** "3 Mar 2026" for a WIB calendar day. */
  day: (day: string) => string;
  /** "Mar 2026" for the first day of a month. */
  month: (day: string) => string;
  /** A figure written the way its kind is. */
  figure: (kind: MetricKind, value: number | null) => string;
};

/**
 * Numbers of the reports in the user's language (Intl: "12,5" and "1.234" in Indonesian). Calendar days
 * are read as UTC midnights, so formatting them in UTC never moves them to the day before.
 */
export function useReportFormat(): ReportFormat {
  const { t } = useTranslation();
  const language = currentLanguage();
  return useMemo(() => {
    const locale = LOCALES[language];
    const counts = new Intl.NumberFormat(locale);
    const hours = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const shares = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const days = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const months = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    const asDate = (day: string) => new Date(`${day}T00:00:00Z`);
    const noData = t('reports.noData');
    const format: ReportFormat = {
      count: (value) => counts.format(value),
      hours: (value) => (value === null ? noData : t('reports.hours', { value: hours.format(value) })),
      share: (value) => (value === null ? noData : shares.format(value)),
      day: (day) => days.format(asDate(day)),
      month: (day) => months.format(asDate(day)),
      figure: (kind, value) => {
        switch (kind) {
          case 'count':
            return value === null ? noData : format.count(value);
          case 'hours':
            return format.hours(value);
          case 'share':
            return format.share(value);
          default:
            return missingCase(kind);
        }
      },
    };
    return format;
  }, [language, t]);
}
