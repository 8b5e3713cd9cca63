import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineChange, DeadlineProfile } from '../../../../shared/index.ts';
import { useCall } from '../../api/useCall.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Refusal } from '../Refusal.tsx';
import { useSend } from '../useSend.ts';
import { HolidaySection } from './HolidaySection.tsx';
import { ProfileForm } from './ProfileForm.tsx';
import { ProfileTable } from './ProfileTable.tsx';

/** Tenggat: how long each stage may take, per category or for the whole city, and the days that do not count. */
export function DeadlinesSection() {
  const { t } = useTranslation();
  const [reload, setReload] = useState(0);
  const [year, setYear] = useState<number | undefined>(undefined);
  const [editing, setEditing] = useState<DeadlineProfile | null | undefined>(undefined);
  const [recomputed, setRecomputed] = useState<number | null>(null);
  const settings = useCall('deadlines.get', year === undefined ? {} : { year }, reload);
  const removal = useSend();
  const changed = (change: DeadlineChange) => {
    setEditing(undefined);
    setRecomputed(change.recomputed);
    setReload((n) => n + 1);
  };
  const remove = async ({ categoryId, stage }: DeadlineProfile) => {
    setRecomputed(null);
    const change = await removal.send('deadlines.deleteProfile', { categoryId, stage });
    if (change) changed(change);
  };
  // Removing a clock is refused as invalid only for a city default, which every stage must keep.
  const refusal =
    removal.error?.code === 'invalid_operation' ? t('settings.deadlines.cityDefaultStays') : undefined;
  return (
    <div className="settings-section">
      <div className="settings-head">
        <h3>{t('settings.deadlines.profiles')}</h3>
        <button type="button" onClick={() => setEditing(null)}>
          {t('settings.deadlines.add')}
        </button>
      </div>
      {recomputed !== null && (
        <p role="status" className="muted">
          {t('settings.deadlines.recomputed', { count: recomputed })}
        </p>
      )}
      {editing !== undefined && (
        <ProfileForm
          key={editing?.id ?? 'new'}
          profile={editing}
          onSaved={changed}
          onCancel={() => setEditing(undefined)}
        />
      )}
      <Refusal error={removal.error} summary={refusal} />
      {settings.state === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {settings.state === 'error' && <ErrorMessage error={settings.error} />}
      {settings.state === 'ok' && (
        <>
          <ProfileTable
            profiles={settings.value.profiles}
            onEdit={setEditing}
            onDelete={(p) => void remove(p)}
          />
          <HolidaySection settings={settings.value} onYear={setYear} onChanged={changed} />
        </>
      )}
    </div>
  );
}
