/**
 * The options page's list of the reader's corrections (made from a card's "Not this person" and
 * "Mute this name"), each with Undo. Undoing one brings those badges back on open tabs at once.
 */
import { useEffect, useState } from 'preact/hooks';
import { removeMuted, removeNotThis, type Corrections } from '../lib/corrections';

export interface CorrectionsApi {
  load: () => Promise<Corrections>;
  save: (c: Corrections) => Promise<void>;
  /** Called with every stored change (a card in another tab, another browser); returns the unwatch. */
  watch?: (onChange: (c: Corrections) => void) => () => void;
}

export function CorrectionsView({ api }: { api: CorrectionsApi }) {
  const [corrections, setCorrections] = useState<Corrections>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    api.load().then(setCorrections, (e: Error) => setError(e.message));
    return api.watch?.(setCorrections);
  }, []);
  const save = (next: Corrections) => {
    setError(undefined);
    const before = corrections;
    setCorrections(next);
    api.save(next).catch((e: Error) => {
      setCorrections(before);
      setError(`The change was not saved: ${e.message}`);
    });
  };
  const empty = corrections && !corrections.notThis.length && !corrections.muted.length;
  return (
    <section aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">Corrections</h2>
      <p class="muted small">
        When Footnote takes a name for the wrong person, its card has “Not this person” (that name on that site is never
        matched to that person again) and “Mute this name” (never marked anywhere). They sync with your other settings.
      </p>
      {error && <p class="error" role="alert">{error}</p>}
      {empty && <p class="muted">No corrections yet.</p>}
      {!!corrections?.notThis.length && (
        <>
          <h3>Not this person</h3>
          <ul class="corrections" aria-label="Names that are not this person">
            {corrections.notThis.map((c) => (
              <li key={`${c.site} ${c.form} ${c.entityId}`}>
                <span>
                  “<bdi>{c.label?.form ?? c.form}</bdi>” is not <bdi>{c.label?.name ?? c.entityId}</bdi> on <bdi>{c.site || 'this kind of page'}</bdi>
                </span>{' '}
                <button type="button" class="action" onClick={() => save(removeNotThis(corrections, c))}>Undo</button>
              </li>
            ))}
          </ul>
        </>
      )}
      {!!corrections?.muted.length && (
        <>
          <h3>Muted names</h3>
          <ul class="corrections" aria-label="Muted names">
            {corrections.muted.map((m) => (
              <li key={m.form}>
                <span>“<bdi>{m.label ?? m.form}</bdi>”, everywhere</span>{' '}
                <button type="button" class="action" onClick={() => save(removeMuted(corrections, m.form))}>Undo</button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
