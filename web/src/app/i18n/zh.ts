import { core } from './zh/core';
import { registry } from './zh/registry';
import { catalogue } from './zh/catalogue';
import { cases } from './zh/cases';
import { plans } from './zh/plans';
import { draws } from './zh/draws';
import { inspections } from './zh/inspections';
import { portal } from './zh/portal';
import { disclosure } from './zh/disclosure';

// The Chinese dictionary, one file per area of the app, merged into one namespace.
export const zh = { ...core, ...registry, ...catalogue, ...cases, ...plans, ...draws, ...inspections, ...portal, ...disclosure };
