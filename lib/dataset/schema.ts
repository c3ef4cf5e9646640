/**
 * The structural schema of dataset format v1, with valibot. Loose objects keep unknown fields
 * (a newer writer's additions survive a round trip through storage). Cross-record rules
 * (unique ids, references) are in `validate.ts`: a schema library is the wrong tool for them.
 */
import * as v from 'valibot';
import { isIsoDate } from './dates';

const text = (what = 'a non-empty string') =>
  v.pipe(v.string(`expected ${what}`), v.minLength(1, 'is empty'));
const id = v.pipe(text(), v.regex(/^[a-z0-9-]+$/, 'is not an id (lowercase letters, digits and "-")'));
const date = v.pipe(v.string('expected a date (YYYY-MM-DD)'), v.check(isIsoDate, 'is not a date'));
const names = v.array(text(), 'expected a list of names');

const contract = v.looseObject({
  since: v.optional(date),
  until: v.optional(date),
  option: v.optional(v.picklist(['none', 'club', 'player', 'mutual', 'unknown'], 'is not an option (none, club, player, mutual, unknown)')),
  confidence: v.optional(v.picklist(['confirmed', 'reported', 'estimated'], 'is not a confidence (confirmed, reported, estimated)')),
}, 'expected an object');

const club = v.looseObject({
  id,
  name: text(),
  shortName: v.optional(text()),
  aliases: v.optional(names),
  country: v.optional(text()),
  league: v.optional(text()),
  asOf: v.optional(date),
}, 'expected an object');

const player = v.looseObject({
  id,
  name: text(),
  shortName: v.optional(text()),
  aliases: v.optional(names),
  birthDate: v.optional(date),
  nationality: v.optional(text()),
  position: v.optional(text()),
  clubId: v.optional(v.nullable(id)),
  contract: v.optional(contract),
  loan: v.optional(v.looseObject({ fromClubId: id, until: v.optional(date) }, 'expected an object')),
  asOf: v.optional(date),
}, 'expected an object');

const staff = v.looseObject({
  id,
  name: text(),
  shortName: v.optional(text()),
  aliases: v.optional(names),
  role: v.optional(v.picklist(['manager', 'executive'], 'is not a role (manager, executive)')),
  clubId: v.optional(v.nullable(id)),
  contract: v.optional(contract),
  asOf: v.optional(date),
}, 'expected an object');

const rumour = v.looseObject({
  id,
  playerId: id,
  clubId: v.optional(id),
  date,
  status: v.picklist(
    ['interest', 'talks', 'bid', 'agreed', 'completed', 'cooled', 'denied'],
    'is not a status (interest, talks, bid, agreed, completed, cooled, denied)',
  ),
  summary: v.optional(text()),
  source: v.looseObject({ outlet: text(), author: v.optional(text()), url: v.optional(text()) }, 'expected an object'),
  asOf: v.optional(date),
}, 'expected an object');

export const datasetSchema = v.looseObject({
  format: v.literal('footnote-dataset', 'is not "footnote-dataset"'),
  version: v.literal(1, 'is not 1'),
  asOf: date,
  source: text(),
  clubs: v.array(club, 'expected a list'),
  players: v.array(player, 'expected a list'),
  staff: v.optional(v.array(staff, 'expected a list')),
  rumours: v.optional(v.array(rumour, 'expected a list')),
}, 'expected a JSON object');
