/** The client side of lib/protocol.ts, for extension pages and content scripts. */
import { browser } from 'wxt/browser';
import type { Reply, RequestType, Requests } from '../lib/protocol';

export async function ask<K extends RequestType>(
  type: K,
  request: Requests[K]['request'] = {} as Requests[K]['request'],
): Promise<Requests[K]['response']> {
  const reply = (await browser.runtime.sendMessage({ type, ...request })) as Reply<K> | undefined;
  if (!reply) throw new Error('Footnote’s background did not answer');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
