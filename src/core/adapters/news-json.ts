import { collectionOf } from '../collection.js';
import { parseJson } from '../fetch-document.js';
import type { NewsAdapter } from './index.js';
import { ACCEPT } from '../prefetch.js';

/** The project's own JSON: `{"news": [...]}` (or the bare list), items already in the `newsItem` shape. */
export const newsJsonAdapter: NewsAdapter = {
  accept: ACCEPT.irev,
  read: (doc) => collectionOf(parseJson(doc), 'news', doc.url),
  fromData: (data, base) => collectionOf(data, 'news', base),
};
