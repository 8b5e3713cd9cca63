import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FlagLists } from '../../../../shared/flagging/lists.ts';
import type { FlagListsState } from '../../../../shared/index.ts';
import { useCall } from '../../api/useCall.ts';
import { useFormat } from '../../i18n/format.ts';
import { Refusal } from '../../settings/Refusal.tsx';
import { useSend } from '../../settings/useSend.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Select } from '../../ui/Select.tsx';

type ListName = keyof FlagListsState['lists'];
const LIST_NAMES: readonly ListName[] = [
  'abuse',
  'slang',
  'complaints',
  'hoax',
  'knownHoaxes',
  'spam',
  'attack',
  'officialHandles',
];

/**
 * One word list at a time as JSON (the shape of resources/flagging/*.json). Core validates the whole set
 * and refuses a save over a newer version; a saved set is in use for the next chunk, no restart needed.
 */
export function ListsEditor() {
  const { t } = useTranslation();
  const format = useFormat();
  const fieldId = useId();
  const [reload, setReload] = useState(0);
  const loaded = useCall('flags.lists.get', {}, reload);
  const { send, error } = useSend();
  const [name, setName] = useState<ListName>('abuse');
  const [draft, setDraft] = useState<{ key: string; text: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  if (loaded.state === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (loaded.state === 'error') return <ErrorMessage error={loaded.error} />;
  const state = loaded.value;
  const key = `${state.version}:${name}`;
  const text = draft?.key === key ? draft.text : JSON.stringify(state.lists[name], null, 2);

  const save = async () => {
    setProblem(null);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      return setProblem(t('flags.settings.badJson', { message: err instanceof Error ? err.message : '' }));
    }
    // Checked here to say at once what is wrong; core checks it again.
    const lists = FlagLists.safeParse({ ...state.lists, [name]: parsed });
    if (!lists.success) {
      const issue = lists.error.issues[0];
      return setProblem(`${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
    }
    const answer = await send('flags.lists.save', { baseVersion: state.version, lists: lists.data });
    if (answer === null) return;
    setSaved(answer.version);
    setDraft(null);
    setReload((n) => n + 1);
  };

  return (
    <section>
      <h3>{t('flags.settings.lists')}</h3>
      <p className="muted">
        {state.version === 0
          ? t('flags.settings.listsShipped')
          : `${t('flags.settings.listsVersion', { version: state.version })}, ${t(
              'flags.settings.listsSaved',
              {
                by: state.savedBy ?? '',
                when: state.savedAt === null ? '' : format.dateTime(state.savedAt),
              },
            )}`}
      </p>
      <Select
        label={t('flags.settings.list')}
        value={name}
        emptyLabel={name}
        options={LIST_NAMES.map((n) => ({ value: n, label: n }))}
        onChange={(next) => setName(next === '' ? name : next)}
      />
      <label htmlFor={fieldId}>{t('flags.settings.json')}</label>
      <textarea
        id={fieldId}
        value={text}
        spellCheck={false}
        onChange={(e) => setDraft({ key, text: e.target.value })}
      />
      <button type="button" onClick={() => void save()}>
        {t('flags.settings.save')}
      </button>
      {problem !== null && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {saved !== null && <p role="status">{t('flags.settings.saved', { version: saved })}</p>}
      <Refusal error={error} />
    </section>
  );
}
