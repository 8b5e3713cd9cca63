import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAllowed, mayApply, type ComplaintDetail } from '../../../../shared/index.ts';
import { useUser } from '../../auth/user.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { ActionPicker, type FormAction } from './ActionPicker.tsx';
import { useApply } from './useApply.ts';

type Entry = { op: FormAction; shortcut?: string } | { op: 'acknowledge' | 'set_flag'; instant: true };

/**
 * Every desk and dinas action in lifecycle order, with the keys the keyboard layer will bind
 * (v verify, x reject, d dispose, r respond, m merge).
 */
const ACTIONS: readonly Entry[] = [
  { op: 'verify', shortcut: 'v' },
  { op: 'hold' },
  { op: 'reject', shortcut: 'x' },
  { op: 'mark_not_authority' },
  { op: 'merge_duplicate', shortcut: 'm' },
  { op: 'dispose', shortcut: 'd' },
  { op: 'acknowledge', instant: true },
  { op: 'record_response', shortcut: 'r' },
  { op: 'confirm_done' },
  { op: 'return_to_dinas' },
  { op: 'archive' },
  { op: 'reopen' },
  { op: 'add_note' },
  { op: 'set_lapor' },
  { op: 'assign' },
  { op: 'set_flag', instant: true },
];

type Props = { complaint: ComplaintDetail; onChanged: (updated: ComplaintDetail) => void };

/**
 * Only the actions the state machine allows from the item's state and the user's role may do: an
 * impossible or forbidden one is never offered (core refuses it anyway).
 */
export function ActionBar({ complaint, onChanged }: Props) {
  const { t } = useTranslation();
  // Keyed by the complaint, so opening another item never shows a form half-filled for this one.
  const [open, setOpen] = useState<{ id: string; action: FormAction } | null>(null);
  const done = (updated: ComplaintDetail) => {
    setOpen(null);
    onChanged(updated);
  };
  const { apply, error } = useApply(complaint, done);
  const { role } = useUser();
  const offered = ACTIONS.filter((a) => isAllowed(complaint, a.op) && mayApply(role, a.op));

  if (open?.id === complaint.id) {
    return (
      <ActionPicker action={open.action} complaint={complaint} onDone={done} onCancel={() => setOpen(null)} />
    );
  }
  return (
    <div className="action-bar">
      <div role="group" aria-label={t('actions.bar')} className="actions">
        {offered.map((a) => (
          <button
            key={a.op}
            type="button"
            className={'instant' in a ? 'secondary' : undefined}
            aria-pressed={a.op === 'set_flag' ? complaint.flagged : undefined}
            {...('shortcut' in a && a.shortcut
              ? { 'data-shortcut': a.shortcut, 'aria-keyshortcuts': a.shortcut }
              : {})}
            onClick={() => {
              if (a.op === 'acknowledge') void apply({ name: 'acknowledge', args: {} });
              else if (a.op === 'set_flag')
                void apply({ name: 'set_flag', args: { flagged: !complaint.flagged } });
              else setOpen({ id: complaint.id, action: a.op });
            }}
          >
            {t(`actions.${a.op}.open`)}
          </button>
        ))}
      </div>
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
