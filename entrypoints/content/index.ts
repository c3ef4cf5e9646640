import { runFootnote } from './main';
import { claimNewest, guardStartedEvent } from './started-guard';

// Before WXT's context is made and announces itself: see started-guard.ts.
const token = claimNewest();

// Registered at run time by the background (entrypoints/background/registration.ts), for the tracked sites only.
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    guardStartedEvent(token, ctx.signal);
    void runFootnote(ctx);
  },
});
