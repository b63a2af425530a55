// `import 'irev-widgets/event-card'`: defines <irev-event-card> alone; the host's zod configuration is left as it is.
import { define } from '../core/base-element.js';
import { IrevEventCard } from '../components/event-card/event-card.js';

define('irev-event-card', IrevEventCard);
