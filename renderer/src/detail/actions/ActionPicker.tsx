import { missingCase, type ComplaintDetail } from '../../../../shared/index.ts';
import { VerifyForm } from '../verify/VerifyForm.tsx';
import { AssignForm } from './AssignForm.tsx';
import { ConfirmDoneForm } from './ConfirmDoneForm.tsx';
import { DisposeForm } from './DisposeForm.tsx';
import { LaporForm } from './LaporForm.tsx';
import { MergeForm } from './MergeForm.tsx';
import { NotAuthorityForm } from './NotAuthorityForm.tsx';
import { RejectForm } from './RejectForm.tsx';
import { ResponseForm } from './ResponseForm.tsx';
import { TextActionForm } from './TextActionForm.tsx';

/** The actions that open a form (the others apply at once, see ActionBar). */
export type FormAction =
  | 'verify'
  | 'hold'
  | 'reject'
  | 'mark_not_authority'
  | 'merge_duplicate'
  | 'archive'
  | 'reopen'
  | 'dispose'
  | 'record_response'
  | 'confirm_done'
  | 'return_to_dinas'
  | 'add_note'
  | 'set_lapor'
  | 'assign';

type Props = {
  action: FormAction;
  complaint: ComplaintDetail;
  onDone: (updated: ComplaintDetail) => void;
  onCancel: () => void;
};

/** The form of one action for the open complaint. */
export function ActionPicker({ action, ...props }: Props) {
  switch (action) {
    case 'verify':
      return <VerifyForm complaint={props.complaint} onVerified={props.onDone} onCancel={props.onCancel} />;
    case 'reject':
      return <RejectForm {...props} />;
    case 'mark_not_authority':
      return <NotAuthorityForm {...props} />;
    case 'merge_duplicate':
      return <MergeForm {...props} />;
    case 'dispose':
      return <DisposeForm {...props} />;
    case 'record_response':
      return <ResponseForm {...props} />;
    case 'confirm_done':
      return <ConfirmDoneForm {...props} />;
    case 'set_lapor':
      return <LaporForm {...props} />;
    case 'assign':
      return <AssignForm {...props} />;
    case 'hold':
    case 'archive':
    case 'reopen':
    case 'return_to_dinas':
    case 'add_note':
      return <TextActionForm name={action} {...props} />;
    default:
      return missingCase(action);
  }
}
