import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ComplaintState, OPERATION_NAMES, type ApiError, type ConflictItem } from '../../../shared/index.ts';
import { call } from '../api/client.ts';
import { useAuditText } from '../audit/useAuditText.ts';
import { useCan } from '../auth/user.ts';
import { useFormat } from '../i18n/format.ts';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';

const SIDES = ['current', 'incoming'] as const;
type Side = (typeof SIDES)[number];

// The hub names the standing side's operation only when it knows it ("current" or "ingest" otherwise).
const isOperationName = (name: string): boolean => OPERATION_NAMES.some((o) => o === name);

/** The fields the two sides disagree on (all of the group's when none do): what the choice is about. */
function fieldsThatDiffer({ current, incoming }: ConflictItem): (keyof ComplaintState)[] {
  const all = ComplaintState.keyof().options.filter((k) => k in current.value || k in incoming.value);
  const differ = all.filter((k) => current.value[k] !== incoming.value[k]);
  return differ.length > 0 ? differ : all;
}

/**
 * One conflict: the decision standing now and the one that came later, each with who, when and what it
 * sets, in the desk's words. Choosing one sends resolve_conflict through the normal apply path; the card
 * then waits for the hub's answer to take it off the list.
 */
export function ConflictCard({ conflict }: { conflict: ConflictItem }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useAuditText();
  const titleId = useId();
  const mayResolve = useCan('conflict.resolve');
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const caseNo = conflict.caseNo ?? conflict.complaintId;
  const fields = fieldsThatDiffer(conflict);

  const choose = async (choice: Side): Promise<void> => {
    setBusy(true);
    setError(null);
    const result = await call('complaints.apply', {
      complaintId: conflict.complaintId,
      operation: {
        name: 'resolve_conflict',
        args: { conflictId: conflict.id, choice, value: conflict[choice].value },
      },
    });
    setBusy(false);
    if (result.ok) setSent(true);
    else setError(result.error);
  };

  return (
    <article className="conflict-card" aria-labelledby={titleId}>
      <h3 id={titleId}>
        <a href={`#${encodeURIComponent(conflict.complaintId)}`}>{t('sync.conflicts.case', { caseNo })}</a>
      </h3>
      <p className="muted">
        {t('sync.conflicts.group', { group: t(`sync.group.${conflict.group}`) })} ·{' '}
        {format.dateTime(conflict.createdAt)}
      </p>
      <div className="conflict-sides">
        {SIDES.map((side) => {
          const s = conflict[side];
          const sideLabel = t(`sync.conflicts.${side}`);
          return (
            <section key={side} className="conflict-side" aria-label={sideLabel}>
              <h4>{sideLabel}</h4>
              <p>
                {isOperationName(s.operation)
                  ? t('sync.conflicts.by', {
                      operation: text.operation(s.operation),
                      actor: s.actor,
                      time: format.dateTime(s.at),
                    })
                  : t('sync.conflicts.byWho', { actor: s.actor, time: format.dateTime(s.at) })}
              </p>
              <dl>
                {fields.map((field) => (
                  <div key={field}>
                    <dt>{text.field(field)}</dt>
                    <dd>{text.value(field, s.value[field])}</dd>
                  </div>
                ))}
              </dl>
              {mayResolve && !sent && (
                <button
                  type="button"
                  disabled={busy}
                  aria-label={t('sync.conflicts.chooseLabel', { side: sideLabel, caseNo })}
                  onClick={() => void choose(side)}
                >
                  {t('sync.conflicts.choose')}
                </button>
              )}
            </section>
          );
        })}
      </div>
      {!mayResolve && <p className="muted">{t('sync.conflicts.viewOnly')}</p>}
      {sent && <p role="status">{t('sync.conflicts.sent')}</p>}
      {error !== null && <ErrorMessage error={error} />}
    </article>
  );
}
