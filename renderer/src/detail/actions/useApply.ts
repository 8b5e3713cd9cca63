import { useState } from 'react';
import type { ApiError, ComplaintDetail, Operation } from '../../../../shared/index.ts';
import { call } from '../../api/client.ts';

/**
 * Sends one operation for the open complaint. The answer (the updated detail) goes to `onDone`; a refusal
 * is kept to show in the form, in the user's language.
 */
export function useApply(complaint: ComplaintDetail, onDone: (updated: ComplaintDetail) => void) {
  const [error, setError] = useState<ApiError | null>(null);
  const apply = async (operation: Operation): Promise<void> => {
    setError(null);
    const result = await call('complaints.apply', { complaintId: complaint.id, operation });
    if (result.ok) onDone(result.value);
    else setError(result.error);
  };
  return { apply, error };
}
