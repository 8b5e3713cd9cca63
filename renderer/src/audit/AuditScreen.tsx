import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../api/useCall.ts';
import { useFormat } from '../i18n/format.ts';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { useDebounced } from '../ui/useDebounced.ts';
import { AuditFilterBar } from './AuditFilterBar.tsx';
import { AuditTable } from './AuditTable.tsx';
import { NO_AUDIT_CHOICE, toAuditFilters, type AuditChoice } from './auditChoice.ts';
import { ChainCheck } from './ChainCheck.tsx';
import { ExportButton } from './ExportButton.tsx';

const PAGE_SIZE = 50;
/** Typing in the filter bar pauses this long before the log is asked again. */
const TYPING_DELAY_MS = 250;

/** The supervisors' audit log: every recorded event, filtered and paged, newest first. */
export function AuditScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const [choice, setChoice] = useState<AuditChoice>(NO_AUDIT_CHOICE);
  const [offset, setOffset] = useState(0);
  const settled = useDebounced(choice, TYPING_DELAY_MS);
  const filters = useMemo(() => toAuditFilters(settled), [settled]);
  const page = useCall('audit.list', { filters, offset, limit: PAGE_SIZE });

  return (
    <main className="audit-screen" aria-labelledby={headingId}>
      <div className="audit-head">
        <h2 id={headingId}>{t('audit.title')}</h2>
        <ExportButton filters={filters} />
      </div>
      <ChainCheck />
      <AuditFilterBar
        choice={choice}
        onChange={(next) => {
          setChoice(next);
          setOffset(0);
        }}
      />
      {page.state === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {page.state === 'error' && <ErrorMessage error={page.error} />}
      {page.state === 'ok' && (
        <>
          <AuditTable rows={page.value.rows} />
          <nav className="pager" aria-label={t('audit.table')}>
            <button
              type="button"
              className="secondary"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
            >
              {t('audit.previous')}
            </button>
            {page.value.rows.length > 0 && (
              <span className="muted">
                {t('audit.rows', {
                  from: format.number(offset + 1),
                  to: format.number(offset + page.value.rows.length),
                })}
              </span>
            )}
            <button
              type="button"
              className="secondary"
              disabled={!page.value.hasMore}
              onClick={() => setOffset(offset + PAGE_SIZE)}
            >
              {t('audit.next')}
            </button>
          </nav>
        </>
      )}
    </main>
  );
}
