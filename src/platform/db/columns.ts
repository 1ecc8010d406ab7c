import { customType } from 'drizzle-orm/pg-core';

/** bytea as a Buffer on both drivers (PGlite hands back a Uint8Array). */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/** Whether a driver error (PGlite or pg, possibly wrapped by drizzle) is a unique violation, of `constraint` when given. */
export function isUniqueViolation(e: unknown, constraint?: string): boolean {
  for (let c: unknown = e; c && typeof c === 'object'; c = (c as { cause?: unknown }).cause) {
    const pg = c as { code?: string; constraint?: string };
    if (pg.code === '23505') return constraint === undefined || pg.constraint === constraint;
  }
  return false;
}
