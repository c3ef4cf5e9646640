import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options } from '../../components/Options';
import { storage } from 'wxt/utils/storage';
import { createAsk } from '../../lib/messaging/client';
import { askToAddSite } from '../../lib/messaging/add-site';
import { loadCorrections, loadPrefs, storageItems } from '../../lib/storage-items';
import { today } from '../../lib/clock';
import { tooLarge, type FileImport } from '../../lib/import/from-file';
import { checkUpdateAddress } from '../../lib/update';
import { upstreamOrigin } from '../../lib/upstream-source';
import ImportWorker from './import.worker?worker';

const ask = createAsk((message) => browser.runtime.sendMessage(message));
const items = storageItems(storage);

/** Reads and converts a file in a worker, so the page stays responsive however large it is. */
function readInWorker(file: File): Promise<FileImport> {
  const big = tooLarge(file.name, file.size);
  if (big) return Promise.reject(new Error(big));
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
        worker.postMessage({ buffer, name: file.name }, [buffer]);
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
        add: (input) =>
          askToAddSite(input, {
            ask,
            requestOrigins: (origins) => browser.permissions.request({ origins }),
            notePending: (siteId) => items.pendingSite.setValue(siteId),
          }),
        enable: (id, enabled) => ask('site-enable', { id, enabled }),
        remove: (id) => ask('site-remove', { id }),
        reset: () => ask('sites-reset'),
        pause: (paused) => ask('sites-pause', { paused }),
      },
      prefs: () => loadPrefs(items),
      savePrefs: (prefs) => items.prefs.setValue(prefs),
      corrections: {
        load: () => loadCorrections(items),
        save: (c) => items.corrections.setValue(c),
        watch: (onChange) => items.corrections.watch(onChange),
      },
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
            // The background checks it too; checked here first, the reader is never asked to grant an origin it would refuse.
            // No port: match patterns with one are a separate permission in Firefox (prompted for
            // even where the host is granted), and a pattern without one covers every port.
            const { protocol, hostname } = new URL(checkUpdateAddress(url, { allowLocalHttp: import.meta.env.MODE !== 'production' }).origin);
            origin = `${protocol}//${hostname}/*`;
          } catch (error) {
            return Promise.reject(error);
          }
          return browser.permissions.request({ origins: [origin] }).then((granted) => {
            if (!granted) throw new Error(`Footnote needs your permission to download from ${origin.slice(0, -2)}`);
            return ask('update-set-url', { url });
          });
        },
        updateNow: (force) => ask('update-now', { force }),
        confirmUpdate: () => ask('update-confirm'),
        declineUpdate: () => ask('update-decline'),
        upstream: {
          get: () => ask('upstream-get'),
          // The source's origin is asked for in the click itself, before anything is awaited.
          enable: () => {
            const origin = upstreamOrigin();
            return browser.permissions.request({ origins: [origin] }).then((granted) => {
              if (!granted) throw new Error(`Footnote needs your permission to download from ${origin.slice(0, -2)}`);
              return ask('upstream-enable');
            });
          },
          now: (force) => ask('upstream-now', { force }),
        },
      },
      learned: {
        summary: () => ask('learned-summary'),
        forget: (site) => ask('learned-forget', { site }),
        sites: () => ask('learn-sites'),
        setSite: (id, learn) => ask('learn-site-set', { id, learn }),
        exportFile: (addresses) => ask('learned-export', { addresses }),
        save: (file, name) => {
          const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 1)], { type: 'application/json' }));
          const link = Object.assign(document.createElement('a'), { href: url, download: name });
          link.click();
          setTimeout(() => URL.revokeObjectURL(url), 10_000);
        },
        importFile: (file) => ask('learned-import', { file }),
      },
    }}
    today={today()}
  />,
  document.getElementById('app')!,
);
