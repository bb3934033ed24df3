/** This module defines `Result`, the shape of every reply: errors do not survive structured cloning. */

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: string): Result<never> => ({ ok: false, error });

/** A thrown error (or anything thrown) as a failed Result carrying its message. */
export const failWith = (error: unknown): Result<never> =>
  fail(error instanceof Error ? error.message : String(error));

/** The value of a Result, or an Error carrying its message. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new Error(result.error);
}
