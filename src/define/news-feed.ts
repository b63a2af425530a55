// `import 'irev-widgets/news-feed'`: defines <irev-news-feed> alone; the host's zod configuration is left as it is.
import { define } from '../core/base-element.js';
import { IrevNewsFeed } from '../components/news-feed/news-feed.js';

define('irev-news-feed', IrevNewsFeed);
