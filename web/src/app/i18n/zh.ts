import { core } from './zh/core';
import { portal } from './zh/portal';

// The shell's Chinese dictionary; each module brings its own (modules/<name>/i18n).
export const zh = { ...core, ...portal };
