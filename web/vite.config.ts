import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The dashboard lives in app/; src/ is the Node server that serves the build.
export default defineConfig({
  root: 'app',
  plugins: [vue()],
  build: { outDir: '../dist/public', emptyOutDir: true },
  server: { port: 8080, host: '127.0.0.1' },
});
