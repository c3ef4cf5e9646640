import { describe, expect, test } from 'vitest';
import { compileWithWordLists } from '../../lib/engine/compile';
import { findMentions } from '../../lib/engine/page-matcher';
import {
  addMuted, addNotThis, correctionsForSite, NO_CORRECTIONS, readCorrections, removeMuted, removeNotThis,
} from '../../lib/corrections';
import { engineDataset } from '../fixtures/engine-dataset';

const index = compileWithWordLists(engineDataset());
const text = 'Liverpool defender Ibrahima Konaté is wanted by Real Madrid. Konaté has not signed.';
const found = (corrections?: ReturnType<typeof correctionsForSite>) =>
  findMentions(index, text, { corrections }).map((m) => `${m.text}=${m.entityId}`);

describe('corrections in the matcher', () => {
  test('without corrections the page matches as always', () => {
    expect(found()).toContain('Konaté=ibrahima-konate');
  });

  test('"Not this person" drops that name for that person on that site only', () => {
    const c = addNotThis(NO_CORRECTIONS, { site: 'example.com', form: 'Konaté', entityId: 'ibrahima-konate' });
    const here = found(correctionsForSite(c, 'example.com'));
    expect(here).not.toContain('Konaté=ibrahima-konate');
    // His full name is another form: still marked.
    expect(here).toContain('Ibrahima Konaté=ibrahima-konate');
    expect(here).toContain('Liverpool=liverpool');
    expect(found(correctionsForSite(c, 'elsewhere.org'))).toContain('Konaté=ibrahima-konate');
  });

  test('a muted name is never marked, whoever it is, on every site; case and accents do not matter', () => {
    const c = addMuted(NO_CORRECTIONS, 'KONATE');
    for (const site of ['example.com', undefined]) {
      const list = found(correctionsForSite(c, site));
      expect(list.filter((m) => m.startsWith('Konaté='))).toEqual([]);
      expect(list).toContain('Real Madrid=real-madrid');
    }
  });
});

describe('corrections as data', () => {
  test('adding twice keeps one; undo removes exactly that one', () => {
    let c = addNotThis(NO_CORRECTIONS, { site: 'a.com', form: 'Kane', entityId: 'harry-kane' });
    c = addNotThis(c, { site: 'a.com', form: 'KANE', entityId: 'harry-kane' });
    c = addNotThis(c, { site: 'b.com', form: 'Kane', entityId: 'harry-kane' });
    c = addMuted(addMuted(c, 'Real'), 'real');
    expect(c.notThis).toHaveLength(2);
    expect(c.muted).toEqual([{ form: 'real', label: 'Real' }]);
    c = removeNotThis(c, { site: 'a.com', form: 'Kane', entityId: 'harry-kane' });
    expect(c.notThis.map((x) => x.site)).toEqual(['b.com']);
    expect(removeMuted(c, 'Real').muted).toEqual([]);
  });

  test('stored garbage loses only what cannot be understood', () => {
    const read = readCorrections({
      notThis: [{ site: 'a.com', form: 'Kané', entityId: 'harry-kane', label: { form: 'Kané', name: 'Harry Kane' } }, { site: 3 }, null, 'x'],
      muted: [{ form: 'Real', label: 'Real' }, { form: '' }, 7, { form: 'x'.repeat(500) }],
    });
    expect(read).toEqual({
      notThis: [{ site: 'a.com', form: 'kane', entityId: 'harry-kane', label: { form: 'Kané', name: 'Harry Kane' } }],
      muted: [{ form: 'real', label: 'Real' }],
    });
    expect(readCorrections(undefined)).toEqual(NO_CORRECTIONS);
    expect(readCorrections('nonsense')).toEqual(NO_CORRECTIONS);
  });
});
