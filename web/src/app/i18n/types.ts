// The typing of `t()` keys: the shell's dictionary and every module's in the wiring list, so a
// key missing from Chinese fails tsc. Nothing imports this file (tsc reads it as part of web/src):
// the list names the pages, and the pages translate, so an import would close a loop.
import type { modules } from '../../modules';
import type { MessagesOf } from '../modules';
import type { zh } from './zh';

export type AppMessages = typeof zh & MessagesOf<typeof modules>;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: AppMessages };
  }
}
