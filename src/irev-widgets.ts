// The script-tag entry: `<script type="module" src="irev-widgets.js">` defines every element and
// turns `data-irev-widget` mount points into widgets. Nothing else reaches the page's global scope.
import { config } from 'zod/mini';
import { defineAll } from './define-all.js';
import { upgradeMountPoints } from './core/mount-points.js';

// This copy of zod is ours alone: never try `new Function` (a strict CSP would report it as a violation).
config({ jitless: true });
defineAll();
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', () => upgradeMountPoints(), { once: true });
} else {
  upgradeMountPoints();
}

export { defineAll };
