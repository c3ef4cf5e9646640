/**
 * dataset:join: gives the curated players (data/clubs/) their transfermarkt id and birth date from
 * the facts files, never from memory, and reports who did not join.
 *
 *   npm run dataset:join -- --transfermarkt <players.csv> --fpl <fpl folder> [--dry-run]
 *
 * A curated player joins a transfermarkt row when the folded names match (his name or an alias)
 * and either the birth years match or the row's club is his curated club; failing that, a
 * Premier League player is found in the FPL snapshot at his club (name, or first name and web
 * name), whose birth date then finds his transfermarkt row; last, a full name that only one
 * transfermarkt player has joins (a move since the snapshot), and is listed for review. Only missing fields are written;
 * a birth date that disagrees with one already there is reported and left alone.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCsv, parseCsvRows } from '../lib/import/csv';
import { TRANSFERMARKT_COLUMNS } from '../lib/import/transfermarkt';
import { clubNames } from '../lib/import/club-names';
import { clubKey, personKey } from '../lib/dataset/merge';
import { nameWithin, pressName } from '../lib/import/fpl';
import { readMaybeGzipped } from './import-dataset';
import { at } from '../lib/indexing';

interface Row {
  tmId: string;
  names: string[];
  birthDate?: string;
  clubKeys: string[];
}

interface Curated {
  file: string;
  id: string;
  name: string;
  aliases: string[];
  shortName?: string;
  birthDate?: string;
  tmId?: string;
}

/** A CSV row's cell, empty when the file has no such column. */
const cells = (f: Record<string, string>) => (k: string) => f[k] ?? '';

function main(args: string[]) {
  const flagValue = (flag: string) => (args.indexOf(flag) >= 0 ? args[args.indexOf(flag) + 1] : undefined);
  const tmPath = flagValue('--transfermarkt');
  const fplDir = flagValue('--fpl');
  if (!tmPath || !fplDir) {
    console.error('Usage: npm run dataset:join -- --transfermarkt <players.csv> --fpl <fpl folder> [--dry-run]');
    process.exit(2);
  }
  const dry = args.includes('--dry-run');
  const tmRows: Row[] = parseCsv(readMaybeGzipped(resolve(tmPath)), TRANSFERMARKT_COLUMNS).map(({ fields }) => {
    const f = cells(fields);
    const club = f('current_club_name') ? clubNames(f('current_club_name')) : undefined;
    return {
      tmId: f('player_id'),
      names: [f('name'), `${f('first_name')} ${f('last_name')}`].filter((n) => n.trim()),
      birthDate: f('date_of_birth').slice(0, 10) || undefined,
      clubKeys: club ? [club.shortName, ...club.aliases, f('current_club_name')].map(clubKey) : [],
    };
  });
  const byName = new Map<string, Row[]>();
  for (const row of tmRows) for (const n of new Set(row.names.map(personKey))) byName.set(n, [...(byName.get(n) ?? []), row]);

  const teams = new Map(parseCsv(readFileSync(join(fplDir, 'teams.csv'), 'utf8')).map(({ fields }) => [fields.id, clubKey(fields.name ?? '')]));
  const fpl = parseCsv(readFileSync(join(fplDir, 'players_raw.csv'), 'utf8')).map(({ fields }) => {
    const f = cells(fields);
    return {
      names: [pressName(f('first_name'), f('second_name'), f('web_name'), f('known_name')), `${f('first_name')} ${f('second_name')}`, f('known_name'), `${f('first_name')} ${f('web_name')}`].filter(Boolean).map(personKey),
      web: personKey(f('web_name')),
      birthDate: /^\d{4}-\d{2}-\d{2}$/.test(f('birth_date')) ? f('birth_date') : undefined,
      team: teams.get(f('team')) ?? '',
    };
  });

  const clubsDir = resolve('data/clubs');
  let joined = 0;
  let total = 0;
  const missed: string[] = [];
  const byUniqueName: string[] = [];
  const birthOnly: string[] = [];
  for (const name of readdirSync(clubsDir).filter((n) => n.endsWith('.json')).sort()) {
    const jsonPath = join(clubsDir, name);
    const csvPath = jsonPath.replace(/\.json$/, '.csv');
    let jsonText = readFileSync(jsonPath, 'utf8');
    const json = JSON.parse(jsonText);
    const club = json.club;
    const keys = new Set([club.name, club.shortName, ...(club.aliases ?? [])].filter(Boolean).map(clubKey));
    const people: Curated[] = (json.players ?? []).map((p: Curated) => ({ ...p, file: name, aliases: p.aliases ?? [] }));
    let csvRows: string[][] | undefined;
    if (existsSync(csvPath)) {
      csvRows = parseCsvRows(readFileSync(csvPath, 'utf8'));
      for (const { fields } of parseCsv(readFileSync(csvPath, 'utf8'))) {
        people.push({ file: name.replace('.json', '.csv'), id: fields.id ?? '', name: fields.name ?? '', shortName: fields.shortName || undefined, aliases: (fields.aliases ?? '').split('|').filter(Boolean), birthDate: fields.birthDate || undefined, tmId: fields.tmId || undefined });
      }
    }
    const found = new Map<string, { tmId?: string; birthDate?: string }>();
    for (const p of people) {
      total++;
      const forms = [p.name, ...p.aliases].map(personKey);
      const candidates = [...new Set(forms.flatMap((f) => byName.get(f) ?? []))];
      let birthDate = p.birthDate;
      let hit: Row | undefined;
      const one = (rows: Row[]) => (rows.length === 1 ? rows[0] : undefined);
      if (birthDate) hit = one(candidates.filter((r) => r.birthDate?.slice(0, 4) === birthDate!.slice(0, 4)));
      hit ??= one(candidates.filter((r) => r.clubKeys.some((k) => keys.has(k))));
      if (!hit) {
        // The FPL snapshot: the same name (or first name + web name) at his club gives a birth date.
        const short = personKey(p.shortName ?? p.name.split(' ').at(-1) ?? p.name);
        const atClub = fpl.filter((f) => keys.has(f.team) && (forms.some((n) => f.names.includes(n)) || (f.web === short && f.names.some((n) => n.startsWith(personKey(at(p.name.split(' '), 0)))))));
        if (atClub.length === 1 && at(atClub, 0).birthDate) {
          birthDate ??= at(atClub, 0).birthDate;
          const words = [...forms, ...at(atClub, 0).names].join(' ');
          const sameBirth = tmRows.filter((r) => r.birthDate === at(atClub, 0).birthDate && nameWithin(at(r.names, 0), words));
          hit = one(sameBirth);
        }
      }
      if (!hit && p.name.trim().includes(' ')) {
        // A summer move: a full name that only one transfermarkt player has, at his former club.
        hit = one(candidates.filter((r) => r.names.some((n) => personKey(n) === personKey(p.name))));
        if (hit) byUniqueName.push(`${p.file}: ${p.name} → transfermarkt ${hit.tmId} (${hit.birthDate ?? 'no birth date'}), joined by a full name no other transfermarkt player has`);
      }
      if (hit && p.birthDate && hit.birthDate && hit.birthDate !== p.birthDate) {
        missed.push(`${p.file}: ${p.name}: birth date ${p.birthDate} here, ${hit.birthDate} in transfermarkt (${hit.tmId}): left alone`);
        continue;
      }
      const update = { tmId: p.tmId ?? hit?.tmId, birthDate: p.birthDate ?? hit?.birthDate ?? birthDate };
      // Counted by what he has once joined, so a second run reports the same as the first.
      if (update.tmId) joined++;
      else if (update.birthDate) birthOnly.push(`${p.file}: ${p.name}: a birth date, no transfermarkt id`);
      else missed.push(`${p.file}: ${p.name}: not found`);
      if (update.tmId !== p.tmId || update.birthDate !== p.birthDate) found.set(p.id, update);
    }
    // Write back only what was missing, keeping each file's own layout.
    for (const p of json.players ?? []) {
      const u = found.get(p.id);
      if (!u) continue;
      const add = [!p.tmId && u.tmId ? `"tmId": "${u.tmId}"` : '', !p.birthDate && u.birthDate ? `"birthDate": "${u.birthDate}"` : ''].filter(Boolean).join(', ');
      if (add) jsonText = jsonText.replace(`"id": "${p.id}",`, `"id": "${p.id}", ${add},`);
    }
    if (!dry) writeFileSync(jsonPath, jsonText);
    if (csvRows && !dry) {
      const [header = [], ...rows] = csvRows;
      for (const col of ['birthDate', 'tmId']) if (!header.includes(col)) header.push(col);
      const idAt = header.indexOf('id');
      for (const row of rows) {
        while (row.length < header.length) row.push('');
        const u = found.get(at(row, idAt));
        if (u?.birthDate && !row[header.indexOf('birthDate')]) row[header.indexOf('birthDate')] = u.birthDate;
        if (u?.tmId && !row[header.indexOf('tmId')]) row[header.indexOf('tmId')] = u.tmId;
      }
      writeFileSync(csvPath, [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n');
    }
  }
  for (const m of byUniqueName) console.error(`dataset:join: ${m}`);
  for (const m of missed) console.error(`dataset:join: ${m}`);
  for (const m of birthOnly) console.error(`dataset:join: ${m}`);
  console.error(
    `dataset:join: ${joined} of ${total} curated players have a transfermarkt id (${byUniqueName.length} joined by a unique full name this run); ` +
      `${birthOnly.length} only a birth date; ${missed.length} neither${dry ? ' (dry run: nothing written)' : ''}`,
  );
}

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
