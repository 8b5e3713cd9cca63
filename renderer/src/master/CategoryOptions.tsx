import { useMasterNames } from './master.tsx';

/** The options of a category select: an empty choice with the caller's label, then every category. */
export function CategoryOptions({ emptyLabel }: { emptyLabel: string }) {
  const { master, category } = useMasterNames();
  return (
    <>
      <option value="">{emptyLabel}</option>
      {master.categories.map((c) => (
        <option key={c.id} value={c.id}>
          {category(c.id)}
        </option>
      ))}
    </>
  );
}
