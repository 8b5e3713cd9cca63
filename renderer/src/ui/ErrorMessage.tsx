import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/index.ts';

/**
 * An envelope error in the user's language, with the server's own words as detail. `summary` is for a
 * screen that knows better what a code means there ("conflict" on a new user: the name is taken).
 */
export function ErrorMessage({ error, summary }: { error: ApiError; summary?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <div className="error" role="alert">
      <p>{summary ?? t(`errors.${error.code}`, { defaultValue: error.message })}</p>
      <p className="error-detail">{error.message}</p>
    </div>
  );
}
