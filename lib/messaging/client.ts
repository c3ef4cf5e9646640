/**
 * The typed client of lib/protocol.ts for extension pages and content scripts. It takes the
 * send function (entrypoints pass `browser.runtime.sendMessage`), so it stays pure and is
 * tested in Node.
 */
import type { Reply, RequestType, Requests } from '../protocol';

export type Send = (message: unknown) => Promise<unknown>;

/** Requests with nothing to say may leave their argument out. */
type Args<K extends RequestType> = {} extends Requests[K]['request'] ? [request?: Requests[K]['request']] : [request: Requests[K]['request']];

export type Ask = <K extends RequestType>(type: K, ...args: Args<K>) => Promise<Requests[K]['response']>;

export class BackgroundError extends Error {}

export function createAsk(send: Send): Ask {
  return async (type, ...args) => {
    const reply = (await send({ ...args[0], type })) as Reply<typeof type> | undefined;
    if (!reply || typeof reply !== 'object') throw new BackgroundError('Footnote’s background did not answer');
    if (!reply.ok) throw new BackgroundError(reply.error);
    return reply.value;
  };
}
