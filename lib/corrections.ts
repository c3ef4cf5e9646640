/**
 * The reader's corrections of the engine: "Not this person" (this name, on this site, is never
 * this person) and "Mute this name" (this name is never marked, anywhere). Pure data and rules:
 * the reader's settings store them (lib/storage-items.ts), the content script hands the ones
 * that apply to its page to the matcher (PageOptions.corrections), which leaves those matches out.
 *
 * Names are kept folded (lib/engine/fold: case, accents and curly apostrophes do not matter), as
 * the matcher compares them: "Kane", "KANE" and "Kané" are one name.
 */
import { foldForm } from './engine/fold';

export interface NotThisPerson {
  /** The site as Footnote names it: the page's host without "www." (lib/sites: siteIdForUrl). */
  site: string;
  /** The name as the page wrote it, folded. */
  form: string;
  entityId: string;
  /** What the reader saw, for the options list: the page's spelling and the person's name. */
  label?: { form: string; name: string };
}

export interface MutedName {
  form: string;
  /** The page's spelling, for the options list. */
  label?: string;
}

export interface Corrections {
  notThis: NotThisPerson[];
  muted: MutedName[];
}

export const NO_CORRECTIONS: Corrections = { notThis: [], muted: [] };

/** Long enough for any real name; a longer "name" is not one (and would eat the sync quota). */
const MAX_FORM = 80;
const MAX_ID = 120;

export function correctionForm(text: string): string {
  return foldForm(text).slice(0, MAX_FORM);
}

function text(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.trim() && value.length <= max ? value : undefined;
}

/** Anything stored, made valid: entries that cannot be understood are dropped, the rest kept. */
export function readCorrections(raw: unknown): Corrections {
  const r = (typeof raw === 'object' && raw) || {};
  const notThis: NotThisPerson[] = [];
  const muted: MutedName[] = [];
  const rawNot = (r as { notThis?: unknown }).notThis;
  const rawMuted = (r as { muted?: unknown }).muted;
  for (const e of Array.isArray(rawNot) ? rawNot : []) {
    if (typeof e !== 'object' || !e) continue;
    const x = e as Record<string, unknown>;
    const site = text(x.site, 300);
    const form = text(x.form, MAX_FORM);
    const entityId = text(x.entityId, MAX_ID);
    if (!site || !form || !entityId) continue;
    const label = x.label as { form?: unknown; name?: unknown } | undefined;
    const labelForm = text(label?.form, MAX_FORM);
    const labelName = text(label?.name, MAX_ID);
    notThis.push({ site, form: correctionForm(form), entityId, ...(labelForm && labelName ? { label: { form: labelForm, name: labelName } } : {}) });
  }
  for (const e of Array.isArray(rawMuted) ? rawMuted : []) {
    const x = (typeof e === 'object' && e ? e : {}) as Record<string, unknown>;
    const form = text(x.form, MAX_FORM);
    if (!form) continue;
    const label = text(x.label, MAX_FORM);
    muted.push({ form: correctionForm(form), ...(label ? { label } : {}) });
  }
  return { notThis: dedupe(notThis, notThisKey), muted: dedupe(muted, (m) => m.form) };
}

function dedupe<T>(list: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter((t) => !seen.has(key(t)) && Boolean(seen.add(key(t))));
}

function notThisKey(c: Pick<NotThisPerson, 'site' | 'form' | 'entityId'>): string {
  return `${c.site}\u0000${c.form}\u0000${c.entityId}`;
}

/** Adds "this name on this site is not this person" (once). */
export function addNotThis(c: Corrections, entry: NotThisPerson): Corrections {
  const e = { ...entry, form: correctionForm(entry.form) };
  return c.notThis.some((x) => notThisKey(x) === notThisKey(e)) ? c : { ...c, notThis: [...c.notThis, e] };
}

export function removeNotThis(c: Corrections, entry: Pick<NotThisPerson, 'site' | 'form' | 'entityId'>): Corrections {
  const key = notThisKey({ ...entry, form: correctionForm(entry.form) });
  return { ...c, notThis: c.notThis.filter((x) => notThisKey(x) !== key) };
}

export function addMuted(c: Corrections, name: string): Corrections {
  const form = correctionForm(name);
  if (!form || c.muted.some((m) => m.form === form)) return c;
  return { ...c, muted: [...c.muted, { form, label: name.trim() }] };
}

export function removeMuted(c: Corrections, form: string): Corrections {
  const folded = correctionForm(form);
  return { ...c, muted: c.muted.filter((m) => m.form !== folded) };
}

/** What the matcher needs for one page: the muted names, and this site's "not this person"s. */
export interface PageCorrections {
  muted: ReadonlySet<string>;
  /** `form \0 entityId` */
  notThis: ReadonlySet<string>;
}

export function correctionsForSite(c: Corrections, site: string | undefined): PageCorrections {
  return {
    muted: new Set(c.muted.map((m) => m.form)),
    notThis: new Set(c.notThis.filter((x) => x.site === site).map((x) => `${x.form}\u0000${x.entityId}`)),
  };
}

/** Whether the reader said this match is wrong. */
export function isCorrected(mention: { text: string; entityId: string }, page: PageCorrections): boolean {
  if (page.muted.size === 0 && page.notThis.size === 0) return false;
  const form = correctionForm(mention.text);
  return page.muted.has(form) || page.notThis.has(`${form}\u0000${mention.entityId}`);
}
