import { useTranslation } from 'react-i18next';
import { DEADLINE_STAGES, type DeadlineProfile } from '../../../../shared/index.ts';
import { useMasterNames } from '../../master/master.tsx';
import { DeleteButton } from '../DeleteButton.tsx';

type Props = {
  profiles: readonly DeadlineProfile[];
  onEdit: (profile: DeadlineProfile) => void;
  onDelete: (profile: DeadlineProfile) => void;
};

/** The city defaults first, then each category's own clocks, each stage in the order a complaint meets it. */
const order = (a: DeadlineProfile, b: DeadlineProfile): number =>
  (a.categoryId ?? '').localeCompare(b.categoryId ?? '') ||
  DEADLINE_STAGES.indexOf(a.stage) - DEADLINE_STAGES.indexOf(b.stage);

/** Every deadline clock: whose it is, which stage, how long. */
export function ProfileTable({ profiles, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  const { category } = useMasterNames();
  return (
    <table className="settings-table" aria-label={t('settings.deadlines.profiles')}>
      <thead>
        <tr>
          <th scope="col">{t('settings.category')}</th>
          <th scope="col">{t('settings.deadlines.stage')}</th>
          <th scope="col">{t('settings.deadlines.length')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('settings.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {[...profiles].sort(order).map((p) => {
          const whose = category(p.categoryId) ?? t('settings.deadlines.cityDefault');
          const name = `${whose}, ${t(`deadlineStage.${p.stage}`)}`;
          return (
            <tr key={p.id}>
              <td>{whose}</td>
              <td>{t(`deadlineStage.${p.stage}`)}</td>
              <td>{t(`settings.deadlines.amount.${p.unit}`, { count: p.amount })}</td>
              <td className="row-actions">
                <button
                  type="button"
                  className="secondary"
                  aria-label={t('settings.deadlines.editOne', { name })}
                  onClick={() => onEdit(p)}
                >
                  {t('settings.edit')}
                </button>
                <DeleteButton
                  label={t('settings.deadlines.deleteOne', { name })}
                  onDelete={() => onDelete(p)}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
