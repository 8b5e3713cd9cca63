import { useMemo } from 'react';
import { LOCALES, currentLanguage } from '../i18n/index.ts';

const UNITS = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
] as const;

/** "2 menit yang lalu" / "2 minutes ago": how long ago an instant was, in the current language. */
export function useRelativeTime(): (iso: string, nowMs?: number) => string {
  const language = currentLanguage();
  return useMemo(() => {
    const words = new Intl.RelativeTimeFormat(LOCALES[language], { numeric: 'auto' });
    return (iso, nowMs = Date.now()) => {
      const seconds = Math.round((Date.parse(iso) - nowMs) / 1000);
      const unit = UNITS.find(([, size]) => Math.abs(seconds) >= size);
      return unit ? words.format(Math.round(seconds / unit[1]), unit[0]) : words.format(0, 'second');
    };
  }, [language]);
}
