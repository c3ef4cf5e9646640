// Converts a picked file off the page's thread: a large transfermarkt file takes seconds.
import { datasetFromFile, gunzipInBrowser, ImportProblems } from '../../lib/import/from-file';

self.onmessage = async (event: MessageEvent<ArrayBuffer>) => {
  try {
    const result = await datasetFromFile(new Uint8Array(event.data), gunzipInBrowser);
    self.postMessage({ ok: true, result });
  } catch (error) {
    const problems = error instanceof ImportProblems ? error.problems : [];
    self.postMessage({ ok: false, message: (error as Error).message, problems });
  }
};
