import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS, keyLabel } from './shortcuts.ts';
import { useShortcut } from './useShortcuts.ts';

/**
 * "?" opens the list of every shortcut. A native modal dialog: it traps focus, Escape closes it and
 * the focus returns to where it was.
 */
export function ShortcutHelp() {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useShortcut('help', () => dialog.current?.showModal());

  return (
    <dialog ref={dialog} className="shortcut-help" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('keyboard.title')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('keyboard.key')}</th>
            <th scope="col">{t('keyboard.does')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.key}>
              <td>
                <kbd>{keyLabel(s.key)}</kbd>
              </td>
              <td>{t(`keyboard.action.${s.action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit">{t('keyboard.close')}</button>
      </form>
    </dialog>
  );
}
