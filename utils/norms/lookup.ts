/**
 * Reading a profile. Kept apart from the zod schemas (type imports only), so the counter can run
 * in a content script without pulling zod into its bundle.
 */
import type { Network } from '~/utils/sites/types';
import type { Citation, Norm, NormKind, Profile } from './schema';

/** The profile's norm of that kind, typed, or undefined when the profile sets none. */
export function normOf<K extends NormKind>(profile: Profile, kind: K): Extract<Norm, { kind: K }> | undefined {
  return profile.norms.find((n): n is Extract<Norm, { kind: K }> => n.kind === kind);
}

/** Whether the profile's act covers pages on `network`. */
export function appliesTo(profile: Profile, network: Network): boolean {
  return profile.networks.includes(network);
}

/**
 * `Постановление … от 14.02.2020 № 66 (в ред. постановления от 31.03.2022 № 171, п. 1.5.3), Порядок, п. 2.2, …`
 * — the hover text of a norm.
 */
export function formatCitation(c: Citation): string {
  const ruDate = (iso: string): string => iso.split('-').reverse().join('.');
  const amended = c.amendedBy
    ? ` (в ред. постановления от ${ruDate(c.amendedBy.date)} № ${c.amendedBy.number}, ${c.amendedBy.clause})`
    : '';
  return `${c.act} от ${ruDate(c.date)} № ${c.number}${amended}, ${c.clause}`;
}
