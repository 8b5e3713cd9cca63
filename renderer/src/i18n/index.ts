import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { id } from './id.ts';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Intl locale per language: numbers as "5.000" in Indonesian, "5,000" in English. */
export const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

const STORAGE_KEY = 'saring.language';

const isLanguage = (value: unknown): value is Language => LANGUAGES.some((l) => l === value);

/** The language the user chose last time; Indonesian for everyone else. */
function storedLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return isLanguage(saved) ? saved : 'id';
  } catch {
    return 'id';
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'id';
}

export async function setLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be unavailable (private mode); the switch still works for this session.
  }
  await i18next.changeLanguage(language);
}

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

export const i18nReady = i18next.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'id',
  // React escapes text itself; escaping here would show "&amp;" to the user.
  interpolation: { escapeValue: false },
});
