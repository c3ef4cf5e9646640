/**
 * Adding a site, from the popup or the options page: ask the browser for the site's origins,
 * then tell the background. Browsers grant a permission only inside the click that asked for
 * it, so the request starts before anything is awaited. Firefox may close the popup while its
 * prompt is open: the site is noted first, and the background's `permissions.onAdded` listener
 * finishes the job (SitesService.granted).
 */
import { normaliseSite, type SitesState } from '../sites/sites';
import type { Ask } from './client';

export interface AddSiteDeps {
  ask: Ask;
  requestOrigins: (origins: string[]) => Promise<boolean>;
  /** Notes the site being added for the background; not awaited (see above). */
  notePending: (siteId: string) => unknown;
}

export function askToAddSite(input: string, deps: AddSiteDeps, tabId?: number): Promise<SitesState> {
  const site = normaliseSite(input);
  if (!site.ok) return Promise.reject(new Error(site.error));
  void deps.notePending(site.id);
  return deps.requestOrigins(site.patterns).then(async (granted) => {
    if (!granted) throw new Error(`Footnote needs your permission to read ${site.id}.`);
    const { state, error } = await deps.ask('site-add', { input: site.id, tabId });
    if (error) throw new Error(error);
    return state;
  });
}
