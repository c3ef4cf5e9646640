import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options } from '../../components/Options';
import { ask } from '../../components/ask';
import { isoDay } from '../../lib/dataset/dates';
import { readPrefs } from '../../lib/prefs';
import '../../components/styles.css';

render(
  <Options
    api={{
      status: () => ask('status'),
      sites: () => ask('sites'),
      sitesApi: {
        // The permission request starts in the submit handler itself, before any await.
        add: (input, patterns) =>
          browser.permissions.request({ origins: patterns }).then(async (granted) => {
            if (!granted) throw new Error(`Footnote needs your permission to read ${input}.`);
            const { state, error } = await ask('site-add', { input });
            if (error) throw new Error(error);
            return state;
          }),
        enable: (id, enabled) => ask('site-enable', { id, enabled }),
        remove: (id) => ask('site-remove', { id }),
        reset: () => ask('sites-reset'),
        pause: (paused) => ask('sites-pause', { paused }),
      },
      prefs: async () => readPrefs((await browser.storage.local.get('prefs')).prefs),
      savePrefs: (prefs) => browser.storage.local.set({ prefs }),
    }}
    today={isoDay(new Date())}
  />,
  document.getElementById('app')!,
);
