/**
 * The reader's learned rumours as a Footnote dataset file with rumours only
 * (docs/dataset-format.md, "Rumours-only files"), and back. Each rumour carries its sightings
 * in `seen`; an export without addresses drops every page URL and keeps the rest.
 */
import * as v from 'valibot';
import type { Dataset, Rumour } from '../dataset/types';
import { familyOf } from './score';
import { toRumour, type LearnedEntry, type Sighting } from './history';

export const RUMOURS_ONLY = 'rumours';

export interface LearnedRumour extends Rumour {
  seen: Sighting[];
  clubThen?: string | null;
}

export interface LearnedFile extends Dataset {
  contents: typeof RUMOURS_ONLY;
  rumours: LearnedRumour[];
}

export function exportLearned(entries: readonly LearnedEntry[], options: { today: string; addresses: boolean }): LearnedFile {
  return {
    format: 'footnote-dataset',
    version: 1,
    contents: RUMOURS_ONLY,
    asOf: options.today,
    source: `Transfer rumours Footnote read on the pages its reader opened${options.addresses ? '' : ' (page addresses left out)'}`,
    clubs: [],
    players: [],
    rumours: entries.map((e, i) => {
      const seen = options.addresses ? e.sightings : e.sightings.map(({ url: _url, ...s }) => s);
      const rumour = toRumour({ ...e, sightings: seen }, `read-${i + 1}-${e.playerId}-${e.clubId}`.slice(0, 200));
      return { ...rumour, seen, ...(e.clubThen !== undefined ? { clubThen: e.clubThen } : {}) };
    }),
  };
}

const ID = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,200}$/, 'is not an id (lower-case letters, digits, dashes)'));
const DAY = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a date (YYYY-MM-DD)'));
const TEXT = (max: number) => v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));
const STATUS = v.picklist(['interest', 'talks', 'bid', 'agreed', 'completed', 'cooled', 'denied'], 'is not a status');

const sighting = v.object({
  url: v.optional(v.pipe(v.string(), v.maxLength(2000), v.regex(/^https?:\/\//, 'is not a web address'))),
  site: TEXT(300),
  date: DAY,
  seen: DAY,
  sentence: TEXT(2000),
  outlet: v.nullable(TEXT(200)),
  author: v.nullable(TEXT(200)),
});

const learnedFile = v.looseObject({
  format: v.literal('footnote-dataset', 'is not "footnote-dataset"'),
  version: v.literal(1, 'is not 1'),
  contents: v.literal(RUMOURS_ONLY),
  rumours: v.pipe(v.array(v.looseObject({
    playerId: ID,
    clubId: ID,
    status: STATUS,
    source: v.looseObject({ outlet: TEXT(200), author: v.optional(TEXT(200)) }),
    seen: v.pipe(v.array(sighting), v.minLength(1, 'has no sightings'), v.maxLength(1000)),
    clubThen: v.optional(v.nullable(ID)),
  })), v.maxLength(100_000)),
});

export type ReadLearned = { ok: true; entries: LearnedEntry[] } | { ok: false; problems: string[] };

/** A rumours-only file back into entries, or the problems with it, each with its path. */
export function readLearnedFile(input: unknown): ReadLearned {
  const contents = (input as { contents?: unknown } | null)?.contents;
  if ((input as { format?: unknown } | null)?.format === 'footnote-dataset' && contents !== RUMOURS_ONLY) {
    return { ok: false, problems: ['contents: this is a full dataset, not a rumours file; import it under Sources'] };
  }
  const parsed = v.safeParse(learnedFile, input, { abortEarly: false });
  if (!parsed.success) {
    return { ok: false, problems: parsed.issues.slice(0, 10).map((i) => `${v.getDotPath(i) ?? 'file'}: ${i.message}`) };
  }
  return {
    ok: true,
    entries: parsed.output.rumours.map((r) => ({
      playerId: r.playerId, clubId: r.clubId, status: r.status, family: familyOf(r.status),
      outlet: r.source.outlet, author: r.source.author ?? null,
      sightings: [...r.seen].sort((a, b) => a.date.localeCompare(b.date)),
      ...(r.clubThen !== undefined ? { clubThen: r.clubThen } : {}),
    })),
  };
}
