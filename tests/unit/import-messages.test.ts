import { describe, expect, test } from 'vitest';
import { datasetFromFile, gunzipInBrowser, jsonErrorPlace } from '../../lib/import/from-file';

const bytes = (text: string) => new TextEncoder().encode(text);
const refusal = (text: string, name: string) => datasetFromFile(bytes(text), gunzipInBrowser, undefined, name).then(() => 'read', (e: Error) => e.message);

describe('a file that is not what its name says', () => {
  test('a .json file that is not JSON says so, with line and column, never "players.csv"', async () => {
    const broken = '{\n  "format": "footnote-dataset",\n  "version": 1,\n  oops\n}';
    const message = await refusal(broken, 'my-data.json');
    expect(message).toBe('The file is not JSON: it breaks at line 4, column 3');
    expect(message).not.toMatch(/csv/i);
  });

  test('whatever it starts with (a .json of plain text, or cut short)', async () => {
    expect(await refusal('player_id,name\n1,A', 'export.JSON')).toMatch(/^The file is not JSON: it breaks at line 1, column 1/);
    expect(await refusal('{"format": "footnote-dataset", "clubs": [', 'cut.json')).toMatch(/^The file is not JSON: it breaks at line 1, column 4[0-9]/);
  });

  test('a .csv name is still read as a players.csv', async () => {
    expect(await refusal('not a csv at all', 'players.csv')).toMatch(/transfermarkt players\.csv/);
  });
});

describe('where JSON.parse stopped, from each browser\'s wording', () => {
  const text = 'ab\ncdef\ng';
  test.each([
    ['Unexpected token o in JSON at position 5', 'line 2, column 3'],
    ["Expected ',' or '}' after property value in JSON at position 5 (line 2 column 3)", 'line 2, column 3'],
    ['JSON.parse: unexpected character at line 2 column 3 of the JSON data', 'line 2, column 3'],
    ['Unexpected end of JSON input', 'line 3, column 2'],
  ])('%s', (message, place) => expect(jsonErrorPlace(text, message)).toBe(place));
});
