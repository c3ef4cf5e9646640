/**
 * The football news sites Footnote runs on out of the box (docs/permissions.md says why each).
 * Patterns are path-scoped where a site is mostly not football, so Footnote never reads a
 * newspaper's politics pages.
 */
export interface DefaultSite {
  /** How the reader sees it: a host, with a path where the site is scoped. */
  label: string;
  patterns: string[];
}

export const DEFAULT_SITES: DefaultSite[] = [
  { label: 'bbc.co.uk/sport', patterns: ['https://www.bbc.co.uk/sport/*', 'https://www.bbc.com/sport/*'] },
  { label: 'skysports.com', patterns: ['https://www.skysports.com/*'] },
  { label: 'theguardian.com/football', patterns: ['https://www.theguardian.com/football/*'] },
  { label: 'espn.com/soccer', patterns: ['https://www.espn.com/soccer/*'] },
  { label: 'espn.co.uk/football', patterns: ['https://www.espn.co.uk/football/*'] },
  { label: 'goal.com', patterns: ['https://www.goal.com/*'] },
  { label: 'nytimes.com/athletic', patterns: ['https://www.nytimes.com/athletic/*'] },
  { label: 'marca.com/en', patterns: ['https://www.marca.com/en/*'] },
  { label: 'en.as.com', patterns: ['https://en.as.com/*'] },
  { label: 'football.london', patterns: ['https://www.football.london/*'] },
  { label: 'liverpoolecho.co.uk/sport', patterns: ['https://www.liverpoolecho.co.uk/sport/*'] },
  { label: 'manchestereveningnews.co.uk/sport', patterns: ['https://www.manchestereveningnews.co.uk/sport/*'] },
  { label: 'standard.co.uk/sport', patterns: ['https://www.standard.co.uk/sport/*'] },
  { label: 'independent.co.uk/sport', patterns: ['https://www.independent.co.uk/sport/*'] },
  { label: 'mirror.co.uk/sport', patterns: ['https://www.mirror.co.uk/sport/*'] },
  { label: 'dailymail.co.uk/sport', patterns: ['https://www.dailymail.co.uk/sport/*'] },
  { label: 'thesun.co.uk/sport', patterns: ['https://www.thesun.co.uk/sport/*'] },
  { label: 'football-italia.net', patterns: ['https://www.football-italia.net/*'] },
  { label: 'onefootball.com', patterns: ['https://onefootball.com/*'] },
  { label: '90min.com', patterns: ['https://www.90min.com/*'] },
];

/** Local pages, for development and test builds only: never in a production manifest. */
export const LOCAL_PATTERNS = ['http://127.0.0.1/*', 'http://localhost/*'];

export function defaultPatterns(): string[] {
  return DEFAULT_SITES.flatMap((s) => s.patterns);
}
