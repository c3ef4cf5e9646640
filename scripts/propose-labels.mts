/**
 * Proposes labels for gossip items (every 100th from the 8th) from the engine's output, with the
 * raw candidates it rejected, for a person to check by hand before they go into
 * tests/fixtures/gossip-labels.json.   npx tsx scripts/propose-labels.mts > proposals.txt
 */
import { compileWithWordLists } from '../lib/engine/compile';
import { PageMatcher } from '../lib/engine/page-matcher';
import { scan } from '../lib/engine/trie';
import { transfermarktDataset, gossipItems } from '../tests/corpus/transfermarkt';
const index = compileWithWordLists(transfermarktDataset());
const items = gossipItems();
const ids = [...items.keys()].filter((_, i) => i % 100 === 7).slice(0, 60);
const out: unknown[] = [];
for (const id of ids) {
  const text = items.get(id)!;
  const page = new PageMatcher(index);
  const ms = page.mentions(page.add(text));
  const raw: string[] = [];
  scan(index.trie, text, (s, e, f) => raw.push(`${text.slice(s, e)}@${s}[${index.forms.get(f).entries.map(x => index.entities.get(x.entity).id + ':' + x.cls).slice(0,3).join('|')}]`));
  console.log(`#${id}: ${text}\n  ACCEPTED: ${ms.map(m => `${m.start}-${m.end} ${m.text}=${m.entityId}`).join('; ')}\n  RAW: ${raw.filter(r => !ms.some(m => r.startsWith(m.text + '@' + m.start))).join('; ')}\n`);
  out.push({ id, mentions: ms.map(m => [m.start, m.end, m.entityId]) });
}
(await import('node:fs')).writeFileSync('gossip-proposed.json', JSON.stringify(out));
