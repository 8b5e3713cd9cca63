import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/index.ts';

/** An envelope error in the user's language, with the server's own words as detail. */
export function ErrorMessage({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  return (
    <div className="error" role="alert">
      <p>{t(`errors.${error.code}`, { defaultValue: error.message })}</p>
      <p className="error-detail">{error.message}</p>
    </div>
  );
}
