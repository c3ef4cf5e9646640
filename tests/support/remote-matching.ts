/**
 * The content script's matching path for DOM tests: RemoteMatching talking to a MatchSessions, each
 * message through a JSON round trip as runtime messaging does, so a test of the annotator checks
 * what the extension ships (`matching: remoteMatchingWith(index)`).
 */
import type { NameIndex } from '../../lib/engine/name-index';
import type { PageOptions } from '../../lib/engine/page-matcher';
import { MatchSessions } from '../../lib/engine/match-sessions';
import { withSummaries, type MatchReply, type MatchRequest } from '../../lib/engine/match-wire';
import { RemoteMatching, type SummariesHeard } from '../../lib/page/remote-matching';
import type { EntitySummary } from '../../lib/protocol';

const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** `summaries`: the background's data, for the summaries a first answer brings along (without it the page never asks). */
export function remoteMatchingWith(
  index: NameIndex,
  sessions = new MatchSessions(),
  seen?: (request: MatchRequest, reply: MatchReply) => void,
  summaries?: (ids: string[]) => Promise<EntitySummary[]>,
) {
  const send = async (json: MatchRequest): Promise<MatchReply> => {
    const request = viaJson(json);
    const reply = viaJson(await withSummaries(request, await sessions.handle('1:0', request, index), summaries ?? (async () => [])));
    seen?.(viaJson(json), reply);
    return reply;
  };
  return (options: PageOptions, heard?: SummariesHeard) => new RemoteMatching(send, options, summaries ? heard : undefined);
}
