/**
 * Scores printed rumours against hand labels the way the held-out check does: pairs (player +
 * club) per file, then for the pairs found, the status family and the credited outlet.
 */
import type { RumourStatus } from '../dataset/types';

export interface LabelledPair {
  playerId: string;
  clubId: string;
  status: RumourStatus;
  /** Undefined: not checked. */
  outlet?: string | null;
}

export interface FoundRumour {
  playerId: string;
  clubId: string;
  status: RumourStatus;
  outlet: string | null;
}

export interface ScoredFile {
  file: string;
  labels: LabelledPair[];
  found: FoundRumour[];
  /** A page with no rumour at all (a match report, a page off football). */
  noRumour?: boolean;
}

export interface Score {
  files: number;
  labelled: number;
  truePairs: number;
  falsePairs: number;
  missedPairs: number;
  precision: number;
  recall: number;
  f1: number;
  /** Of the true pairs, those whose status is in the right family. */
  statusRight: number;
  outletChecked: number;
  outletRight: number;
  /** Claims on pages that have none. */
  falseOnEmpty: number;
  errors: string[];
}

export type Family = 'interest' | 'talks/bid' | 'agreed/completed' | 'cooled/denied';

export function familyOf(status: RumourStatus): Family {
  if (status === 'talks' || status === 'bid') return 'talks/bid';
  if (status === 'agreed' || status === 'completed') return 'agreed/completed';
  if (status === 'cooled' || status === 'denied') return 'cooled/denied';
  return 'interest';
}

/** Outlet names compared as the check compares them: case, accents, a leading "the", "daily" and "on Twitter" ignored; one containing the other counts. */
export function sameOutlet(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const norm = (s: string) =>
    s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
      .replace(/\bon twitter\b/g, ' ').replace(/\bdaily\b/g, ' ').replace(/^\s*the\s+/, '').replace(/[^a-z0-9]+/g, ' ').trim();
  const x = norm(a);
  const y = norm(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}

export function scoreRumours(files: readonly ScoredFile[]): Score {
  const s: Score = { files: files.length, labelled: 0, truePairs: 0, falsePairs: 0, missedPairs: 0, precision: 0, recall: 0, f1: 0, statusRight: 0, outletChecked: 0, outletRight: 0, falseOnEmpty: 0, errors: [] };
  for (const f of files) {
    const key = (p: { playerId: string; clubId: string }) => `${p.playerId} → ${p.clubId}`;
    const found = new Map<string, FoundRumour>();
    for (const r of f.found) if (!found.has(key(r))) found.set(key(r), r);
    const gold = new Map(f.labels.map((l) => [key(l), l]));
    s.labelled += gold.size;
    if (f.noRumour) s.falseOnEmpty += found.size;
    for (const [k, r] of found) {
      const l = gold.get(k);
      if (!l) {
        s.falsePairs++;
        s.errors.push(`${f.file}: wrong ${k} (${r.status})`);
        continue;
      }
      s.truePairs++;
      if (familyOf(l.status) === familyOf(r.status)) s.statusRight++;
      else s.errors.push(`${f.file}: ${k} status ${r.status}, labelled ${l.status}`);
      if (l.outlet !== undefined) {
        s.outletChecked++;
        if (sameOutlet(l.outlet, r.outlet)) s.outletRight++;
        else s.errors.push(`${f.file}: ${k} outlet ${JSON.stringify(r.outlet)}, labelled ${JSON.stringify(l.outlet)}`);
      }
    }
    for (const [k] of gold) if (!found.has(k)) {
      s.missedPairs++;
      s.errors.push(`${f.file}: missed ${k}`);
    }
  }
  s.precision = s.truePairs / Math.max(1, s.truePairs + s.falsePairs);
  s.recall = s.truePairs / Math.max(1, s.truePairs + s.missedPairs);
  s.f1 = s.precision + s.recall ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0;
  return s;
}

// The short names a gossip column prints for the sites it quotes most.
const SHORT_NAMES: Record<string, string> = {
  'dailymail.co.uk': 'Mail', 'thesun.co.uk': 'Sun', 'thescottishsun.co.uk': 'Scottish Sun', 'mirror.co.uk': 'Mirror',
  'footballinsider247.com': 'Football Insider', 'goal.com': 'Goal', 'express.co.uk': 'Express', 'skysports.com': 'Sky Sports',
  'dailystar.co.uk': 'Star', 'telegraph.co.uk': 'Telegraph', 'marca.com': 'Marca', 'calciomercato.com': 'Calciomercato',
  'calciomercato.it': 'Calciomercato', '90min.com': '90min', 'theathletic.com': 'The Athletic', 'sport.es': 'Sport',
  'manchestereveningnews.co.uk': 'Manchester Evening News', 'mundodeportivo.com': 'Mundo Deportivo', 'thetimes.co.uk': 'Times',
  'as.com': 'AS', 'en.as.com': 'AS', 'metro.co.uk': 'Metro', 'espn.co.uk': 'ESPN', 'espn.com': 'ESPN', 'teamtalk.com': 'Teamtalk',
  'football.london': 'Football London', 'talksport.com': 'Talksport', 'standard.co.uk': 'Evening Standard',
  'theguardian.com': 'Guardian', 'liverpoolecho.co.uk': 'Liverpool Echo', 'fichajes.net': 'Fichajes', 'gazzetta.it': 'Gazzetta dello Sport',
  'elnacional.cat': 'El Nacional', 'football-italia.net': 'Football Italia', 'tuttosport.com': 'Tuttosport', 'sportwitness.co.uk': 'Sport Witness',
  'independent.co.uk': 'Independent', 'lequipe.fr': "L'Equipe", 'eurosport.co.uk': 'Eurosport', 'eurosport.com': 'Eurosport',
  'corrieredellosport.it': 'Corriere dello Sport', 'chroniclelive.co.uk': 'Chronicle', 'footmercato.net': 'Foot Mercato',
  'birminghammail.co.uk': 'Birmingham Mail', 'le10sport.com': 'Le10 Sport', 'leicestermercury.co.uk': 'Leicester Mercury',
  'tuttomercatoweb.com': 'Tuttomercatoweb', 'sport.sky.it': 'Sky Sport Italia', 'bild.de': 'Bild', 'sportbild.bild.de': 'Sport Bild',
  'expressandstar.com': 'Express & Star', 'leparisien.fr': 'Le Parisien', 'sport.sky.de': 'Sky Germany', 'kicker.de': 'Kicker',
  'rmcsport.bfmtv.com': 'RMC Sport', 'dailyrecord.co.uk': 'Record', 'sport1.de': 'Sport1', 'caughtoffside.com': 'Caught Offside',
};

/** The name a gossip column prints for a source domain: "www.dailymail.co.uk" is "Mail"; a tweet is "<handle> on Twitter". */
export function outletOfSource(domain: string, url = ''): string {
  const d = domain.toLowerCase().replace(/^www\./, '');
  if (d === 'twitter.com' || d === 'x.com') {
    const handle = /^https?:\/\/[^/]+\/([^/?#]+)/.exec(url)?.[1];
    return handle ? `${handle} on Twitter` : 'Twitter';
  }
  if (SHORT_NAMES[d]) return SHORT_NAMES[d];
  const label = d.split('.')[0] ?? d;
  return label.charAt(0).toUpperCase() + label.slice(1);
}
