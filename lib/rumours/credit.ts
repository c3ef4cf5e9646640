/**
 * Who a claim is credited to: a gossip column's bracketed source, or a credit in the sentence
 * ("according to ESPN", "the Mail reports", "told Sky Sports", "ESPN's Rodra", "Fabrizio Romano
 * on Twitter"). Outlets are written as the text names them.
 */
import type { Mention } from '../engine/page-matcher';
import { OUTLETS } from './outlets';
import type { Span } from './text';

export interface Credit {
  outlet: string;
  author: string | null;
}

const SOCIAL = /^(.+?)\s+(?:on|via)\s+(?:Twitter|X|Instagram|YouTube|Facebook|TikTok|Threads|Bluesky|his podcast|her podcast)$/;

/** A bracketed source as the column prints it: "(Marca - in Spanish)" is Marca; "(Fabrizio Romano on Twitter)" names its author too. */
export function bracketCredit(text: string): Credit {
  const outlet = text
    .replace(/\s*[-–—,:]\s*(?:in|subscription|subscriptions|external|paywall|via|translated)\b.*$/i, '')
    .replace(/^via\s+/i, '')
    .trim();
  const social = SOCIAL.exec(outlet);
  if (social) return { outlet, author: social[1] ?? null };
  const journalist = possessiveJournalist(outlet);
  return journalist ?? { outlet, author: null };
}

// "ESPN's Rodra", "Sky Sports' Kaveh Solhekol", "Goal journalist Nizaar Kinsella".
const PERSON = String.raw`[A-Z][\p{L}'’-]+(?:\s+(?:de |di |van |von |da |dos |del |la |le )?[A-Z][\p{L}'’-]+){0,2}`;
const JOB = String.raw`(?:chief |transfer |football |senior |sports? )?(?:journalist|reporter|correspondent|insider|writer|columnist|expert|editor|presenter|pundit)`;

function possessiveJournalist(text: string): Credit | null {
  for (const outlet of outletsByLength) {
    if (!text.startsWith(outlet)) continue;
    const rest = text.slice(outlet.length);
    const m = new RegExp(String.raw`^(?:['’]s?|\s+${JOB})\s+(${PERSON})$`, 'u').exec(rest);
    if (m) return { outlet, author: m[1] ?? null };
  }
  return null;
}

const outletsByLength = [...new Set(OUTLETS)].sort((a, b) => b.length - a.length);
const KNOWN_SET = new Set(outletsByLength);
// Outlets whose names do not start with a capital.
const LOWER_START = outletsByLength.filter((o) => !/^[A-Z0-9]/.test(o)).map((o) => o.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
// A name the sentence gives a credit form to, known or not: up to four capitalised words. (Known
// names are checked afterwards, against a set: one alternation of every outlet is slow.)
// A word of a name: "L'Equipe" keeps its apostrophe, "ESPN's" does not.
const WORD = String.raw`(?:[\p{L}0-9&+-]|['’](?!s\b))*(?:\.[a-z]{2,}\b)?`;
const NAME = String.raw`(?:${LOWER_START}|[A-Z0-9]${WORD}(?:\s+(?:(?:de|del|dello|della|di|du|la|le|el|of)\s+)?[A-Z]${WORD}){0,3})`;
// "Italian outlet Calciomercato", "the Spanish newspaper Marca".
const MEDIUM = String.raw`(?:[A-Z][\p{L}]+ )?(?:outlet|newspaper|paper|daily|publication|broadcaster|website|site|station|channel|tabloid|magazine|radio)`;
const SAYS = String.raw`(?:reports?|reported|reporting|claims?|claimed|understands|understood|revealed|reveals|has learned|has learnt|can reveal|writes|wrote|adds|added|suggests|suggested|states|stated|says|said|believes|notes|insists)`;
const NOT_OUTLETS = new Set(['He', 'She', 'They', 'It', 'We', 'I', 'The', 'This', 'That', 'Sources', 'Reports', 'Report', 'Club', 'There', 'His', 'Their', 'But', 'And', 'Now', 'Meanwhile', 'However']);

interface Form {
  re: RegExp;
  /** Only outlets on the list: "Arteta said" is a manager speaking, "the Mail said" a credit. */
  knownOnly: boolean;
}

const FORMS: Form[] = [
  { re: new RegExp(String.raw`\baccording to (?:the )?(?:${JOB} )?(?:${MEDIUM} )?(?<name>${NAME})(?:(?:['’]s?|\s+${JOB})\s+(?<author>${PERSON}))?`, 'gu'), knownOnly: false },
  { re: new RegExp(String.raw`\b(?:told|telling|speaking to|in an interview with|talking to|speaking on|said on|told the|via|per|reports|reported|writes|claims|say|says)\s+(?:the )?(?<name>${NAME})(?:(?:['’]s?|\s+${JOB})\s+(?<author>${PERSON}))?`, 'gu'), knownOnly: true },
  { re: new RegExp(String.raw`\b(?:told|speaking to|in an interview with|talking to|according to)\s+(?:the )?(?<name>${NAME})`, 'gu'), knownOnly: false },
  { re: new RegExp(String.raw`(?:^|[\s(“"‘])(?:the )?(?<name>${NAME})(?:(?:['’]s?|\s+${JOB})\s+(?<author>${PERSON}))`, 'gu'), knownOnly: true },
  { re: new RegExp(String.raw`(?:^|[\s(“"‘])(?:the |The )?(?<name>${NAME})(?:(?:['’]s?|\s+${JOB})\s+(?<author>${PERSON}))?\s+(?:has |have |had )?${SAYS}\b`, 'gu'), knownOnly: true },
  { re: new RegExp(String.raw`(?:^|[\s(“"‘])(?:the |The )?(?<name>${NAME})\s+(?:reports?|reported|understands|has learned|can reveal|claims?)\b`, 'gu'), knownOnly: false },
  { re: new RegExp(String.raw`(?:${JOB})\s+(?<author>${PERSON})`, 'gu'), knownOnly: false },
  { re: new RegExp(String.raw`(?<author>${PERSON})\s+(?:said |posted |wrote |tweeted |revealed |reported |claimed )?on (?:Twitter|X|Instagram|YouTube|his podcast)\b`, 'gu'), knownOnly: false },
];

const isKnown = (name: string) => KNOWN_SET.has(name);

/** "Meanwhile ESPN" is ESPN: the longest run of last words that is a known outlet, else the name as it is. */
function knownTail(name: string): string {
  const words = name.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const tail = words.slice(i).join(' ');
    if (isKnown(tail)) return tail;
  }
  return name;
}

// Words without which a sentence credits no one (a possessive "ESPN's Rodra" aside).
const TRIGGER = /\b(?:according|told|telling|speaking|interview|talking|reports?|reported|reporting|claims?|claimed|understands?|understood|revealed|reveals|learn[et]?|writes|wrote|adds|added|suggests?|suggested|states?|stated|says|said|say|believes|notes|insists|per|via|journalist|reporter|correspondent|insider|writer|columnist|expert|editor|presenter|pundit|Twitter|Instagram|YouTube|podcast)\b|['’]s?\s+[A-Z]/;

/** The first credit in a sentence, if it gives one. Names that are clubs or players on the page are never outlets. */
export function inlineCredit(block: string, sentence: Span, mentions: readonly Mention[]): Credit | null {
  const text = block.slice(sentence.start, sentence.end);
  if (!TRIGGER.test(text)) return null;
  const overlapsMention = (start: number, end: number) =>
    mentions.some((m) => m.start < sentence.start + end && sentence.start + start < m.end);
  let best: (Credit & { at: number }) | null = null;
  for (const { re, knownOnly } of FORMS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const raw = m.groups?.name?.replace(/[’']s$/, '');
      const name = raw && knownTail(raw);
      const author = m.groups?.author ?? null;
      const nameAt = name ? m.index! + m[0].indexOf(name, raw ? m[0].indexOf(raw) : 0) : m.index!;
      if (name) {
        if (NOT_OUTLETS.has(name) || (knownOnly && !isKnown(name))) continue;
        // "talking to English defender Ezri Konsa", "told Anfield bosses": a name that describes
        // the next noun is no outlet. A credit ends its phrase: "told Sky Sports.", "… Sky Sports on Monday".
        const after = text.slice(nameAt + name.length);
        if (!isKnown(name) && !/^(?:\s*(?:$|[.,;:!?"”’)\]–—-])|\s+(?:that|on|in|last|this|earlier|yesterday|today|he|she|they|it|his|her|their|the|a|an)\b|['’]s?\s)/.test(after)) continue;
        if (overlapsMention(nameAt, nameAt + name.length)) continue;
      }
      if (author && overlapsMention(m.index! + m[0].lastIndexOf(author), m.index! + m[0].lastIndexOf(author) + author.length)) continue;
      const outlet = name ?? author!;
      if (!best || nameAt < best.at) best = { outlet, author: name && !author && !isKnown(name) && /\s/.test(name) && !/\b(?:Sports?|News|Times|Post|Mail|Radio|TV)\b/.test(name) ? name : author, at: nameAt };
      break;
    }
  }
  return best && { outlet: best.outlet, author: best.author };
}
