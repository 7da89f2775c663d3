/** FNV-1a, 32-bit, folded one UTF-16 code at a time: hashes of words read from the skeleton's codes. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

export function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}
