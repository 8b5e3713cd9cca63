import { useState } from 'react';

function fromHash(): string | null {
  try {
    const id = decodeURIComponent(window.location.hash.slice(1));
    return id === '' ? null : id;
  } catch {
    return null; // a hand-edited address with a broken %-escape opens nothing
  }
}

/**
 * The open complaint, kept in the address (#<id>) so a reload, or a link a colleague pastes,
 * opens the same complaint again.
 */
export function useSelection(): [string | null, (id: string | null) => void] {
  const [selectedId, setSelectedId] = useState(fromHash);
  const select = (id: string | null) => {
    setSelectedId(id);
    window.history.replaceState(
      null,
      '',
      id === null ? window.location.pathname : `#${encodeURIComponent(id)}`,
    );
  };
  return [selectedId, select];
}
