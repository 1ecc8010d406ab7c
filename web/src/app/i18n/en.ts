import { core } from './en/core';
import { registry } from './en/registry';
import { catalogue } from './en/catalogue';
import { cases } from './en/cases';
import { plans } from './en/plans';
import { draws } from './en/draws';
import { inspections } from './en/inspections';
import { portal } from './en/portal';
import { disclosure } from './en/disclosure';
import type { zh } from './zh';

// Each part is typed against its Chinese counterpart, so a missing or extra key fails the type check.
export const en: typeof zh = { ...core, ...registry, ...catalogue, ...cases, ...plans, ...draws, ...inspections, ...portal, ...disclosure };
