// The demo endpoint's storage: an append-only NDJSON log, one accepted registration a line, synced to disk before the
// endpoint answers, so that a registration it confirmed is still there after a crash or a restart.
import { mkdir, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * @typedef {object} StoredRegistration
 * @property {string} id The id answered to the sender (`id` for JSON, `sid` for webform_rest).
 * @property {string | null} key The sender's Idempotency-Key, if it gave one.
 * @property {string} receivedAt ISO date of acceptance.
 * @property {'json' | 'webform'} format The contract it came through.
 * @property {string} [webformId] The webform it was submitted to.
 * @property {Record<string, unknown>} registration The answers, as the shared schema parsed them.
 */

/**
 * @typedef {object} RegistrationStore
 * @property {string} file The NDJSON file.
 * @property {StoredRegistration[]} records Every accepted registration, oldest first.
 * @property {number[]} skippedLines Line numbers (1-based) that could not be read back (a torn last line after a crash).
 * @property {(key: string) => StoredRegistration | undefined} byKey The registration already accepted under a key.
 * @property {(record: StoredRegistration) => Promise<void>} append Writes a record and syncs it to disk.
 * @property {() => Promise<void>} close
 */

const isRecord = (value) => typeof value === 'object' && value !== null && typeof value.id === 'string';

/**
 * Opens (or creates) the log in `dir` and reads back what it holds. A line that cannot be read (the last one, torn by a
 * crash mid-write, was never confirmed to anybody) is skipped and reported through `warn`, never fatal.
 * @param {string} dir
 * @param {{ warn?: (message: string) => void }} [options]
 * @returns {Promise<RegistrationStore>}
 */
export async function openRegistrationStore(dir, { warn = console.warn } = {}) {
  await mkdir(dir, { recursive: true });
  const file = join(dir, 'registrations.ndjson');
  /** @type {StoredRegistration[]} */
  const records = [];
  /** @type {number[]} */
  const skippedLines = [];
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      const record = JSON.parse(line);
      if (!isRecord(record)) throw new Error('not a registration record');
      records.push(record);
    } catch {
      skippedLines.push(index + 1);
    }
  });
  if (skippedLines.length > 0) {
    warn(
      `[registrations] ${file}: skipped unreadable line(s) ${skippedLines.join(', ')} (a write cut short by a crash is never confirmed)`,
    );
  }
  const keys = new Map(records.filter((record) => record.key).map((record) => [record.key, record]));
  const handle = await open(file, 'a');
  // A torn last line has no newline: start the next record on a line of its own, so only the torn one stays unreadable.
  if (text !== '' && !text.endsWith('\n')) {
    await handle.appendFile('\n');
    await handle.sync();
  }
  let queue = Promise.resolve();
  return {
    file,
    records,
    skippedLines,
    byKey: (key) => keys.get(key),
    append(record) {
      // One write at a time: two lines never interleave, and each is on disk before its sender hears back.
      const write = queue.then(async () => {
        await handle.appendFile(`${JSON.stringify(record)}\n`);
        await handle.sync();
        records.push(record);
        if (record.key) keys.set(record.key, record);
      });
      queue = write.catch(() => undefined);
      return write;
    },
    close: () => queue.then(() => handle.close()),
  };
}
