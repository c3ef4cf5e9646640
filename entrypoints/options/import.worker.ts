// Converts a picked file off the page's thread: a large transfermarkt file takes seconds.
import { datasetFromFile, gunzipInBrowser, ImportProblems } from '../../lib/import/from-file';

/** The page sends the file's bytes and its name (a .json name means the file must be JSON). */
self.onmessage = async (event: MessageEvent<{ buffer: ArrayBuffer; name: string }>) => {
  try {
    const result = await datasetFromFile(new Uint8Array(event.data.buffer), gunzipInBrowser, undefined, event.data.name);
    self.postMessage({ ok: true, result });
  } catch (error) {
    const problems = error instanceof ImportProblems ? error.problems : [];
    self.postMessage({ ok: false, message: (error as Error).message, problems });
  }
};
