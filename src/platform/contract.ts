import { z } from 'zod';

// zod pieces every module's contract shares.
export const isoDate = z.iso.date({ error: '须为 YYYY-MM-DD 格式的日期' });
