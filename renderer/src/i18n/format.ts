import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, currentLanguage, type Language } from './index.ts';

/** Every time on screen is Jakarta time, whatever the computer's clock zone says. */
const TIME_ZONE = 'Asia/Jakarta';

export type Format = {
  number: (value: number) => string;
  /** "27 Nov 2026 14.05 WIB" */
  dateTime: (iso: string) => string;
};

function makeFormat(language: Language): Format {
  const locale = LOCALES[language];
  const numbers = new Intl.NumberFormat(locale);
  const dates = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: TIME_ZONE,
  });
  const times = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  });
  return {
    number: (value) => numbers.format(value),
    dateTime: (iso) => {
      const at = new Date(iso);
      return `${dates.format(at)} ${times.format(at)} WIB`;
    },
  };
}

export function useFormat(): Format {
  useTranslation(); // re-renders the caller when the language changes
  const language = currentLanguage();
  return useMemo(() => makeFormat(language), [language]);
}
