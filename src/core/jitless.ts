// Imported first by every element module of the script-tag build: this copy of zod is ours alone, so it never tries
// `new Function` (a strict CSP would report it as a violation). The npm build leaves the user's zod configuration alone.
import { config } from 'zod/mini';

config({ jitless: true });
