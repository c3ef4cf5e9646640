/**
 * Dataset format v1 (docs/dataset-format.md) as a valibot schema: the one source of truth for
 * both validation and the TypeScript types (types.ts infers them from here). Loose objects keep
 * unknown fields (a newer writer's additions survive a round trip through storage).
 * Cross-record rules (unique ids, references) are in `validate.ts`: a schema library is the
 * wrong tool for them.
 */
import * as v from 'valibot';
import { isIsoDate } from './dates';

const text = (what = 'a non-empty string') =>
  v.pipe(v.string(`expected ${what}`), v.minLength(1, 'is empty'));
const id = v.pipe(text(), v.regex(/^[a-z0-9-]+$/, 'is not an id (lowercase letters, digits and "-")'));
const date = v.pipe(v.string('expected a date (YYYY-MM-DD)'), v.check(isIsoDate, 'is not a date'));
const names = v.array(text(), 'expected a list of names');
/** A transfermarkt id: digits, as a string (it is an identifier, not a number). */
const tmId = v.pipe(v.string('expected a transfermarkt id (digits, as a string)'), v.regex(/^\d+$/, 'is not a transfermarkt id (digits)'));

export const OPTIONS = ['none', 'club', 'player', 'mutual', 'unknown'] as const;
export const CONFIDENCES = ['confirmed', 'reported', 'estimated'] as const;
export const STATUSES = ['interest', 'talks', 'bid', 'agreed', 'completed', 'cooled', 'denied'] as const;
export const ROLES = ['manager', 'executive'] as const;
/** The groups of a person's facts that are dated and merged whole (lib/dataset/merge.ts). */
export const FACT_GROUPS = ['club', 'contract', 'personal'] as const;

/** Where one group of facts comes from, when not from the record's own `asOf` and `source`. */
const provenance = v.looseObject({ asOf: v.optional(date), source: v.optional(text()) }, 'expected an object');
const facts = v.looseObject({
  club: v.optional(provenance),
  contract: v.optional(provenance),
  personal: v.optional(provenance),
}, 'expected an object');

const contract = v.looseObject({
  since: v.optional(date),
  until: v.optional(date),
  option: v.optional(v.picklist(OPTIONS, 'is not an option (none, club, player, mutual, unknown)')),
  confidence: v.optional(v.picklist(CONFIDENCES, 'is not a confidence (confirmed, reported, estimated)')),
  /** Why a fact is doubted or how it was estimated, in our own words. */
  note: v.optional(text()),
}, 'expected an object');

const loan = v.looseObject({ fromClubId: id, until: v.optional(date) }, 'expected an object');

/** Fields every record may carry: who says it and as of when. */
const dated = {
  asOf: v.optional(date),
  source: v.optional(text()),
};

export const clubSchema = v.looseObject({
  id,
  name: text(),
  shortName: v.optional(text()),
  aliases: v.optional(names),
  country: v.optional(text()),
  league: v.optional(text()),
  tmId: v.optional(tmId),
  ...dated,
}, 'expected an object');

export const playerSchema = v.looseObject({
  id,
  name: text(),
  shortName: v.optional(text()),
  aliases: v.optional(names),
  tmId: v.optional(tmId),
  birthDate: v.optional(date),
  nationality: v.optional(text()),
  position: v.optional(text()),
  /** null: a free agent. With `loan`, the club he is on loan at. */
  clubId: v.optional(v.nullable(id)),
  /** When he joined `clubId` (the loan club while on loan). */
  joined: v.optional(date),
  contract: v.optional(contract),
  loan: v.optional(loan),
  /** Market value in euros: ranks search results, never shown as a fact. */
  marketValue: v.optional(v.pipe(v.number('expected a number'), v.minValue(0, 'is negative'))),
  facts: v.optional(facts),
  ...dated,
}, 'expected an object');

export const staffSchema = v.looseObject({
  id,
  name: text(),
  shortName: v.optional(text()),
  aliases: v.optional(names),
  tmId: v.optional(tmId),
  birthDate: v.optional(date),
  nationality: v.optional(text()),
  role: v.optional(v.picklist(ROLES, 'is not a role (manager, executive)')),
  clubId: v.optional(v.nullable(id)),
  joined: v.optional(date),
  contract: v.optional(contract),
  facts: v.optional(facts),
  ...dated,
}, 'expected an object');

export const rumourSchema = v.looseObject({
  id,
  playerId: id,
  clubId: v.optional(id),
  date,
  status: v.picklist(STATUSES, 'is not a status (interest, talks, bid, agreed, completed, cooled, denied)'),
  summary: v.optional(text()),
  source: v.looseObject({ outlet: text(), author: v.optional(text()), url: v.optional(text()) }, 'expected an object'),
  asOf: v.optional(date),
}, 'expected an object');

/** One side of a completed transfer: the club's name as the source writes it, and its id when the dataset has the club. */
const transferSide = v.looseObject({ clubId: v.optional(id), name: text() }, 'expected an object');

/**
 * A completed transfer (optional list, added in format v1 without a version change: readers
 * that do not know it keep it as an unknown field). `fee` in euros; 0 is what the source writes
 * for a free transfer, a loan or an undisclosed fee; absent when the source gives none.
 */
export const transferSchema = v.looseObject({
  id,
  playerId: id,
  date,
  from: transferSide,
  to: transferSide,
  fee: v.optional(v.pipe(v.number('expected a number'), v.minValue(0, 'is negative'))),
  source: v.optional(text()),
}, 'expected an object');

export const datasetSchema = v.looseObject({
  format: v.literal('footnote-dataset', 'is not "footnote-dataset"'),
  version: v.literal(1, 'is not 1'),
  asOf: date,
  source: text(),
  clubs: v.array(clubSchema, 'expected a list'),
  players: v.array(playerSchema, 'expected a list'),
  staff: v.optional(v.array(staffSchema, 'expected a list')),
  rumours: v.optional(v.array(rumourSchema, 'expected a list')),
  transfers: v.optional(v.array(transferSchema, 'expected a list')),
}, 'expected a JSON object');

/** The shell of a dataset with its lists unchecked: lets a reader's file lose only its bad records. */
export const datasetShellSchema = v.looseObject({
  format: datasetSchema.entries.format,
  version: datasetSchema.entries.version,
  asOf: date,
  source: text(),
  clubs: v.array(v.unknown(), 'expected a list'),
  players: v.array(v.unknown(), 'expected a list'),
  staff: v.optional(v.array(v.unknown(), 'expected a list')),
  rumours: v.optional(v.array(v.unknown(), 'expected a list')),
  transfers: v.optional(v.array(v.unknown(), 'expected a list')),
}, 'expected a JSON object');
