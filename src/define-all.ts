import { define } from './core/base-element.js';
import { IrevCitesList } from './components/cites-list/cites-list.js';

/** Every element of the library, by tag. */
export const elements = {
  'irev-cites-list': IrevCitesList,
} as const;

/** Defines every element; safe to call twice. */
export function defineAll(): void {
  for (const [tag, constructor] of Object.entries(elements)) define(tag, constructor);
}

declare global {
  interface HTMLElementTagNameMap {
    'irev-cites-list': IrevCitesList;
  }
}
