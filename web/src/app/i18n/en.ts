import { core } from './en/core';
import { portal } from './en/portal';
import type { zh } from './zh';

// Each part is typed against its Chinese counterpart, so a missing or extra key fails the type check.
export const en: typeof zh = { ...core, ...portal };
