// demo/builder.html: the embed-code builder on the demo's sample data.
import manifest from '../custom-elements.json';
import { mountEmbedBuilder } from '../src/embed/embed-builder.js';
import { sampleValues } from '../src/embed/sample-values.js';

mountEmbedBuilder(document.getElementById('builder')!, manifest, {
  widget: 'news-feed',
  initialValues: sampleValues('data/'),
});
