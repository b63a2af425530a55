// Loaded by the script-tag loader once a page holds a `data-irev-widget` mount point: turns each into its element
// (the loader loads that element's module) and tells the editor about a name that is no widget.
import './jitless.js';
import { upgradeMountPoints } from './mount-points.js';

upgradeMountPoints();
