/**
 * The background's half of learning: a "learn" message from a page becomes claims with their
 * sightings. The page's own address and host come from the browser (the sender), not the page.
 */
import { extractRumours } from './extract';
import type { LearnedClaim } from './history';
import type { LearnRequest } from './learn-message';
import { at } from '../indexing';

/** "https://www.skysports.com/x#y" → "skysports.com". */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return 'unknown';
  }
}

export function claimsFromLearn(request: LearnRequest, page: { url: string; today: string }): LearnedClaim[] {
  const blocks = request.blocks.map((b) => b.text);
  const mentions = request.blocks.map((b) => b.mentions.map((m) => ({ ...m, text: b.text.slice(m.start, m.end) })));
  const url = page.url.replace(/#.*$/, '');
  const claims = extractRumours({ blocks, mentions, facts: { ...request.facts, url }, blockDates: request.blocks.map((b) => b.date) });
  return claims.map((c) => ({
    playerId: c.playerId,
    clubId: c.clubId,
    status: c.status,
    sighting: {
      url,
      site: siteOf(url),
      // A page dated in the future is a page with a wrong clock: the day read counts.
      date: c.date && c.date <= page.today ? c.date : page.today,
      seen: page.today,
      sentence: at(blocks, c.evidence.block, 'page blocks').slice(c.evidence.start, c.evidence.end).trim().slice(0, 2000),
      outlet: c.outlet,
      author: c.author,
    },
  }));
}
