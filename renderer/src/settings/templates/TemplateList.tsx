import { useTranslation } from 'react-i18next';
import type { ResponseTemplate } from '../../../../shared/index.ts';
import { useMasterNames } from '../../master/master.tsx';
import { DeleteButton } from '../DeleteButton.tsx';

type Props = {
  templates: readonly ResponseTemplate[];
  onEdit: (template: ResponseTemplate) => void;
  onDelete: (template: ResponseTemplate) => void;
};

/** Groups in the order the form offers them: "any category" first, then the city's categories. */
function groups(templates: readonly ResponseTemplate[], categoryIds: readonly string[]) {
  const order = [null, ...categoryIds];
  const rank = (id: string | null) => (order.includes(id) ? order.indexOf(id) : order.length);
  const byCategory = new Map<string | null, ResponseTemplate[]>();
  for (const x of templates) byCategory.set(x.categoryId, [...(byCategory.get(x.categoryId) ?? []), x]);
  return [...byCategory.entries()].sort(([a], [b]) => rank(a) - rank(b));
}

/** The canned responses per category, each with its buttons to change or remove it. */
export function TemplateList({ templates, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  const { master, category } = useMasterNames();
  if (templates.length === 0) return <p className="muted">{t('settings.templates.none')}</p>;
  return groups(
    templates,
    master.categories.map((c) => c.id),
  ).map(([categoryId, list]) => {
    const name = category(categoryId) ?? t('settings.anyCategory');
    return (
      <section key={categoryId ?? ''} className="template-group" aria-label={name}>
        <h4>{name}</h4>
        <ul className="settings-list">
          {list.map((x) => (
            <li key={x.id}>
              <span className="template-title">{x.title}</span>
              <button
                type="button"
                className="secondary"
                aria-label={t('settings.templates.editOne', { title: x.title })}
                onClick={() => onEdit(x)}
              >
                {t('settings.edit')}
              </button>
              <DeleteButton
                label={t('settings.templates.deleteOne', { title: x.title })}
                onDelete={() => onDelete(x)}
              />
            </li>
          ))}
        </ul>
      </section>
    );
  });
}
