import { useTranslation } from 'react-i18next';
import { CHANNELS, FLAG_RISKS, STATUSES, VERDICTS } from '../../../../shared/index.ts';
import { useMasterNames } from '../../master/master.tsx';
import { Select } from '../../ui/Select.tsx';
import { DateField } from './DateField.tsx';
import { NO_FILTERS, type FilterChoice } from './filterChoice.ts';

type Props = { choice: FilterChoice; onChange: (choice: FilterChoice) => void };

export function FilterPanel({ choice, onChange }: Props) {
  const { t } = useTranslation();
  const { master, category } = useMasterNames();
  const set =
    <K extends keyof FilterChoice>(key: K) =>
    (value: FilterChoice[K]) =>
      onChange({ ...choice, [key]: value });
  const all = t('filters.all');

  return (
    <form className="filters" aria-label={t('filters.heading')} onSubmit={(e) => e.preventDefault()}>
      <h2>{t('filters.heading')}</h2>
      <Select
        label={t('filters.status')}
        value={choice.status}
        emptyLabel={all}
        options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        onChange={set('status')}
      />
      <Select
        label={t('filters.verdict')}
        value={choice.verdict}
        emptyLabel={all}
        options={VERDICTS.map((v) => ({ value: v, label: t(`verdict.${v}`) }))}
        onChange={set('verdict')}
      />
      <Select
        label={t('filters.channel')}
        value={choice.channel}
        emptyLabel={all}
        options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
        onChange={set('channel')}
      />
      <Select
        label={t('filters.category')}
        value={choice.categoryId}
        emptyLabel={all}
        options={master.categories.map((c) => ({ value: c.id, label: category(c.id) ?? c.id }))}
        onChange={set('categoryId')}
      />
      <Select
        label={t('filters.dinas')}
        value={choice.dinasId}
        emptyLabel={all}
        options={master.dinas.map((d) => ({ value: d.id, label: d.shortName }))}
        onChange={set('dinasId')}
      />
      <Select
        label={t('filters.kecamatan')}
        value={choice.kecamatanId}
        emptyLabel={all}
        options={master.kecamatan.map((k) => ({ value: k.id, label: k.name }))}
        onChange={set('kecamatanId')}
      />
      <Select
        label={t('flags.filter')}
        value={choice.flag}
        emptyLabel={all}
        options={FLAG_RISKS.map((r) => ({ value: r, label: t(`flags.risk.${r}`) }))}
        onChange={set('flag')}
      />
      <label className="check">
        <input type="checkbox" checked={choice.overdue} onChange={(e) => set('overdue')(e.target.checked)} />
        {t('filters.overdue')}
      </label>
      <DateField label={t('filters.from')} value={choice.from} max={choice.to} onChange={set('from')} />
      <DateField label={t('filters.to')} value={choice.to} min={choice.from} onChange={set('to')} />
      <button type="button" className="secondary" onClick={() => onChange(NO_FILTERS)}>
        {t('filters.reset')}
      </button>
    </form>
  );
}
