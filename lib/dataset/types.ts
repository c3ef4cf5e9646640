/**
 * Footnote dataset format v1 (docs/dataset-format.md). These types describe a dataset *after*
 * validation; `schema.ts` is what turns unknown JSON into them.
 */

export type ContractOption = 'none' | 'club' | 'player' | 'mutual' | 'unknown';
export type Confidence = 'confirmed' | 'reported' | 'estimated';
export type RumourStatus = 'interest' | 'talks' | 'bid' | 'agreed' | 'completed' | 'cooled' | 'denied';
export type StaffRole = 'manager' | 'executive';
export type EntityKind = 'player' | 'club' | 'staff';

/** ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export interface Contract {
  since?: IsoDate;
  until?: IsoDate;
  option?: ContractOption;
  confidence?: Confidence;
}

export interface Loan {
  fromClubId: string;
  until?: IsoDate;
}

export interface Club {
  id: string;
  name: string;
  shortName?: string;
  aliases?: string[];
  country?: string;
  league?: string;
  asOf?: IsoDate;
}

export interface Player {
  id: string;
  name: string;
  shortName?: string;
  aliases?: string[];
  birthDate?: IsoDate;
  nationality?: string;
  position?: string;
  /** null: a free agent. With `loan`, the club he is on loan at. */
  clubId?: string | null;
  contract?: Contract;
  loan?: Loan;
  asOf?: IsoDate;
}

export interface Staff {
  id: string;
  name: string;
  shortName?: string;
  aliases?: string[];
  role?: StaffRole;
  clubId?: string | null;
  contract?: Contract;
  asOf?: IsoDate;
}

export interface RumourSource {
  outlet: string;
  author?: string;
  url?: string;
}

export interface Rumour {
  id: string;
  playerId: string;
  clubId?: string;
  date: IsoDate;
  status: RumourStatus;
  summary?: string;
  source: RumourSource;
  asOf?: IsoDate;
}

export interface Dataset {
  format: 'footnote-dataset';
  version: 1;
  asOf: IsoDate;
  source: string;
  clubs: Club[];
  players: Player[];
  staff?: Staff[];
  rumours?: Rumour[];
}

export type Person = Player | Staff;
export type Entity = Player | Club | Staff;
