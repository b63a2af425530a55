import { define } from './core/base-element.js';
import { IrevCitesList } from './components/cites-list/cites-list.js';
import { IrevNewsFeed } from './components/news-feed/news-feed.js';
import { IrevEventCard } from './components/event-card/event-card.js';
import { IrevEvents } from './components/events/events.js';
import { IrevRegistrationForm } from './components/registration-form/registration-form.js';

/** Every element of the library, by tag. */
export const elements = {
  'irev-cites-list': IrevCitesList,
  'irev-news-feed': IrevNewsFeed,
  'irev-event-card': IrevEventCard,
  'irev-events': IrevEvents,
  'irev-registration-form': IrevRegistrationForm,
} as const;

/** Defines every element; safe to call twice. */
export function defineAll(): void {
  for (const [tag, constructor] of Object.entries(elements)) define(tag, constructor);
}

declare global {
  interface HTMLElementTagNameMap {
    'irev-cites-list': IrevCitesList;
    'irev-news-feed': IrevNewsFeed;
    'irev-event-card': IrevEventCard;
    'irev-events': IrevEvents;
    'irev-registration-form': IrevRegistrationForm;
  }
}
