import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Operation } from '../../../shared/index.ts';
import { useCall } from '../api/useCall.ts';
import { Select } from '../ui/Select.tsx';
import { BulkForm } from './BulkForm.tsx';
import type { FormProps } from './forms.tsx';

const NO_INPUT = {};

/** Reassign to a moderator's queue; the people come from the supervisor's queue summary. */
export function BulkAssignForm(props: FormProps) {
  const { t } = useTranslation();
  const queue = useCall('queue.summary', NO_INPUT);
  const [userId, setUserId] = useState('');
  const people = queue.state === 'ok' ? queue.value.moderators : [];
  const operation: Operation | null = userId ? { name: 'assign', args: { userId } } : null;
  return (
    <BulkForm title={t('bulk.assignTitle')} operation={operation} {...props}>
      <Select
        label={t('bulk.assignee')}
        value={userId}
        emptyLabel={t('verify.choose')}
        options={people.map((p) => ({ value: p.userId, label: p.displayName }))}
        onChange={setUserId}
      />
    </BulkForm>
  );
}
