/** The annotator's failure modes found by review (issue 11): a page change too large to follow record by record. */
import { matchingWith } from '../../lib/engine/page-matcher';
import { afterEach, describe, expect, test } from 'vitest';
import { compileWithWordLists } from '../../lib/engine/compile';
import { PageAnnotator } from '../../entrypoints/content/annotator';
import type { EntitySummary } from '../../lib/protocol';
import { engineDataset } from '../fixtures/engine-dataset';
import { everythingInView } from '../support/viewport';
import { writeNow } from '../support/writer';

const index = compileWithWordLists(engineDataset());
const summaries = async (ids: string[]): Promise<EntitySummary[]> =>
  ids.map((id) => ({ id, kind: 'player', name: id, asOf: '2026-02-05', rumourCount: 0, latestRumours: [], player: { id, name: id, clubId: 'liverpool', contract: { until: '2027-06-30' } } }) as EntitySummary);

const later = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Resolves when `fn` is true, or fails the test after `ms`. */
async function until(fn: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!fn()) {
    if (Date.now() > end) throw new Error('timed out');
    await later(20);
  }
}

afterEach(() => document.body.replaceChildren());

describe('a page change past the queue limit', () => {
  test('2,100 nodes added at once, then one more paragraph: all annotated, and the page settles', async () => {
    document.body.innerHTML = '<main><p>Arsenal midfielder Declan Rice scored in the derby.</p><div id="live"></div></main>';
    const annotator = new PageAnnotator(document.body, { viewport: everythingInView(), writer: writeNow, matching: matchingWith(index), summaries, today: '2026-12-01', frameBudgetMs: 200 });
    await annotator.start();
    const live = document.getElementById('live')!;
    // One mutation record per node: past the 2,000 records that make the annotator re-read the page.
    for (let i = 0; i < 2100; i++) {
      const p = document.createElement('p');
      p.textContent = `Item ${i}: the midfielder Declan Rice scored for Arsenal.`;
      live.append(p);
    }
    const rice = () => live.querySelectorAll(`[data-footnote-key="${annotator.keyOf('declan-rice')}"]`).length;
    await until(() => rice() === 2100, 15_000);
    // A deadlock never settles; the bound is only there so the test ends (generous: two busy cores take seconds).
    const settled = await Promise.race([annotator.settled().then(() => true), later(20_000).then(() => false)]);
    expect(settled).toBe(true);
    const last = document.createElement('p');
    last.id = 'last';
    last.textContent = 'Later: Chelsea defender Reece James is fit for the derby.';
    live.append(last);
    await until(() => !!last.querySelector(`[data-footnote-key="${annotator.keyOf('reece-james')}"]`));
    annotator.stop();
  }, 30_000);
});

describe('a failed summaries call', () => {
  const page = () => {
    document.body.innerHTML = '<main><p>Arsenal midfielder Declan Rice scored in the derby against Chelsea.</p></main>';
  };

  test('is retried: two failures, then badges', async () => {
    page();
    let calls = 0;
    const flaky = async (ids: string[]) => {
      if (++calls <= 2) throw new Error('background asleep');
      return summaries(ids);
    };
    const annotator = new PageAnnotator(document.body, { viewport: everythingInView(), writer: writeNow, matching: matchingWith(index), summaries: flaky, today: '2026-12-01', retryDelaysMs: [5, 5, 5] });
    await annotator.start();
    expect(calls).toBe(3);
    expect(document.querySelectorAll('span[data-footnote-badge]').length).toBeGreaterThan(0);
    expect(annotator.currentProblem()).toBeUndefined();
    annotator.stop();
  });

  test('that keeps failing is said: the names stay marked and the problem is reported', async () => {
    page();
    const broken = async () => {
      throw new Error('no dataset');
    };
    const annotator = new PageAnnotator(document.body, { viewport: everythingInView(), writer: writeNow, matching: matchingWith(index), summaries: broken, today: '2026-12-01', retryDelaysMs: [1, 1] });
    await annotator.start();
    expect(annotator.currentProblem()).toBe('summaries');
    expect(document.querySelectorAll('[data-footnote-key]').length).toBeGreaterThan(0);
    expect(document.querySelectorAll('span[data-footnote-badge]').length).toBe(0);
    annotator.stop();
  });
});

describe('a hidden tab', () => {
  test('does nothing until it is shown', async () => {
    document.body.innerHTML = '<main><p>Arsenal midfielder Declan Rice scored in the derby against Chelsea.</p></main>';
    let show!: () => void;
    const shown = new Promise<void>((r) => (show = r));
    const viewport = { ...everythingInView(), shown: () => shown };
    let asked = 0;
    const annotator = new PageAnnotator(document.body, { writer: writeNow, matching: matchingWith(index), summaries: (ids) => (asked++, summaries(ids)), today: '2026-12-01', viewport });
    const started = annotator.start();
    await later(200);
    expect(document.querySelectorAll('[data-footnote]').length).toBe(0);
    expect(asked).toBe(0);
    show();
    await started;
    expect(document.querySelectorAll('[data-footnote-key]').length).toBeGreaterThan(0);
    annotator.stop();
  });
});

describe('a busy browser', () => {
  test('places what it watches frames late: the page settles only once the near blocks are written', async () => {
    document.body.innerHTML = '<main><p>Arsenal midfielder Declan Rice scored in the derby against Chelsea.</p></main>';
    // The observer's first report comes six frames after a block is watched (CI machines have been that slow).
    const FRAMES_LATE = 6;
    let frames = 0;
    const due: Array<{ at: number; near: () => void }> = [];
    const viewport = {
      ...everythingInView(),
      watch: (_element: Element, near: () => void) => {
        due.push({ at: frames + FRAMES_LATE, near });
        return () => undefined;
      },
      pending: () => due.length > 0,
      frame: (write: () => void) =>
        void setTimeout(() => {
          frames++;
          for (const d of due.filter((d) => d.at <= frames)) {
            due.splice(due.indexOf(d), 1);
            d.near();
          }
          write();
        }, 0),
    };
    let writtenWhenSettled = -1;
    const annotator = new PageAnnotator(document.body, {
      writer: writeNow,
      matching: matchingWith(index),
      summaries,
      today: '2026-12-01',
      viewport,
      onSettled: () => (writtenWhenSettled = document.querySelectorAll('[data-footnote-key]').length),
    });
    await annotator.start();
    expect(writtenWhenSettled).toBeGreaterThan(0);
    annotator.stop();
  });
});

describe('the write part, loaded when first needed', () => {
  test('a page that names nobody never loads it', async () => {
    document.body.innerHTML = '<main><p>The council approved the new cycle lanes on Tuesday.</p></main>';
    let loads = 0;
    const annotator = new PageAnnotator(document.body, { viewport: everythingInView(), writer: (o) => (loads++, writeNow(o)), matching: matchingWith(index), summaries, today: '2026-12-01' });
    await annotator.start();
    expect(annotator.found()).toEqual([]);
    expect(loads).toBe(0);
    annotator.stop();
  });

  test('starts loading as soon as the page is found to name someone, before the summaries come back', async () => {
    document.body.innerHTML = '<main><p>Arsenal midfielder Declan Rice scored in the derby.</p></main>';
    let loads = 0;
    let loadsWhenSummariesAsked = -1;
    const annotator = new PageAnnotator(document.body, {
      viewport: everythingInView(),
      writer: (o) => (loads++, writeNow(o)),
      matching: matchingWith(index),
      summaries: (ids) => ((loadsWhenSummariesAsked = loads), summaries(ids)),
      today: '2026-12-01',
    });
    await annotator.start();
    expect(loadsWhenSummariesAsked).toBe(1);
    expect(loads).toBe(1);
    expect(document.querySelectorAll('span[data-footnote-badge]').length).toBeGreaterThan(0);
    annotator.stop();
  });

  test('that fails to load is said, the page settles with nothing of ours in it, and the next change loads it again', async () => {
    document.body.innerHTML = '<main><p>Arsenal midfielder Declan Rice scored in the derby.</p><div id="live"></div></main>';
    const html = document.body.innerHTML;
    let fail = true;
    let settled = 0;
    const annotator = new PageAnnotator(document.body, {
      viewport: everythingInView(),
      writer: (o) => (fail ? Promise.reject(new Error('no part')) : writeNow(o)),
      matching: matchingWith(index),
      summaries,
      today: '2026-12-01',
      onSettled: () => settled++,
    });
    await annotator.start();
    expect(annotator.currentProblem()).toBe('writer');
    expect(document.body.innerHTML).toBe(html);
    expect(settled).toBeGreaterThan(0);
    fail = false;
    const p = document.createElement('p');
    p.textContent = 'Chelsea want Declan Rice.';
    document.getElementById('live')!.append(p);
    await until(() => document.querySelectorAll('span[data-footnote-badge]').length > 0);
    expect(annotator.currentProblem()).toBeUndefined();
    annotator.stop();
    expect(document.body.innerHTML).toBe(html.replace('<div id="live"></div>', '<div id="live"><p>Chelsea want Declan Rice.</p></div>'));
  });
});

describe('the first badges', () => {
  test('blocks the walk placed near the reader are written without waiting for the viewport to report them', async () => {
    document.body.innerHTML = '<main><p id="near">Arsenal midfielder Declan Rice scored in the derby.</p><p id="far">Chelsea want Declan Rice.</p></main>';
    // An observer that never reports (a very busy page): only what the walk itself placed near is written.
    const viewport = {
      ...everythingInView(),
      place: (element: Element) => (element.id === 'far' ? ('below' as const) : ('near' as const)),
      watch: () => () => undefined,
      pending: () => false,
    };
    const annotator = new PageAnnotator(document.body, { writer: writeNow, matching: matchingWith(index), summaries, today: '2026-12-01', viewport });
    await annotator.start();
    expect(document.querySelectorAll('#near [data-footnote-key]').length).toBeGreaterThan(0);
    expect(document.querySelectorAll('#far [data-footnote-key]').length).toBe(0);
    annotator.stop();
  });
});

describe('our writes, with the page observer off', () => {
  test('a page change made just before a write batch is kept, and the writes themselves are never read back', async () => {
    document.body.innerHTML = '<main><p>Arsenal midfielder Declan Rice scored in the derby.</p><div id="live"></div></main>';
    const live = document.getElementById('live')!;
    let changed = false;
    let settled = 0;
    // The page changes while the batch reads its layout, after the observer's last delivery: the
    // records must be taken before the observer is switched off for our writes, or the change is lost.
    const writer: typeof writeNow = async (options) => {
      const made = await writeNow(options);
      const read = made.read.bind(made);
      made.read = (items) => {
        if (!changed) {
          changed = true;
          const p = document.createElement('p');
          p.textContent = 'Chelsea defender Reece James is fit for the derby.';
          live.append(p);
        }
        return read(items);
      };
      return made;
    };
    const annotator = new PageAnnotator(document.body, { viewport: everythingInView(), writer, matching: matchingWith(index), summaries, today: '2026-12-01', onSettled: () => settled++ });
    await annotator.start();
    expect(changed).toBe(true);
    await until(() => !!live.querySelector(`[data-footnote-key="${annotator.keyOf('reece-james')}"]`));
    await annotator.settled();
    const after = settled;
    // Nothing of ours was taken for a page change: no further batch comes.
    await later(700);
    expect(settled).toBe(after);
    annotator.stop();
  });
});

describe('switched off and on again', () => {
  test('while a summaries call waits: the new start is written, and settles', async () => {
    document.body.innerHTML = '<main><p>Arsenal midfielder Declan Rice scored in the derby.</p></main>';
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const slow = async (ids: string[]) => {
      if (calls++ === 0) await gate;
      return summaries(ids);
    };
    const annotator = new PageAnnotator(document.body, { viewport: everythingInView(), writer: writeNow, matching: matchingWith(index), summaries: slow, today: '2026-12-01' });
    void annotator.start();
    await until(() => calls === 1);
    annotator.stop();
    const again = annotator.start();
    // The old call answers only once the new start has queued its blocks.
    await later(100);
    release();
    // (Stranded, the new start's blocks would wait for the old call's preparation forever.)
    const settled = await Promise.race([again.then(() => true), later(5000).then(() => false)]);
    expect(settled).toBe(true);
    expect(document.querySelectorAll('span[data-footnote-badge]').length).toBeGreaterThan(0);
    annotator.stop();
  });
});
