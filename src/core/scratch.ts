// Scratch memory kept from one step of an analysis for the next, and from one analysis for the
// next. On a virtual machine like this project's, memory fresh from the system costs ~4 ms per
// MB when first touched (a page fault per 4 KB; a sort of a million numbers touches none), and
// the system takes freed memory back: the key lookup's slots and the radix sort's buffers, ~20
// MB that are dead once their step ends, cost ~80 ms anew on every analysis of a million rows.
// Kept here, the sort reuses the slots the lookup let go, and a re-run (the pane's, the
// benchmark's) reuses both. Only buffers of SCRATCH_FROM bytes and more are kept, at most
// SCRATCH_KEPT of them and SCRATCH_LIMIT bytes in all: the smallest go first.

export const SCRATCH_FROM = 1 << 20;
export const SCRATCH_KEPT = 8;
export const SCRATCH_LIMIT = 64 << 20;

/** Kept buffers, largest first. */
const kept: ArrayBuffer[] = [];

/**
 * A buffer of at least `bytes` bytes whose contents are undefined (a kept one, else a new one):
 * the caller fills what it reads before writing. Give it back with giveScratch when done.
 */
export function takeScratch(bytes: number): ArrayBuffer {
  if (bytes >= SCRATCH_FROM) {
    // The smallest kept buffer that is large enough.
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].byteLength >= bytes) return kept.splice(i, 1)[0];
    }
  }
  return new ArrayBuffer(bytes);
}

/** Gives back a buffer from takeScratch (or any the caller no longer reads): it may be kept. */
export function giveScratch(buffer: ArrayBuffer): void {
  if (buffer.byteLength < SCRATCH_FROM || kept.includes(buffer)) return;
  let i = 0;
  while (i < kept.length && kept[i].byteLength >= buffer.byteLength) i++;
  kept.splice(i, 0, buffer);
  let total = 0;
  for (const b of kept) total += b.byteLength;
  while (kept.length > SCRATCH_KEPT || total > SCRATCH_LIMIT) {
    total -= (kept.pop() as ArrayBuffer).byteLength;
  }
}

/** Bytes kept now (for tests and benchmarks). */
export function scratchKept(): number {
  let total = 0;
  for (const b of kept) total += b.byteLength;
  return total;
}

/** Lets every kept buffer go. */
export function dropScratch(): void {
  kept.length = 0;
}
