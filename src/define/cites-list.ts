// `import 'irev-widgets/cites-list'`: defines <irev-cites-list> alone; the host's zod configuration is left as it is.
import { define } from '../core/base-element.js';
import { IrevCitesList } from '../components/cites-list/cites-list.js';

define('irev-cites-list', IrevCitesList);
