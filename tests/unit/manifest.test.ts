import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import config from '../../wxt.config';

type ManifestFn = (env: { browser: string; mode: string; manifestVersion: number; command: string }) => Record<string, unknown>;
const manifest = (browser: string, mode: string) =>
  (config.manifest as unknown as ManifestFn)({ browser, mode, manifestVersion: 3, command: 'build' });

describe('the manifest', () => {
  test.each(['chrome', 'firefox'])('production %s: no local hosts, no broad patterns, minimal permissions', (browser) => {
    const m = manifest(browser, 'production');
    const hosts = m.host_permissions as string[];
    expect(hosts.length).toBeGreaterThan(10);
    for (const host of hosts) {
      expect(host).not.toMatch(/127\.0\.0\.1|localhost/);
      expect(host).not.toMatch(/^(<all_urls>|\*:\/\/\*\/\*|https?:\/\/\*\/)/);
      expect(host).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//);
    }
    expect(m.permissions).toEqual(['storage', 'scripting', 'activeTab', 'alarms']);
    // Any site the reader adds, and transfermarkt-datasets' origin for the one-click source.
    expect(m.optional_host_permissions).toEqual(['*://*/*', 'https://pub-e682421888d945d684bcae8890b0ec20.r2.dev/*']);
  });

  test('production builds keep every shadow root closed; only test builds may open them, on pages that ask', () => {
    type ViteFn = (env: { mode: string }) => { define: Record<string, string> };
    const define = (mode: string) => (config.vite as unknown as ViteFn)({ mode }).define;
    expect(define('production').__FOOTNOTE_OPENABLE_SHADOWS__).toBe('false');
    expect(define('development').__FOOTNOTE_OPENABLE_SHADOWS__).toBe('false');
    expect(define('test').__FOOTNOTE_OPENABLE_SHADOWS__).toBe('true');
  });

  test('test builds may run on local pages', () => {
    expect(manifest('chrome', 'test').host_permissions).toContain('http://127.0.0.1/*');
  });

  test('Firefox gets its id and data-collection declaration, for desktop and Android from the versions that read it', () => {
    expect(manifest('firefox', 'production').browser_specific_settings).toEqual({
      gecko: { id: 'footnote@footnote.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
    expect(manifest('chrome', 'production').browser_specific_settings).toBeUndefined();
  });

  test('the icons WXT puts in the manifest exist at every size, as PNGs of that size', () => {
    for (const size of [16, 32, 48, 128]) {
      const file = `public/icon/${size}.png`;
      expect(existsSync(file), file).toBe(true);
      const png = readFileSync(file);
      // The PNG header's width and height (IHDR, big-endian, bytes 16-23).
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});
