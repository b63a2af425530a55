// `import 'irev-widgets/events'`: defines <irev-events> alone; the host's zod configuration is left as it is.
import { define } from '../core/base-element.js';
import { IrevEvents } from '../components/events/events.js';

define('irev-events', IrevEvents);
