// `npm run demo`: serves demo/ (and the sources it imports) on http://localhost:5173/demo/.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { buildConstants } from './build-constants.mjs';

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

export default defineConfig({
  define: buildConstants,
  plugins: [rootToDemo],
  // demo/ckeditor.html: CKEditor 5's one-file ES build from node_modules, rather than its 60 packages.
  resolve: {
    alias: [
      { find: /^ckeditor5$/, replacement: fileURLToPath(new URL('./node_modules/ckeditor5/dist/browser/ckeditor5.js', import.meta.url)) },
    ],
  },
  server: { port: 5173, strictPort: false, open: false },
});
