/**
 * Footnote dataset format v1 (docs/dataset-format.md): the types of a dataset *after*
 * validation, inferred from the valibot schema in `schema.ts` so the two can never disagree.
 */
import type * as v from 'valibot';
import type { clubSchema, datasetSchema, playerSchema, rumourSchema, staffSchema, transferSchema, FACT_GROUPS, CONFIDENCES, OPTIONS, ROLES, STATUSES } from './schema';

export type ContractOption = (typeof OPTIONS)[number];
export type Confidence = (typeof CONFIDENCES)[number];
export type RumourStatus = (typeof STATUSES)[number];
export type StaffRole = (typeof ROLES)[number];
export type FactGroup = (typeof FACT_GROUPS)[number];
export type EntityKind = 'player' | 'club' | 'staff';

/** ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export type Dataset = v.InferOutput<typeof datasetSchema>;
export type Club = v.InferOutput<typeof clubSchema>;
export type Player = v.InferOutput<typeof playerSchema>;
export type Staff = v.InferOutput<typeof staffSchema>;
export type Rumour = v.InferOutput<typeof rumourSchema>;
export type Transfer = v.InferOutput<typeof transferSchema>;
export type Contract = NonNullable<Player['contract']>;
export type Loan = NonNullable<Player['loan']>;
export type RumourSource = Rumour['source'];
export type Provenance = NonNullable<NonNullable<Player['facts']>['club']>;

export type Person = Player | Staff;
export type Entity = Player | Club | Staff;
