import { DataError } from './data-error.js';

/**
 * Loads an optional part of the library (the RSS and Drupal readers, the sanitizer, the calendar file) from the
 * files beside irev-widgets.js. A missing file is the webmaster's to fix, so it is said plainly.
 */
export async function loadModule<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    throw new DataError(
      'config',
      `A file of irev-widgets is missing beside irev-widgets.js: ${(error as Error).message}`,
      undefined,
      'module',
    );
  }
}
