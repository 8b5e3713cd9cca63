import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseTemplate } from '../../../../shared/index.ts';
import { useCall } from '../../api/useCall.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Refusal } from '../Refusal.tsx';
import { useSend } from '../useSend.ts';
import { TemplateForm } from './TemplateForm.tsx';
import { TemplateList } from './TemplateList.tsx';

const ALL = {};

/** Template tanggapan: the canned responses the desk and the dinas fill in when they answer. */
export function TemplatesSection() {
  const { t } = useTranslation();
  const [reload, setReload] = useState(0);
  const [editing, setEditing] = useState<ResponseTemplate | null | undefined>(undefined);
  const templates = useCall('templates.list', ALL, reload);
  const removal = useSend();
  const refresh = () => setReload((n) => n + 1);
  const remove = async (template: ResponseTemplate) => {
    if (await removal.send('templates.delete', { id: template.id })) {
      if (editing?.id === template.id) setEditing(undefined);
      refresh();
    }
  };
  return (
    <div className="settings-section">
      <div className="settings-head">
        <h3>{t('settings.tabs.templates')}</h3>
        <button type="button" onClick={() => setEditing(null)}>
          {t('settings.templates.add')}
        </button>
      </div>
      {editing !== undefined && (
        <TemplateForm
          key={editing?.id ?? 'new'}
          template={editing}
          onSaved={() => {
            setEditing(undefined);
            refresh();
          }}
          onCancel={() => setEditing(undefined)}
        />
      )}
      <Refusal error={removal.error} />
      {templates.state === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {templates.state === 'error' && <ErrorMessage error={templates.error} />}
      {templates.state === 'ok' && (
        <TemplateList templates={templates.value} onEdit={setEditing} onDelete={(x) => void remove(x)} />
      )}
    </div>
  );
}
