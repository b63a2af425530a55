// `import 'irev-widgets/define'`: defines every element; the host's zod configuration is left as it is.
import { defineAll } from './define-all.js';

defineAll();
