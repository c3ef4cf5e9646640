/** Search anyone in the dataset; arrows move, Enter opens. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchHit } from '../lib/protocol';
import { KIND_WORDS } from './format';

interface Props {
  search: (query: string) => Promise<SearchHit[]>;
  onOpen: (id: string) => void;
  query: string;
  onQuery: (query: string) => void;
}

export function SearchView({ search, onOpen, query, onQuery }: Props) {
  const [hits, setHits] = useState<SearchHit[] | undefined>(undefined);
  const [error, setError] = useState<string>();
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    let current = true;
    if (!query.trim()) {
      setHits(undefined);
      return;
    }
    search(query)
      .then((found) => {
        if (!current) return;
        setHits(found);
        setActive(0);
        setError(undefined);
      })
      .catch((e: Error) => current && setError(e.message));
    return () => {
      current = false;
    };
  }, [query]);

  const onKey = (e: KeyboardEvent) => {
    if (!hits?.length) return;
    if (e.key === 'ArrowDown') setActive((a) => Math.min(hits.length - 1, a + 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
    else if (e.key === 'Enter') {
      const hit = hits[active];
      if (hit) onOpen(hit.id);
    } else return;
    e.preventDefault();
  };

  return (
    <div class="search">
      <input
        ref={input}
        type="search"
        placeholder="Search players, clubs, staff"
        aria-label="Search the dataset"
        // Only while the list is there: a reference to a missing element is invalid ARIA (axe: aria-valid-attr-value).
        aria-controls={hits?.length ? 'search-results' : undefined}
        aria-activedescendant={hits?.length ? `hit-${active}` : undefined}
        value={query}
        onInput={(e) => onQuery((e.target as HTMLInputElement).value)}
        onKeyDown={onKey}
      />
      {error && <p class="error" role="alert">Search failed: {error}</p>}
      {hits && hits.length === 0 && <p class="muted" role="status">Nobody in the dataset matches “{query}”.</p>}
      {hits && hits.length > 0 && (
        <ul id="search-results" role="listbox" aria-label="Search results" class="hits">
          {hits.map((hit, i) => (
            <li
              key={hit.id}
              id={`hit-${i}`}
              role="option"
              aria-selected={i === active}
              class="hit"
              data-id={hit.id}
              onClick={() => onOpen(hit.id)}
              onMouseEnter={() => setActive(i)}
            >
              <span class="hit__name">{hit.name}</span>
              <span class="hit__detail">{KIND_WORDS[hit.kind]}{hit.detail ? ` · ${hit.detail}` : ''}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
