// Prints what every page loads is made of (dist/irev-widgets.js and the core file it imports), per package or source
// folder: minified bytes, and gzip bytes of each part compressed alone (the whole compresses a little better than the
// sum). Reads the files' source maps. DETAIL=1 lists each module file instead of each package or folder.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : ['irev-widgets.js', ...readdirSync('dist').filter((file) => /^irev-widgets-core-.*\.js$/.test(file))];
const VLQ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decode(segment) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = VLQ.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >> 1) : value >> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}
/** `lit-html`, `@lit/localize`, `../src/core/dates.ts`, `../src/components/news-feed`… */
function groupOf(source) {
  if (process.env.DETAIL) return source.replace(/^.*node_modules\//, '');
  const name = source.replace(/^.*node_modules\//, '');
  if (name.startsWith('@')) return name.split('/').slice(0, 2).join('/');
  if (name.startsWith('..')) return name.split('/').slice(0, 4).join('/');
  return name.split('/')[0];
}

const code = new Map();
for (const file of files) {
  const map = JSON.parse(readFileSync(`dist/${file}.map`, 'utf8'));
  const lines = readFileSync(`dist/${file}`, 'utf8').split('\n');
  let source = 0;
  map.mappings.split(';').forEach((line, index) => {
    let column = 0;
    const segments = line.split(',').filter(Boolean).map(decode);
    segments.forEach((segment, i) => {
      column += segment[0];
      if (segment.length > 1) source += segment[1];
      const next = i + 1 < segments.length ? column + segments[i + 1][0] : lines[index].length;
      const group = groupOf(map.sources[source]);
      code.set(group, (code.get(group) ?? '') + lines[index].slice(column, next));
    });
  });
}
console.log('    min   gzip  part');
[...code]
  .map(([group, text]) => [group, text.length, gzipSync(text, { level: 9 }).length])
  .sort((a, b) => b[2] - a[2])
  .forEach(([group, min, gz]) => console.log(`${String(min).padStart(7)} ${String(gz).padStart(6)}  ${group}`));
