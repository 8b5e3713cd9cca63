import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, currentLanguage, setLanguage } from '../i18n/index.ts';

/** Each language is named in itself, so a user who cannot read the current one still finds theirs. */
const NATIVE_NAMES = { id: 'Bahasa Indonesia', en: 'English' } as const;

export function LanguageSwitch() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="language">
      <label htmlFor={id}>{t('app.language')}</label>
      <select
        id={id}
        value={currentLanguage()}
        onChange={(e) => {
          const chosen = LANGUAGES.find((l) => l === e.target.value);
          if (chosen) void setLanguage(chosen);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NATIVE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
