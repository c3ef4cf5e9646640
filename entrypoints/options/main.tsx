import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options } from '../../components/Options';
import { ask } from '../../components/ask';
import { isoDay } from '../../lib/dataset/dates';
import { readPrefs } from '../../lib/prefs';
import type { FileImport } from '../../lib/import/from-file';
import ImportWorker from './import.worker?worker';

/** Reads and converts a file in a worker, so the page stays responsive however large it is. */
function readInWorker(file: File): Promise<FileImport> {
  return file.arrayBuffer().then(
    (buffer) =>
      new Promise((resolve, reject) => {
        const worker = new ImportWorker();
        worker.onmessage = (event: MessageEvent) => {
          worker.terminate();
          const reply = event.data as { ok: true; result: FileImport } | { ok: false; message: string; problems: string[] };
          if (reply.ok) resolve(reply.result);
          else reject(Object.assign(new Error(reply.message), { problems: reply.problems }));
        };
        worker.onerror = (event) => {
          worker.terminate();
          reject(new Error(event.message || 'The file could not be read'));
        };
        worker.postMessage(buffer, [buffer]);
      }),
  );
}
import '../../components/styles.css';

render(
  <Options
    api={{
      status: () => ask('status'),
      sites: () => ask('sites'),
      sitesApi: {
        // The permission request starts in the submit handler itself, before any await.
        add: (input, patterns) => {
          void browser.storage.session.set({ pendingSite: input });
          return browser.permissions.request({ origins: patterns }).then(async (granted) => {
            if (!granted) throw new Error(`Footnote needs your permission to read ${input}.`);
            const { state, error } = await ask('site-add', { input });
            if (error) throw new Error(error);
            return state;
          });
        },
        enable: (id, enabled) => ask('site-enable', { id, enabled }),
        remove: (id) => ask('site-remove', { id }),
        reset: () => ask('sites-reset'),
        pause: (paused) => ask('sites-pause', { paused }),
      },
      prefs: async () => readPrefs((await browser.storage.local.get('prefs')).prefs),
      savePrefs: (prefs) => browser.storage.local.set({ prefs }),
      sources: {
        layers: () => ask('layers'),
        removeLayer: (id) => ask('layer-remove', { id }),
        readFile: readInWorker,
        addLayer: (label, dataset) => ask('layer-add', { label, dataset }),
        progress: async () => {
          const s = await ask('status');
          return s.state === 'installing' ? s.progress : undefined;
        },
        update: () => ask('update-get'),
        // The address's origin is asked for in the click itself; an empty address needs nothing.
        setUpdateUrl: (url) => {
          if (!url.trim()) return ask('update-set-url', { url: '' });
          let origin: string;
          try {
            // No port: match patterns with one are a separate permission in Firefox (prompted for
            // even where the host is granted), and a pattern without one covers every port.
            const { protocol, hostname } = new URL(url.trim());
            origin = `${protocol}//${hostname}/*`;
          } catch {
            return ask('update-set-url', { url });
          }
          return browser.permissions.request({ origins: [origin] }).then((granted) => {
            if (!granted) throw new Error(`Footnote needs your permission to download from ${origin.slice(0, -2)}`);
            return ask('update-set-url', { url });
          });
        },
        updateNow: (force) => ask('update-now', { force }),
      },
    }}
    today={isoDay(new Date())}
  />,
  document.getElementById('app')!,
);
