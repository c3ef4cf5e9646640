/** Answers protocol messages from the store. */
import type { Message, Reply, RequestType, DataStatus } from '../../../lib/protocol';
import { nameIndex, record, search, summaries } from './queries';
import type { DB } from './db';

export type StoreMessage = Extract<Message, { type: 'status' | 'search' | 'record' | 'summaries' | 'name-index' }>;

export async function handleMessage(db: DB, message: StoreMessage, status: () => Promise<DataStatus>): Promise<Reply<RequestType>> {
  try {
    switch (message.type) {
      case 'status': return { ok: true, value: await status() };
      case 'search': return { ok: true, value: await search(db, message.query, message.limit) };
      case 'record': return { ok: true, value: await record(db, message.id) };
      case 'summaries': return { ok: true, value: await summaries(db, message.ids) };
      case 'name-index': return { ok: true, value: await nameIndex(db) };
    }
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}
