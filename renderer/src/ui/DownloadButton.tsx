import { useState } from 'react';
import type { ApiError, Result } from '../../../shared/index.ts';
import { ErrorMessage } from './ErrorMessage.tsx';

type Props<T> = {
  label: string;
  busyLabel: string;
  /** Asks core for the file. */
  make: () => Promise<Result<T>>;
  /** Hands what core made to the download. */
  save: (file: T) => void;
};

/** A button that asks core for a file and saves it; a failure shows beside it. */
export function DownloadButton<T>({ label, busyLabel, make, save }: Props<T>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    const result = await make();
    setBusy(false);
    if (result.ok) save(result.value);
    else setError(result.error);
  };
  return (
    <div className="export">
      <button type="button" className="secondary" disabled={busy} onClick={() => void run()}>
        {busy ? busyLabel : label}
      </button>
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
