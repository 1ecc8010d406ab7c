import type { HeldSnapshot } from './rules.js';

// A draw's pool snapshot, held in this process from its announcement to its draw and re-draws:
// reading the stored gzip back, gunzipping, parsing and checking it again took 1.6 s of a draw at
// 100 000 enterprises. Only a shortcut: another process, or this one after a restart, reads the
// stored copy (service.ts checks it against the announced digest). Bounded by rows, oldest out.
const MAX_ROWS = 1_000_000;
const held = new Map<string, HeldSnapshot>();

const rowsOf = (h: HeldSnapshot) => h.snapshot.enterprises.length + h.snapshot.officers.length;

export function hold(drawId: string, h: HeldSnapshot): void {
  held.delete(drawId);
  held.set(drawId, h);
  let rows = 0;
  for (const x of held.values()) rows += rowsOf(x);
  for (const [id, x] of held) {
    if (rows <= MAX_ROWS || id === drawId) break;
    held.delete(id);
    rows -= rowsOf(x);
  }
}

/** The held snapshot of the draw, if this process holds one with the announced digest. */
export function heldSnapshot(drawId: string, digestHex: string): HeldSnapshot | undefined {
  const h = held.get(drawId);
  return h && h.digest.toString('hex') === digestHex ? h : undefined;
}

/** Drops every held snapshot, as a restart would (tests of the stored-copy path use it). */
export function forgetHeld(): void {
  held.clear();
}
