import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintDetail } from '../../../../shared/index.ts';
import { useCall } from '../../api/useCall.ts';
import { Select } from '../../ui/Select.tsx';
import { ActionForm } from './ActionForm.tsx';
import { useApply } from './useApply.ts';

type Props = { complaint: ComplaintDetail; onDone: (u: ComplaintDetail) => void; onCancel: () => void };

const NO_INPUT = {};
/** The Select's value for "nobody": an item may leave every queue. */
const NOBODY = '-';

/** The supervisor gives the item to a moderator's queue (Antrean saya), or takes it out of all queues. */
export function AssignForm({ complaint, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const queue = useCall('queue.summary', NO_INPUT);
  const { apply, error } = useApply(complaint, onDone);
  const [choice, setChoice] = useState(complaint.assigneeId ?? '');
  const [submitting, setSubmitting] = useState(false);
  const people = queue.state === 'ok' ? queue.value.moderators : [];
  return (
    <ActionForm
      title={t('actions.assign.title')}
      submitLabel={t('actions.assign.submit')}
      submitting={submitting}
      error={error}
      onSubmit={(e) => {
        e.preventDefault();
        if (!choice) return;
        setSubmitting(true);
        void apply({ name: 'assign', args: { userId: choice === NOBODY ? null : choice } }).finally(() =>
          setSubmitting(false),
        );
      }}
      onCancel={onCancel}
    >
      <Select
        label={t('actions.assign.field')}
        value={choice}
        emptyLabel={t('verify.choose')}
        options={[
          { value: NOBODY, label: t('actions.assign.nobody') },
          ...people.map((p) => ({ value: p.userId, label: p.displayName })),
        ]}
        onChange={setChoice}
      />
    </ActionForm>
  );
}
