/**
 * Where each shown fact comes from and how old it is: "contract: transfermarkt-datasets,
 * December 2024". The card and the full record show one line per group of facts.
 */
import type { FactGroup } from '../lib/dataset/types';
import type { FactSource } from '../lib/protocol';
import { formatLongDate } from '../lib/dataset/dates';

const GROUP_WORDS: Record<FactGroup, string> = { contract: 'contract', club: 'club', personal: 'details' };
const ORDER: FactGroup[] = ['contract', 'club', 'personal'];

/** "December 2024": a month is as precise as the sources' dates deserve. */
export function monthWords(date: string): string {
  return formatLongDate(date).replace(/^\d+ /, '');
}

export function provenanceLines(provenance: Partial<Record<FactGroup, FactSource>> | undefined): string[] {
  if (!provenance) return [];
  return ORDER.flatMap((g) => {
    const from = provenance[g];
    return from ? [`${GROUP_WORDS[g]}: ${from.source}, ${monthWords(from.asOf)}`] : [];
  });
}

export function Provenance({ provenance }: { provenance: Partial<Record<FactGroup, FactSource>> | undefined }) {
  const lines = provenanceLines(provenance);
  if (!lines.length) return null;
  return (
    <ul class="provenance muted small" aria-label="Sources">
      {lines.map((line) => <li key={line}>{line}</li>)}
    </ul>
  );
}
