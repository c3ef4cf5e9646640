/**
 * FPL's element types (goalkeeper, defender...) are too coarse to be positions: left out.
 *
 * Converts the Fantasy Premier League API's `players_raw.csv` and `teams.csv` (a snapshot of one
 * day of a season) into a Footnote layer of club facts: who plays where, since when
 * (`team_join_date`), and who is out on loan or gone (the `news` field: "has joined X on loan",
 * "has joined X permanently", "has departed the club as a free agent"). No contracts: FPL has none.
 * Only facts are taken; no text field is copied as prose.
 *
 * FPL's names are full legal names ("David Raya Martín"); the press name is rebuilt from the
 * first name and the `web_name` where the web name is one of the surnames ("David Raya"), or
 * taken from a transfermarkt file when the player joins one there (birth date and surname).
 */
import type { Club, Dataset, Player } from '../dataset/types';
import { isIsoDate } from '../dataset/dates';
import { formsAgree, personKey } from '../dataset/merge';
import { parseCsv } from './csv';
import { slug, TRANSFERMARKT_COLUMNS } from './transfermarkt';
import { group, soleItem } from '../indexing';

export interface FplOptions {
  /** A transfermarkt-datasets players.csv: joins players to their transfermarkt id and name. */
  transfermarktCsv?: string;
  source?: string;
}

export interface FplResult {
  dataset: Dataset;
  /** Rows not converted, and players not found in the transfermarkt file, with their line. */
  notes: string[];
  joined: number;
}

const FPL_COLUMNS = new Set([
  'code', 'first_name', 'second_name', 'web_name', 'known_name', 'birth_date', 'team', 'team_join_date', 'news', 'news_added',
  'element_type', 'minutes', 'status',
]);

const day = (value: string | undefined) => {
  const d = (value ?? '').slice(0, 10);
  return isIsoDate(d) ? d : undefined;
};

/** What the `news` field says about his club, if anything. */
export function clubNews(news: string): { kind: 'loan' | 'permanent'; club: string } | { kind: 'free' } | undefined {
  const text = news.replace(/\s+/g, ' ').trim();
  const joined = /^has joined (.+?) (on loan|permanently)\b/i.exec(text);
  if (joined) return { kind: group(joined, 2).toLowerCase() === 'on loan' ? 'loan' : 'permanent', club: group(joined, 1).trim() };
  if (/^has (departed|left) the club as a free agent/i.test(text)) return { kind: 'free' };
  return undefined;
}

/** "David" + "Raya Martín" + web name "Raya" → "David Raya"; initials in web names are dropped ("B.Fernandes"). */
export function pressName(first: string, second: string, web: string, known: string): string {
  if (known) return known;
  const surname = web.replace(/^[A-Za-zÀ-ÿ]{1,2}\./, '').replace(/\.[A-Za-zÀ-ÿ]{1,2}$/, '').trim();
  const seconds = second.split(/\s+/);
  if (surname && personKey(second).split(' ').includes(personKey(surname)) && seconds.length > 1) return `${first} ${surname}`;
  return `${first} ${second}`.trim();
}

interface TmPerson {
  tmId: string;
  name: string;
  birthDate: string;
}

/** transfermarkt people by birth date, to join FPL rows on birth date and a shared surname. */
function transfermarktByBirth(csv: string): Map<string, TmPerson[]> {
  const out = new Map<string, TmPerson[]>();
  for (const { fields } of parseCsv(csv, TRANSFERMARKT_COLUMNS)) {
    const birthDate = day(fields.date_of_birth);
    const tmId = fields.player_id ?? '';
    if (!birthDate || !/^\d+$/.test(tmId) || !fields.name) continue;
    out.set(birthDate, [...(out.get(birthDate) ?? []), { tmId, name: fields.name, birthDate }]);
  }
  return out;
}

/**
 * Every word of the transfermarkt name is one of the FPL row's (first, second, web and known
 * names): "Gabriel Magalhães" is "Gabriel dos Santos Magalhães", but Quinten Timber is not his
 * twin Jurriën, born the same day.
 */
export function nameWithin(tmName: string, fplNames: string): boolean {
  const words = new Set(personKey(fplNames).split(' '));
  return personKey(tmName).split(' ').every((w) => words.has(w));
}

export function importFpl(playersCsv: string, teamsCsv: string, options: FplOptions = {}): FplResult {
  const teams = new Map<string, Club>();
  for (const { fields } of parseCsv(teamsCsv)) {
    if (!fields.id || !fields.name) continue;
    teams.set(fields.id, { id: slug(fields.name), name: fields.name, country: 'ENG', league: 'Premier League' });
  }
  if (teams.size === 0) throw new Error('The teams file has no teams (expected the FPL teams.csv)');
  const rows = parseCsv(playersCsv, FPL_COLUMNS);
  const header = rows[0]?.fields;
  if (!header || !('team' in header) || !('second_name' in header)) {
    throw new Error('The players file lacks the FPL columns (team, second_name): is it the FPL players_raw.csv?');
  }
  const tm = options.transfermarktCsv ? transfermarktByBirth(options.transfermarktCsv) : undefined;
  const others = new Map<string, Club>();
  const otherClub = (name: string): Club => {
    const id = slug(name);
    const known = [...teams.values()].find((t) => t.id === id);
    if (known) return known;
    const club = others.get(id) ?? { id, name };
    others.set(id, club);
    return club;
  };

  const notes: string[] = [];
  const players: Player[] = [];
  let newest = '';
  let joined = 0;
  for (const { line, fields } of rows) {
    const team = fields.team === undefined ? undefined : teams.get(fields.team);
    const first = fields.first_name ?? '';
    const second = fields.second_name ?? '';
    if (!team || !second || !/^\d+$/.test(fields.code ?? '')) {
      notes.push(`line ${line}: skipped: ${!team ? `no team ${JSON.stringify(fields.team)}` : !second ? 'no name' : 'no code'}`);
      continue;
    }
    for (const d of [day(fields.news_added), day(fields.team_join_date)]) if (d && d > newest) newest = d;
    const birthDate = day(fields.birth_date);
    let name = pressName(first, second, fields.web_name ?? '', fields.known_name ?? '');
    let tmId: string | undefined;
    if (tm && birthDate) {
      const full = `${first} ${second} ${fields.web_name ?? ''} ${fields.known_name ?? ''}`;
      const forms = [name, `${first} ${second}`, fields.known_name ?? ''].filter(Boolean).map((n) => personKey(n.replace(/-/g, ' ')));
      const candidates = (tm.get(birthDate) ?? []).filter((t) => nameWithin(t.name, full) || forms.some((f) => formsAgree(personKey(t.name.replace(/-/g, ' ')), f)));
      const only = soleItem(candidates);
      if (only) {
        tmId = only.tmId;
        name = only.name;
        joined++;
      } else notes.push(`line ${line}: ${name} (${birthDate}): ${candidates.length ? 'more than one' : 'no'} transfermarkt player with this birth date and name`);
    }
    const news = clubNews(fields.news ?? '');
    const club: Pick<Player, 'clubId' | 'loan' | 'joined'> =
      news?.kind === 'loan' ? { clubId: otherClub(news.club).id, loan: { fromClubId: team.id } }
      : news?.kind === 'permanent' ? { clubId: otherClub(news.club).id }
      : news?.kind === 'free' ? { clubId: null }
      : { clubId: team.id, ...(day(fields.team_join_date) ? { joined: day(fields.team_join_date) } : {}) };
    const web = (fields.web_name ?? '').trim();
    const webIsSurname = personKey(name).split(' ').includes(personKey(web));
    players.push({
      id: `fpl-${fields.code}`,
      name,
      ...(web && !web.includes('.') && web !== name && webIsSurname ? { shortName: web } : {}),
      // A web name that is none of his names is how he is known ("Rodri"): an alias.
      ...(web && !web.includes('.') && !webIsSurname && !fields.known_name ? { aliases: [web] } : {}),
      ...(tmId ? { tmId } : {}),
      ...(birthDate ? { birthDate } : {}),
      ...club,
    });
  }
  if (!newest) throw new Error('The FPL file has no dates to take its as-of date from');
  return {
    dataset: {
      format: 'footnote-dataset',
      version: 1,
      asOf: newest,
      source: options.source ?? 'Fantasy Premier League 2025-26',
      clubs: [...teams.values(), ...others.values()],
      players,
    },
    notes,
    joined,
  };
}
