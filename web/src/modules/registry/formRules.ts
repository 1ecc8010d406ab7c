import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { usccProblem, usccStartProblem } from '../../../../src/modules/registry/uscc';

// Client-side checks taken from the server's own schemas and rules, so the officer sees the
// same Chinese message while typing that the server would answer with on save.

const ok = () => Promise.resolve();
const fail = (message: string) => Promise.reject(new Error(message));

/** Required, and within the schema's own min/max length (counted after trimming, as zod does). */
export function textRules(t: TFunction, label: string, schema: z.ZodString): FormRule[] {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength;
  return [
    ...(min > 0 ? [{ required: true, whitespace: true, message: t('enterpriseForm.required', { field: label }) }] : []),
    {
      validator: (_, value: string | undefined) => {
        const n = (value ?? '').trim().length;
        if (n === 0) return ok();
        if (n < min) return fail(t('enterpriseForm.tooShort', { field: label, min }));
        return max !== null && n > max ? fail(t('enterpriseForm.tooLong', { field: label, max })) : ok();
      },
    },
  ];
}

/** Runs a contract schema on a filled-in value and shows its first message. */
export function schemaRule(schema: z.ZodType): FormRule {
  return {
    validator: (_, value: unknown) => {
      if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return ok();
      const result = schema.safeParse(value);
      return result.success ? ok() : fail(result.error.issues[0]?.message ?? '');
    },
  };
}

/**
 * The USCC problem a partly typed code already has (a wrong symbol at position N, a department
 * and kind or a region that cannot be); the length and the check symbol only count once all 18
 * are typed.
 */
export function partialUsccProblem(value: string): string | null {
  return value.length >= 18 ? usccProblem(value) : usccStartProblem(value);
}

export function usccRules(t: TFunction, label: string): FormRule[] {
  return [
    { required: true, whitespace: true, message: t('enterpriseForm.required', { field: label }) },
    {
      validateTrigger: 'onChange',
      validator: (_, value: string | undefined) => {
        const problem = value ? partialUsccProblem(value.trim()) : null;
        return problem ? fail(problem) : ok();
      },
    },
    {
      validateTrigger: 'onBlur',
      validator: (_, value: string | undefined) => {
        const problem = value?.trim() ? usccProblem(value.trim()) : null;
        return problem ? fail(problem) : ok();
      },
    },
  ];
}
