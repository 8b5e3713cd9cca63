import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/index.ts';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';

type Props = { error: ApiError | null; summary?: string | undefined };

/**
 * Core's refusal of a settings change. The general words for "not found" speak of complaints; here it is
 * the setting that is gone (someone else removed it). A form passes its own words for codes it expects.
 */
export function Refusal({ error, summary }: Props) {
  const { t } = useTranslation();
  if (error === null) return null;
  const gone = error.code === 'not_found' ? t('settings.gone') : undefined;
  return <ErrorMessage error={error} summary={summary ?? gone} />;
}
