// 专项整治: what the server and the web share (zod, no server code).
import { z } from 'zod';
import { isoDate } from '../../../platform/contract.js';
import { KEY_CATEGORIES } from '../../registry/contract.js';
import { CAMPAIGN_STATUSES } from '../codes.js';

const text = (min: number, max: number) => z.string().trim().min(min).max(max);

export const campaignIn = z.object({
  orgId: z.uuid(),
  name: text(4, 100),
  basis: text(2, 200),
  startsOn: isoDate,
  endsOn: isoDate,
  /** GB/T 4754 section letters (C) or codes (C26); none: every industry. */
  industryCodes: z.array(text(1, 5)).max(30).default([]),
  keyCategories: z.array(z.enum(KEY_CATEGORIES)).max(KEY_CATEGORIES.length).default([]),
  goal: z.string().trim().max(2000).default(''),
});
export type CampaignIn = z.input<typeof campaignIn>;

export const closeCampaignIn = z.object({ version: z.number().int().min(1), note: text(2, 2000) });
export type CloseCampaignIn = z.infer<typeof closeCampaignIn>;

export const listCampaignsQuery = z.object({ orgId: z.uuid().optional(), status: z.enum(CAMPAIGN_STATUSES).optional() });
export type ListCampaignsQuery = z.infer<typeof listCampaignsQuery>;

export const campaignOut = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  name: z.string(),
  basis: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  industryCodes: z.array(z.string()),
  keyCategories: z.array(z.string()),
  goal: z.string(),
  status: z.enum(CAMPAIGN_STATUSES),
  closedOn: z.string().nullable(),
  closingNote: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdByName: z.string().nullable(),
  version: z.number(),
});
export type CampaignOut = z.infer<typeof campaignOut>;

/** The figures, each defined in campaigns/rules.ts CAMPAIGN_FIGURES (统计口径). */
export const campaignFiguresOut = z.object({
  /** The day the "after" counts are taken: the closing day, else today. */
  asOf: z.string(),
  enterprisesInScope: z.number(),
  tasks: z.number(),
  tasksCompleted: z.number(),
  enterprisesInspected: z.number(),
  hazardsFound: z.number(),
  hazardsRectified: z.number(),
  hazardsOpen: z.number(),
  majorFound: z.number(),
  majorRectified: z.number(),
  majorOpen: z.number(),
  openAtStart: z.number(),
  openAtEnd: z.number(),
  majorOpenAtStart: z.number(),
  majorOpenAtEnd: z.number(),
});
export type CampaignFiguresOut = z.infer<typeof campaignFiguresOut>;
