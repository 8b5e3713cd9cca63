import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/index.ts';
import { useShortcut } from '../keyboard/useShortcuts.ts';

type Props = { value: string; onChange: (text: string) => void };

export function SearchBox({ value, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  useShortcut('search', () => input.current?.focus());
  return (
    <div className="search">
      <label htmlFor={id}>{t('search.label')}</label>
      <input
        ref={input}
        id={id}
        type="search"
        role="searchbox"
        value={value}
        maxLength={LIMITS.searchText}
        placeholder={t('search.placeholder')}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
