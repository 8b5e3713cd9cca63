import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { label: string; onDelete: () => void };

/** Deleting a setting takes two clicks: the first asks "sure?", so a slip of the mouse removes nothing. */
export function DeleteButton({ label, onDelete }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="secondary" aria-label={label} onClick={() => setAsking(true)}>
        {t('settings.delete')}
      </button>
    );
  }
  return (
    <span className="confirm-delete">
      <button type="button" className="danger" onClick={onDelete}>
        {t('settings.confirmDelete')}
      </button>
      <button type="button" className="secondary" onClick={() => setAsking(false)}>
        {t('actions.cancel')}
      </button>
    </span>
  );
}
