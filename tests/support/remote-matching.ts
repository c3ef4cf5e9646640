/**
 * The content script's matching path for DOM tests: RemoteMatching talking to a MatchSessions, each
 * message through a JSON round trip as runtime messaging does, so a test of the annotator checks
 * what the extension ships (`matching: remoteMatchingWith(index)`).
 */
import type { NameIndex } from '../../lib/engine/name-index';
import type { PageOptions } from '../../lib/engine/page-matcher';
import { MatchSessions } from '../../lib/engine/match-sessions';
import type { MatchReply, MatchRequest } from '../../lib/engine/match-wire';
import { RemoteMatching } from '../../lib/page/remote-matching';

const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function remoteMatchingWith(index: NameIndex, sessions = new MatchSessions(), seen?: (request: MatchRequest, reply: MatchReply) => void) {
  const send = async (request: MatchRequest): Promise<MatchReply> => {
    const reply = viaJson(await sessions.handle('1:0', viaJson(request), index));
    seen?.(viaJson(request), reply);
    return reply;
  };
  return (options: PageOptions) => new RemoteMatching(send, options);
}
