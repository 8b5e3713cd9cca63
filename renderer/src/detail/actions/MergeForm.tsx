import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  STATUSES,
  type ComplaintDetail,
  type ComplaintFilters,
  type Input,
} from '../../../../shared/index.ts';
import { useCall } from '../../api/useCall.ts';
import { useDebounced } from '../../ui/useDebounced.ts';
import { ActionForm } from './ActionForm.tsx';
import { operationSchema } from './operationSchema.ts';
import { useApply } from './useApply.ts';

const Args = operationSchema('merge_duplicate').shape.args;
const CANDIDATES = 8;
const SEARCH_DELAY_MS = 250;
/** A master can be anything but another duplicate (the server refuses those too). */
const MASTER_STATUSES = STATUSES.filter((s) => s !== 'duplikat');
const looksLikeCaseNo = (text: string): boolean => /^[a-z]{2,5}-\d/i.test(text.trim());

function candidateQuery(search: string): Input<'complaints.list'> | null {
  const text = search.trim();
  if (text.length < 2) return null;
  const match: ComplaintFilters = looksLikeCaseNo(text) ? { caseNo: text } : { text };
  return {
    filters: { ...match, status: MASTER_STATUSES },
    // The earlier report is the master: oldest first.
    sort: { by: 'receivedAt', dir: 'asc' },
    offset: 0,
    limit: CANDIDATES + 1,
  };
}

type Props = { complaint: ComplaintDetail; onDone: (u: ComplaintDetail) => void; onCancel: () => void };

/** Duplikat: search the earlier item by case number or words and merge this one into it. */
export function MergeForm({ complaint, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const [search, setSearch] = useState('');
  const query = candidateQuery(useDebounced(search, SEARCH_DELAY_MS));
  const found = useCall('complaints.list', query);
  const { apply, error } = useApply(complaint, onDone);
  const { register, handleSubmit, formState } = useForm<z.input<typeof Args>, unknown, z.output<typeof Args>>(
    {
      resolver: zodResolver(Args),
    },
  );
  const candidates =
    found.state === 'ok' ? found.value.rows.filter((r) => r.id !== complaint.id).slice(0, CANDIDATES) : [];
  const submit = handleSubmit((args) => apply({ name: 'merge_duplicate', args }));
  return (
    <ActionForm
      title={t('actions.merge_duplicate.title')}
      submitLabel={t('actions.merge_duplicate.submit')}
      submitting={formState.isSubmitting}
      error={error}
      onSubmit={(e) => void submit(e)}
      onCancel={onCancel}
    >
      <div className="field">
        <label htmlFor={`${listId}-search`}>{t('actions.merge_duplicate.search')}</label>
        <input
          id={`${listId}-search`}
          type="search"
          value={search}
          autoComplete="off"
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      <fieldset
        className="field candidates"
        aria-describedby={formState.errors.masterId ? `${listId}-error` : undefined}
      >
        <legend>{t('actions.merge_duplicate.field')}</legend>
        {query !== null && found.state === 'ok' && candidates.length === 0 && (
          <p className="muted">{t('actions.merge_duplicate.none')}</p>
        )}
        {candidates.map((row) => (
          <label key={row.id} className="choice candidate">
            <input type="radio" value={row.id} {...register('masterId')} />
            <span>
              <strong>{row.caseNo}</strong> {row.text.slice(0, 120)}
            </span>
          </label>
        ))}
      </fieldset>
      {formState.errors.masterId && (
        <p id={`${listId}-error`} className="field-error" role="alert">
          {t('actions.invalid.master')}
        </p>
      )}
    </ActionForm>
  );
}
