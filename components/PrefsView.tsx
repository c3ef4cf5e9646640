import type { Prefs } from '../lib/prefs';

export function PrefsView({ prefs, onChange }: { prefs: Prefs; onChange: (p: Prefs) => void }) {
  return (
    <section aria-labelledby="prefs-heading">
      <h2 id="prefs-heading">Badges</h2>
      <fieldset>
        <legend>Show</legend>
        <label class="switch">
          <input type="checkbox" checked={prefs.badges.contract} onChange={(e) => onChange({ ...prefs, badges: { ...prefs.badges, contract: (e.target as HTMLInputElement).checked } })} />
          <span>Contract badges</span>
        </label>
        <label class="switch">
          <input type="checkbox" checked={prefs.badges.rumours} onChange={(e) => onChange({ ...prefs, badges: { ...prefs.badges, rumours: (e.target as HTMLInputElement).checked } })} />
          <span>Rumour badges</span>
        </label>
        <label class="switch">
          <input type="checkbox" checked={prefs.compact} onChange={(e) => onChange({ ...prefs, compact: (e.target as HTMLInputElement).checked })} />
          <span>Compact badges (coloured dots)</span>
        </label>
        <label class="switch">
          <input type="checkbox" checked={prefs.markNames} onChange={(e) => onChange({ ...prefs, markNames: (e.target as HTMLInputElement).checked })} />
          <span>Underline recognised names (dotted, where a mouse can hover)</span>
        </label>
      </fieldset>
      <label class="row">
        <span>Hover delay before a card opens</span>
        <input type="range" min={100} max={1000} step={50} value={prefs.hoverDelay} onInput={(e) => onChange({ ...prefs, hoverDelay: Number((e.target as HTMLInputElement).value) })} />
        <span>{prefs.hoverDelay} ms</span>
      </label>
    </section>
  );
}
