/**
 * Answers every protocol message. Content scripts may only ask what a page needs (the index,
 * summaries, a record to open, the status); everything that changes settings or data is
 * accepted from Footnote's own pages only.
 */
import type { Message, Reply, RequestType } from '../../lib/protocol';
import { handleMessage, type StoreMessage } from './store/handle';
import type { DataService } from './data';
import type { SitesService } from './sites';
import { openRecord } from './open-record';
import { getUpdateInfo, setUpdateUrl } from './updates';

const FROM_PAGES: ReadonlySet<RequestType> = new Set(['status', 'name-index', 'summaries', 'record', 'search', 'open-record']);

export interface Sender {
  url?: string;
  tab?: { index?: number; windowId?: number };
}

export function allowed(type: RequestType, sender: Sender, extensionOrigin: string): boolean {
  // The sending frame's URL: Footnote's own pages (in the popup or in a tab) are on its origin; a
  // content script's is the web page's. No Footnote page can be framed by a site (none is web-accessible).
  const fromOwnPage = !!sender.url?.startsWith(extensionOrigin);
  return fromOwnPage || FROM_PAGES.has(type);
}

export async function route(message: Message, sender: Sender, data: DataService, sites: SitesService): Promise<Reply<RequestType>> {
  const ok = <T>(value: T) => ({ ok: true as const, value }) as Reply<RequestType>;
  switch (message.type) {
    case 'open-record': return ok(await openRecord(message.id, sender.tab));
    case 'sites': return ok(await sites.load());
    case 'site-add': return ok(await sites.add(message.input, message.tabId));
    case 'site-enable': return ok(await sites.enable(message.id, message.enabled));
    case 'site-remove': return ok(await sites.remove(message.id));
    case 'sites-reset': return ok(await sites.reset());
    case 'sites-pause': return ok(await sites.pause(message.paused));
    case 'tab-status': return ok(await sites.tabStatus(message.tabId));
    case 'layers': return ok(await data.layers());
    case 'layer-add': return ok(await data.addFile(message.label, message.dataset));
    case 'layer-remove': return ok(await data.removeLayer(message.id));
    case 'update-get': return ok(await getUpdateInfo());
    case 'update-set-url': return ok(await setUpdateUrl(message.url));
    case 'update-now': return ok(await data.update(message.force));
    default:
      // A content script asks for the name index once, at page load: answer it with the data, not before.
      if (message.type === 'name-index') await data.whenInstalled();
      return handleMessage(await data.db, message as StoreMessage, () => data.status());
  }
}
