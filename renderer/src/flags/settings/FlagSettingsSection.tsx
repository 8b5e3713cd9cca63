import { ListsEditor } from './ListsEditor.tsx';
import { ModelQuality } from './ModelQuality.tsx';
import { ScoringStatus } from './ScoringStatus.tsx';

/** The admin's side of flagging: how far scoring is, how good the learned model is, the word lists. */
export function FlagSettingsSection() {
  return (
    <div className="flag-settings">
      <ScoringStatus />
      <ModelQuality />
      <ListsEditor />
    </div>
  );
}
