// The module the script-tag loader imports when <irev-cites-list> or a `data-irev-widget="cites-list"` mount point appears.
import '../../core/jitless.js';
import { define } from '../../core/base-element.js';
import { IrevCitesList } from './cites-list.js';

define('irev-cites-list', IrevCitesList);
