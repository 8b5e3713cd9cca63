import 'i18next';
import type { id } from './id.ts';

// Typed keys: t('status.baru') is checked against the Indonesian messages at build time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof id };
  }
}
