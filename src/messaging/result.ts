/** This module defines `Result`, the shape of every reply: errors do not survive structured cloning. */

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: string): Result<never> => ({ ok: false, error });

/** What a thrown error (or anything thrown) says, for a reply or for the reader. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A thrown error (or anything thrown) as a failed Result carrying its message. */
export const failWith = (error: unknown): Result<never> => fail(messageOf(error));

/** The value of a Result, or an Error carrying its message. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new Error(result.error);
}
