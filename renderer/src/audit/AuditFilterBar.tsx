import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, OPERATION_NAMES } from '../../../shared/index.ts';
import { DateField } from '../inbox/filters/DateField.tsx';
import { Select } from '../ui/Select.tsx';
import { NO_AUDIT_CHOICE, type AuditChoice } from './auditChoice.ts';
import { useAuditText } from './useAuditText.ts';

type Props = { choice: AuditChoice; onChange: (choice: AuditChoice) => void };

function TextField(props: {
  label: string;
  value: string;
  maxLength: number;
  onChange: (v: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        value={props.value}
        maxLength={props.maxLength}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}

export function AuditFilterBar({ choice, onChange }: Props) {
  const { t } = useTranslation();
  const text = useAuditText();
  const set =
    <K extends keyof AuditChoice>(key: K) =>
    (value: AuditChoice[K]) =>
      onChange({ ...choice, [key]: value });

  return (
    <form className="audit-filters" aria-label={t('audit.filters')} onSubmit={(e) => e.preventDefault()}>
      <TextField
        label={t('audit.actor')}
        value={choice.actor}
        maxLength={LIMITS.handle}
        onChange={set('actor')}
      />
      <Select
        label={t('audit.operation')}
        value={choice.operation}
        emptyLabel={t('filters.all')}
        options={OPERATION_NAMES.map((o) => ({ value: o, label: text.operation(o) }))}
        onChange={set('operation')}
      />
      <TextField
        label={t('audit.caseNo')}
        value={choice.caseNo}
        maxLength={LIMITS.idLength}
        onChange={set('caseNo')}
      />
      <DateField label={t('audit.from')} value={choice.from} max={choice.to} onChange={set('from')} />
      <DateField label={t('audit.to')} value={choice.to} min={choice.from} onChange={set('to')} />
      <button type="button" className="secondary" onClick={() => onChange(NO_AUDIT_CHOICE)}>
        {t('audit.reset')}
      </button>
    </form>
  );
}
