// Prints how many bytes of dist/irev-widgets.js come from each package or folder (from its source map).
import { readFileSync } from 'node:fs';
const map = JSON.parse(readFileSync('dist/irev-widgets.js.map', 'utf8'));
const code = readFileSync('dist/irev-widgets.js', 'utf8');
const lines = code.split('\n');
const VLQ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decode(segment) {
  const out = [];
  let value = 0,
    shift = 0;
  for (const ch of segment) {
    const digit = VLQ.indexOf(ch);
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
const sizes = new Map();
let source = 0;
map.mappings.split(';').forEach((line, li) => {
  let col = 0;
  const segs = line.split(',').filter(Boolean).map(decode);
  segs.forEach((s, i) => {
    col += s[0];
    if (s.length > 1) source += s[1];
    const next = i + 1 < segs.length ? col + segs[i + 1][0] : lines[li].length;
    const name = map.sources[source]
      .replace(/^.*node_modules\//, '')
      .split('/')
      .slice(0, 2)
      .join('/');
    sizes.set(name, (sizes.get(name) ?? 0) + (next - col));
  });
});
const group = new Map();
for (const [k, v] of sizes) {
  const key = k.startsWith('@') ? k : k.split('/')[0].startsWith('..') ? k : k.split('/')[0];
  group.set(key, (group.get(key) ?? 0) + v);
}
[...group].sort((a, b) => b[1] - a[1]).forEach(([k, v]) => console.log(String(v).padStart(7), k));

// Approximate gzip share: each group's code gzipped on its own.
import { gzipSync } from 'node:zlib';
const chunks = new Map();
{
  let source = 0;
  map.mappings.split(';').forEach((line, li) => {
    let col = 0;
    const segs = line.split(',').filter(Boolean).map(decode);
    segs.forEach((s, i) => {
      col += s[0];
      if (s.length > 1) source += s[1];
      const next = i + 1 < segs.length ? col + segs[i + 1][0] : lines[li].length;
      const name = map.sources[source].replace(/^.*node_modules\//, '');
      const key = name.startsWith('@')
        ? name.split('/').slice(0, 2).join('/')
        : name.startsWith('..')
          ? name.split('/').slice(0, 4).join('/')
          : name.split('/')[0];
      chunks.set(key, (chunks.get(key) ?? '') + lines[li].slice(col, next));
    });
  });
}
console.log('\ngzip (alone):');
[...chunks]
  .map(([k, v]) => [k, gzipSync(v, { level: 9 }).length])
  .sort((a, b) => b[1] - a[1])
  .forEach(([k, v]) => console.log(String(v).padStart(7), k));
