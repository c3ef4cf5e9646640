import { runFootnote } from './main';

// Registered at run time by the background (entrypoints/background/registration.ts), for the tracked sites only.
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    void runFootnote(ctx);
  },
});
