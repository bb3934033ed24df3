/**
 * This module turns a map of handlers into one message listener body: it checks the envelope, the sender
 * and the data against the protocol before any handler runs, and always replies with a `Result`.
 * Transport-free, so it is tested in Node; extension/ hands it the browser's messages.
 */
import * as v from 'valibot';
import { describeIssues } from '../model/schemas';
import type { RequestSpec, SenderKind } from './protocol';
import { fail, failWith, ok, type Result } from './result';

export interface Sender {
  readonly kind: SenderKind;
  /** The sending document's URL: the web page for a content script, the extension page otherwise. */
  readonly url: string;
  /** The tab a content script runs in. */
  readonly tabId?: number;
}

export type Handlers<Map extends Record<string, RequestSpec>, Replies extends Record<keyof Map, unknown>> = {
  readonly [K in keyof Map]: (data: v.InferOutput<Map[K]['data']>, sender: Sender) => Promise<Replies[K]>;
};

const EnvelopeSchema = v.object({ name: v.pipe(v.string(), v.maxLength(100)), data: v.unknown() });

export function createRouter<
  Map extends Record<string, RequestSpec>,
  Replies extends Record<keyof Map, unknown>,
>(
  protocol: Map,
  handlers: Handlers<Map, Replies>,
): (message: unknown, sender: Sender | null) => Promise<Result<unknown>> {
  return async (message, sender) => {
    if (!sender) return fail('Refused: the sender is not part of Sourcemark.');
    const envelope = v.safeParse(EnvelopeSchema, message);
    if (!envelope.success) return fail('Refused: not a Sourcemark message.');
    const { name, data } = envelope.output;
    if (!Object.hasOwn(protocol, name)) return fail(`Refused: unknown request "${name}".`);
    const spec = protocol[name] as RequestSpec;
    if (!spec.from.includes(sender.kind))
      return fail(`Refused: "${name}" may not be sent from a ${sender.kind}.`);
    const parsed = v.safeParse(spec.data, data);
    if (!parsed.success)
      return fail(`Refused: "${name}" has invalid data (${describeIssues(parsed.issues)}).`);
    const handler = handlers[name as keyof Map];
    try {
      return ok(await handler(parsed.output, sender));
    } catch (error) {
      return failWith(error);
    }
  };
}
