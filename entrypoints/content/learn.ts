/**
 * When to learn while reading: after a batch settles, once the page has been quiet a moment (a
 * live blog keeps growing). What is learned, and whether this page may be, is the learner's
 * (entrypoints/learn/learner.ts), loaded the first time it is wanted.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Learner, LearnSource } from '../learn/learner';

const QUIET_MS = 1500;

export function learnWhileReading(ctx: ContentScriptContext, deps: { load: () => Promise<Learner>; onSent?: (times: number, learning: boolean) => void }) {
  let learner: Promise<Learner> | undefined;
  let timer: number | undefined;
  let count = 0;
  const send = async (source: LearnSource) => {
    learner ??= deps.load();
    const learning = await (await learner)(source);
    deps.onSent?.(++count, learning);
  };
  return (source: LearnSource) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => void send(source).catch((e) => {
      learner = undefined;
      console.error('Footnote: could not learn from this page', e);
    }), QUIET_MS);
  };
}
