import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { flagsId } from '../i18n/flags-id.ts';

type Kind = keyof typeof flagsId.kind;
const isKind = (kind: string): kind is Kind => Object.hasOwn(flagsId.kind, kind);

/** A reason's kind in the user's language; a kind this build does not know shows as the engine names it. */
export function useKindLabel(): (kind: string) => string {
  const { t } = useTranslation();
  return useCallback((kind: string) => (isKind(kind) ? t(`flags.kind.${kind}`) : kind), [t]);
}
