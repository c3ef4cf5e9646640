import { runFootnote } from '../content/main';

// Registered at run time by the background (worker/registration.ts), for the tracked sites only.
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    void runFootnote(ctx);
  },
});
