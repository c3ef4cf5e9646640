/** One browser with the built extension, and the local server, for a test file. */
import { after, before } from 'node:test';
import { launch, track, type Session } from '../../scripts/chromium';
import { serve, type StaticServer } from '../../scripts/serve';

export interface Browser {
  session: Session;
  server: StaticServer;
}

/**
 * Starts Chromium and the server before the file's tests and stops them after. With
 * `trackLocal`, Footnote is switched on for 127.0.0.1 (the page tests' site) first.
 */
export function useBrowser(options: { trackLocal?: boolean; routes?: Parameters<typeof serve>[0]; skip?: boolean } = {}): Browser {
  const env = {} as Browser;
  before(async () => {
    if (options.skip) return;
    env.session = await launch();
    env.server = await serve(options.routes);
    if (options.trackLocal) await track(env.session, '127.0.0.1');
  });
  after(async () => {
    await env.session?.close();
    await env.server?.close();
  });
  return env;
}
