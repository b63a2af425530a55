// The module the script-tag loader imports when <irev-event-card> or a `data-irev-widget="event-card"` mount point appears.
import '../../core/jitless.js';
import { define } from '../../core/base-element.js';
import { IrevEventCard } from './event-card.js';

define('irev-event-card', IrevEventCard);
