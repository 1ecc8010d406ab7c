// Codes handed to people (a tip's receipt, a licence application's number): a prefix, the China
// date and random characters from an alphabet without 0, O, 1, I, so that a code read over the
// phone is not misheard.
export const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** `prefix` + the date's digits + one character per byte of `random` (the first `length`): JB20261207K7Q2MZ. */
export function dayCode(prefix: string, day: string, random: Uint8Array, length = 6): string {
  if (random.length < length) throw new RangeError(`编号需要 ${length} 个随机字节`);
  const tail = [...random.subarray(0, length)].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
  return `${prefix}${day.replaceAll('-', '')}${tail}`;
}
