import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMPLAINT_TYPES,
  CONFIDENTIALITIES,
  PRIORITIES,
  REJECT_REASONS,
  type ComplaintType,
  type Confidentiality,
  type Operation,
  type Priority,
  type RejectReason,
} from '../../../shared/index.ts';
import { useMasterNames } from '../master/master.tsx';
import { Select } from '../ui/Select.tsx';
import { BulkForm } from './BulkForm.tsx';

export type FormProps = { onSubmit: (operation: Operation) => void; onCancel: () => void };

/** Verify all with one type, category, priority and confidentiality. */
export function BulkVerifyForm(props: FormProps) {
  const { t } = useTranslation();
  const { master, category } = useMasterNames();
  const [type, setType] = useState<ComplaintType | ''>('pengaduan');
  const [categoryId, setCategoryId] = useState('');
  const [priority, setPriority] = useState<Priority | ''>('sedang');
  const [confidentiality, setConfidentiality] = useState<Confidentiality | ''>('biasa');
  const choose = t('verify.choose');
  const operation: Operation | null =
    type && categoryId && priority && confidentiality
      ? { name: 'verify', args: { type, categoryId, priority, confidentiality } }
      : null;
  return (
    <BulkForm title={t('bulk.verifyTitle')} operation={operation} {...props}>
      <Select
        label={t('verify.type')}
        value={type}
        emptyLabel={choose}
        options={COMPLAINT_TYPES.map((v) => ({ value: v, label: t(`type.${v}`) }))}
        onChange={setType}
      />
      <Select
        label={t('verify.category')}
        value={categoryId}
        emptyLabel={choose}
        options={master.categories.map((c) => ({ value: c.id, label: category(c.id) ?? c.id }))}
        onChange={setCategoryId}
      />
      <Select
        label={t('verify.priority')}
        value={priority}
        emptyLabel={choose}
        options={PRIORITIES.map((v) => ({ value: v, label: t(`priority.${v}`) }))}
        onChange={setPriority}
      />
      <Select
        label={t('verify.confidentiality')}
        value={confidentiality}
        emptyLabel={choose}
        options={CONFIDENTIALITIES.map((v) => ({ value: v, label: t(`confidentiality.${v}`) }))}
        onChange={setConfidentiality}
      />
    </BulkForm>
  );
}

export function BulkRejectForm(props: FormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<RejectReason | ''>('');
  const operation: Operation | null = reason ? { name: 'reject', args: { reason } } : null;
  return (
    <BulkForm title={t('bulk.rejectTitle')} operation={operation} {...props}>
      <Select
        label={t('bulk.reason')}
        value={reason}
        emptyLabel={t('verify.choose')}
        options={REJECT_REASONS.map((v) => ({ value: v, label: t(`rejectReason.${v}`) }))}
        onChange={setReason}
      />
    </BulkForm>
  );
}

/** Dispose to one dinas; with a reason it also moves items already with another dinas (reassign). */
export function BulkDisposeForm({ reassign, ...props }: FormProps & { reassign: boolean }) {
  const { t } = useTranslation();
  const { master } = useMasterNames();
  const [dinasId, setDinasId] = useState('');
  const [reason, setReason] = useState('');
  const operation: Operation | null =
    dinasId && (!reassign || reason.trim())
      ? { name: 'dispose', args: reason.trim() ? { dinasId, reason: reason.trim() } : { dinasId } }
      : null;
  return (
    <BulkForm
      title={t(reassign ? 'bulk.reassignDinasTitle' : 'bulk.disposeTitle')}
      operation={operation}
      {...props}
    >
      <Select
        label={t('bulk.dinas')}
        value={dinasId}
        emptyLabel={t('verify.choose')}
        options={master.dinas.map((d) => ({ value: d.id, label: d.shortName }))}
        onChange={setDinasId}
      />
      {reassign && (
        <div className="field">
          <label>
            {t('bulk.reassignReason')}
            <input value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
          </label>
        </div>
      )}
    </BulkForm>
  );
}

export function BulkArchiveForm(props: FormProps) {
  const { t } = useTranslation();
  return (
    <BulkForm title={t('bulk.archiveTitle')} operation={{ name: 'archive', args: {} }} {...props}>
      <p>{t('bulk.archiveConfirm')}</p>
    </BulkForm>
  );
}
