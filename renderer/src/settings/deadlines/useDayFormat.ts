import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LOCALES } from '../../i18n/index.ts';

/**
 * A calendar day ('2026-03-20') as "Jum, 20 Mar 2026". It is a date, not a moment: it is read at midnight
 * UTC and written in UTC, so no time zone can move it to the day before.
 */
export function useDayFormat(): (day: string) => string {
  useTranslation(); // re-renders the caller when the language changes
  const language = currentLanguage();
  return useMemo(() => {
    const days = new Intl.DateTimeFormat(LOCALES[language], {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    return (day) => days.format(new Date(`${day}T00:00:00Z`));
  }, [language]);
}
