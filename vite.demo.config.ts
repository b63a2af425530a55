// `npm run demo`: serves demo/ (and the sources it imports) on http://localhost:5173/demo/.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { buildConstants } from './build-constants.mjs';
import { createRegistrationEndpoint, DEMO_WEBFORM_ID } from './server/registrations.mjs';

/** Where the demo endpoint keeps what it receives (gitignored); IREV_REGISTRATIONS_DIR puts it elsewhere. */
const registrationsDir = process.env.IREV_REGISTRATIONS_DIR ?? '.data/registrations';

/** The local registration endpoint (server/registrations.mjs): JSON and webform_rest, for the demo's form. */
const registrationEndpoint: Plugin = {
  name: 'irev-registration-endpoint',
  async configureServer(server) {
    const endpoint = await createRegistrationEndpoint({ dataDir: registrationsDir });
    server.middlewares.use((req, res, next) => void endpoint.handle(req, res, next));
    server.httpServer?.on('close', () => void endpoint.close());
    server.config.logger.info(
      `  Registrations: POST /api/registrations (JSON) or /webform_rest/submit?_format=json (webform_id ${DEMO_WEBFORM_ID}), ` +
        `stored in ${endpoint.store.file}, listed on /demo/registrations.html`,
    );
  },
};

const rootToDemo: Plugin = {
  name: 'irev-root-to-demo',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url === '/' || req.url === '/index.html') {
        res.statusCode = 302;
        res.setHeader('Location', '/demo/');
        res.end();
        return;
      }
      next();
    });
  },
};

/**
 * The demo pages name the loader where a webmaster's copy of dist/cdn/ puts it (`../dist/cdn/irev-widgets.js`); while
 * developing, that URL serves the loader's sources, so a change shows without a build.
 */
const cdnFromSources: Plugin = {
  name: 'irev-cdn-from-sources',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      if (req.url?.split('?')[0] === '/dist/cdn/irev-widgets.js') req.url = '/src/irev-widgets.ts';
      next();
    });
  },
};

export default defineConfig({
  define: buildConstants,
  plugins: [rootToDemo, cdnFromSources, registrationEndpoint],
  // demo/ckeditor.html: CKEditor 5's one-file ES build from node_modules, rather than its 60 packages.
  resolve: {
    alias: [
      { find: /^ckeditor5$/, replacement: fileURLToPath(new URL('./node_modules/ckeditor5/dist/browser/ckeditor5.js', import.meta.url)) },
    ],
  },
  server: { port: 5173, strictPort: false, open: false },
});
