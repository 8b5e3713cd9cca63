import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/**
 * A field's problem in the user's language. Zod's own words are English and technical; the form says
 * what to do instead: fill it in, shorten it, or the field's own hint.
 */
export function useFieldError() {
  const { t } = useTranslation();
  return (error: FieldError | undefined, hint?: string): string | undefined => {
    if (!error) return undefined;
    if (error.type === 'too_big') return t('actions.invalid.tooLong');
    if (error.type === 'too_small') return t('actions.invalid.required');
    return hint ?? t('actions.invalid.generic');
  };
}
