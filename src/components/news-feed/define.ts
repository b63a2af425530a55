// The module the script-tag loader imports when <irev-news-feed> or a `data-irev-widget="news-feed"` mount point appears.
import '../../core/jitless.js';
import { define } from '../../core/base-element.js';
import { IrevNewsFeed } from './news-feed.js';

define('irev-news-feed', IrevNewsFeed);
