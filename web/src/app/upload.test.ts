import { describe, expect, it } from 'vitest';
import { fileProblem } from './upload';

const LIMITS = { maxBytes: 1000, types: ['application/pdf', 'image/png'] };

describe('fileProblem: what is not sent', () => {
  it('refuses a file over the limit, whatever its type', () => {
    expect(fileProblem({ name: 'a.pdf', size: 1001, type: 'application/pdf' }, LIMITS)).toBe('tooBig');
    expect(fileProblem({ name: 'a.pdf', size: 1000, type: 'application/pdf' }, LIMITS)).toBeNull();
  });

  it('refuses a type the browser reports and the limits do not list', () => {
    expect(fileProblem({ name: 'a.doc', size: 10, type: 'application/msword' }, LIMITS)).toBe('badType');
  });

  it('leaves a file without a type to the server, or judges it by its name when asked', () => {
    expect(fileProblem({ name: 'a.doc', size: 10, type: '' }, LIMITS)).toBeNull();
    const named = { ...LIMITS, extensions: /\.(pdf|png)$/i };
    expect(fileProblem({ name: 'a.doc', size: 10, type: '' }, named)).toBe('badType');
    expect(fileProblem({ name: 'A.PDF', size: 10, type: '' }, named)).toBeNull();
  });
});
