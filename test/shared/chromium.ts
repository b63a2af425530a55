// Commands that read what Chromium itself exposes, through the DevTools protocol (test/plugins/chromium-commands.mjs).
// Chromium-only by nature: in another engine each answers null here, and the tests keep a plain DOM check beside them.
import { executeServerCommand } from '@web/test-runner-commands';

/** A node of Chromium's accessibility tree: its role, its accessible name, its level for a heading. */
export interface AXNode {
  role: string;
  name: string;
  level?: number;
}

/** Chromium's full accessibility tree of the page as it is now, shadow roots included (CDP `Accessibility.getFullAXTree`). */
export const accessibilityTree = async () => (await executeServerCommand<AXNode[] | false, undefined>('ax-tree')) || null;

/** Emulates `forced-colors: active` (Windows high contrast), or stops; null when the engine cannot. */
export const forcedColors = async (active: boolean) =>
  (await executeServerCommand<true | false, { active: boolean }>('forced-colors', { active })) || null;

/** Writes a PNG of the page under test-results/ for a person to look at; its path, or null. */
export const screenshot = async (path: string) =>
  (await executeServerCommand<string | false, { path: string }>('screenshot', { path })) || null;

/** Two frames later: styles, layout and the accessibility tree caught up with the DOM. */
export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
