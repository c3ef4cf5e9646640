// @vitest-environment node
/** Issue 20, finding 5: a file import has the same size limit as an update, before and after gunzip. */
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { datasetFromFile, gunzipInBrowser, IMPORT_MAX_BYTES, tooLarge } from '../../lib/import/from-file';
import { UPDATE_MAX_BYTES } from '../../lib/update';
import { tinyDataset } from './fixtures';

const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('the import size limit', () => {
  test('is the update limit', () => {
    expect(IMPORT_MAX_BYTES).toBe(UPDATE_MAX_BYTES);
    expect(tooLarge('a.json', 63 * 1024 * 1024)).toBe('a.json is 63.0 MB; Footnote imports files up to 50.0 MB');
    expect(tooLarge('a.json', IMPORT_MAX_BYTES)).toBeUndefined();
  });

  test('a file over it is refused before it is parsed', async () => {
    const file = bytesOf(tinyDataset());
    await expect(datasetFromFile(file, gunzipInBrowser, file.byteLength - 1)).rejects.toThrow(/^The file is 0\.\d\d MB; Footnote imports files up to/);
    expect((await datasetFromFile(file, gunzipInBrowser, file.byteLength)).dataset.players).toHaveLength(2);
  });

  test('so is a small .gz that unpacks past it, and the unpacking stops there', async () => {
    const padded = { ...tinyDataset(), source: 'x'.repeat(900), note: ' '.repeat(4 * 1024 * 1024) };
    const gz = gzipSync(bytesOf(padded));
    expect(gz.byteLength).toBeLessThan(64 * 1024);
    let unpacked = 0;
    const counting = async (data: Uint8Array, max: number) => {
      const out = await gunzipInBrowser(data, max);
      unpacked = out.byteLength;
      return out;
    };
    await expect(datasetFromFile(gz, counting, 1024 * 1024)).rejects.toThrow(/^Unpacked, the file is over 1\.0 MB; Footnote imports files up to 1\.0 MB/);
    expect(unpacked).toBe(0);
    // Within the limit, the same file imports.
    await expect(datasetFromFile(gzipSync(bytesOf(tinyDataset())), gunzipInBrowser)).resolves.toMatchObject({ kind: 'json' });
  });
});
