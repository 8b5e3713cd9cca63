import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayApply, missingCase, type Operation, type OperationName } from '../../../shared/index.ts';
import { useUser } from '../auth/user.ts';
import { useFormat } from '../i18n/format.ts';
import { BulkAssignForm } from './BulkAssignForm.tsx';
import { BulkResult } from './BulkResult.tsx';
import {
  BulkArchiveForm,
  BulkDisposeForm,
  BulkRejectForm,
  BulkVerifyForm,
  type FormProps,
} from './forms.tsx';
import { useBulkRun } from './useBulkRun.ts';

const ACTIONS = ['verify', 'reject', 'dispose', 'archive'] as const;
const SUPERVISOR_ACTIONS = ['reassignDinas', 'assign'] as const;
type BulkAction = (typeof ACTIONS)[number] | (typeof SUPERVISOR_ACTIONS)[number];

function ActionForm({ action, ...props }: FormProps & { action: BulkAction }) {
  switch (action) {
    case 'verify':
      return <BulkVerifyForm {...props} />;
    case 'reject':
      return <BulkRejectForm {...props} />;
    case 'dispose':
      return <BulkDisposeForm reassign={false} {...props} />;
    case 'archive':
      return <BulkArchiveForm {...props} />;
    case 'reassignDinas':
      return <BulkDisposeForm reassign {...props} />;
    case 'assign':
      return <BulkAssignForm {...props} />;
    default:
      return missingCase(action);
  }
}

/** The operation each bulk action sends: the bar offers only what the user's role may apply. */
function operationOf(action: BulkAction): OperationName {
  switch (action) {
    case 'verify':
    case 'reject':
    case 'dispose':
    case 'archive':
    case 'assign':
      return action;
    case 'reassignDinas':
      return 'dispose';
    default:
      return missingCase(action);
  }
}

export type Picked = { id: string; caseNo: string };

type Props = {
  selected: readonly Picked[];
  /** Supervisors may also reassign (to another dinas, or to a moderator's queue). */
  mayReassign: boolean;
  /** After a run, so the list shows the new statuses. */
  onFinished: () => void;
  /** The result was read: the selection clears. */
  onDismiss: () => void;
};

/** Shown when two or more items are selected: one action for all of them, with progress and results. */
export function BulkBar({ selected, mayReassign, onFinished, onDismiss }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [action, setAction] = useState<BulkAction | null>(null);
  // Case numbers as they were when the run started: the reloaded list may no longer hold the items.
  const [caseNos, setCaseNos] = useState<ReadonlyMap<string, string>>(new Map());
  const { progress, run, dismiss } = useBulkRun(onFinished);
  const { role } = useUser();
  const actions = (mayReassign ? [...ACTIONS, ...SUPERVISOR_ACTIONS] : ACTIONS).filter((a) =>
    mayApply(role, operationOf(a)),
  );
  const start = (operation: Operation) => {
    setAction(null);
    setCaseNos(new Map(selected.map((p) => [p.id, p.caseNo])));
    void run(
      selected.map((p) => p.id),
      operation,
    );
  };

  return (
    <section className="bulk-bar" aria-label={t('bulk.label')}>
      {progress === null && (
        <div className="bulk-actions">
          <span>{t('bulk.selected', { formatted: format.number(selected.length) })}</span>
          {actions.map((a) => (
            <button key={a} type="button" aria-pressed={a === action} onClick={() => setAction(a)}>
              {t(`bulk.action.${a}`)}
            </button>
          ))}
        </div>
      )}
      {action !== null && progress === null && (
        <ActionForm action={action} onSubmit={start} onCancel={() => setAction(null)} />
      )}
      {progress !== null && (
        <BulkResult
          progress={progress}
          caseNoOf={(id) => caseNos.get(id) ?? id}
          onDismiss={() => {
            dismiss();
            onDismiss();
          }}
        />
      )}
    </section>
  );
}
