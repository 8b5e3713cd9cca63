import { useTranslation } from 'react-i18next';
import { showView, type InboxView } from './inboxView.ts';

type Props = { views: readonly InboxView[]; active: InboxView | null; onPick: () => void };

function ViewButton({
  view,
  active,
  onPick,
}: {
  view: InboxView | null;
  active: boolean;
  onPick: () => void;
}) {
  const { t } = useTranslation();
  return (
    <li>
      <button
        type="button"
        className="view"
        aria-current={active ? 'true' : undefined}
        onClick={() => {
          showView(view);
          onPick();
        }}
      >
        {view?.title ?? t('views.all')}
      </button>
    </li>
  );
}

/** The saved views; a drill-down from the queue screen shows as an extra, active entry at the end. */
export function ViewList({ views, active, onPick }: Props) {
  const { t } = useTranslation();
  const adHoc = active !== null && !views.some((v) => v.id === active.id) ? active : null;
  return (
    <nav className="views" aria-label={t('views.heading')}>
      <h2>{t('views.heading')}</h2>
      <ul>
        <ViewButton view={null} active={active === null} onPick={onPick} />
        {views.map((v) => (
          <ViewButton key={v.id} view={v} active={v.id === active?.id} onPick={onPick} />
        ))}
        {adHoc && <ViewButton view={adHoc} active onPick={onPick} />}
      </ul>
    </nav>
  );
}
