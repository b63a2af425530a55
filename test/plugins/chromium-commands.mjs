// Test-runner commands that read what Chromium itself exposes, through the DevTools protocol (CDP): its accessibility
// tree, forced-colours emulation and screenshots. Chromium-only by nature: in another engine each returns false, and the
// tests keep their plain DOM checks there.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

/** The puppeteer page of a test session, when it is Chromium driven by puppeteer; else undefined. */
function chromiumPage(session) {
  if (session.browser.type !== 'puppeteer') return undefined;
  const page = session.browser.getPage(session.id);
  // Firefox is driven by the same puppeteer over WebDriver BiDi: it has createCDPSession, which throws there.
  if (typeof page?.createCDPSession !== 'function' || page.browser?.().protocol !== 'cdp') return undefined;
  return page;
}

const value = (property) => property?.value ?? '';

/** The CDP session that holds each page's media emulation. */
const emulation = new WeakMap();

/**
 * `ax-tree`: every node of the page's full accessibility tree that is not ignored, as `{role, name, level?}`
 * (shadow roots included: the tree follows the flat tree), read as it is now, without scrolling.
 * `forced-colors`: `{active: boolean}` emulates `forced-colors: active` (Windows high contrast) or stops it.
 * `screenshot`: `{path}` writes a PNG of the viewport under test-results/ for a person to look at.
 */
export function chromiumCommands() {
  return {
    name: 'irev-chromium-commands',
    async executeCommand({ command, payload, session }) {
      if (!['ax-tree', 'forced-colors', 'screenshot'].includes(command)) return undefined;
      const page = chromiumPage(session);
      // false, not null: the test runner reads null and undefined alike as « no plugin knows this command ».
      if (!page) return false;
      if (command === 'forced-colors') {
        // Straight through CDP (puppeteer's emulateMediaFeatures refuses this feature); the session stays attached,
        // as the emulation lasts only as long as it does.
        if (!emulation.has(page)) emulation.set(page, await page.createCDPSession());
        const features = [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }];
        await emulation.get(page).send('Emulation.setEmulatedMedia', { features });
        return true;
      }
      if (command === 'screenshot') {
        const path = `test-results/${String(payload.path).replace(/[^\w.-]+/g, '-')}`;
        await mkdir(dirname(path), { recursive: true });
        await page.screenshot({ path, fullPage: true });
        return path;
      }
      const cdp = await page.createCDPSession();
      try {
        await cdp.send('Accessibility.enable');
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        return nodes
          .filter((node) => !node.ignored)
          .map((node) => {
            const level = node.properties?.find((property) => property.name === 'level');
            return {
              role: value(node.role),
              name: value(node.name),
              ...(level ? { level: value(level.value) } : {}),
            };
          });
      } finally {
        await cdp.detach();
      }
    },
  };
}
