import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import vue from '@vitejs/plugin-vue';
import { defineConfig, type Plugin } from 'vite';

/**
 * Writes .br and .gz beside every script, stylesheet and page, so the web server sends them
 * compressed without compressing on each request.
 */
function precompress(): Plugin {
  return {
    name: 'capstone-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const name of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg|json)$/.test(name)) continue;
        const path = join(options.dir!, name);
        const content = readFileSync(path);
        writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}

// The dashboard lives in app/; src/ is the Node server that serves the build.
export default defineConfig({
  root: 'app',
  plugins: [vue(), precompress()],
  // Features the app does not use, compiled out: Vue's Options API, vue-i18n's legacy API and
  // global components, and both libraries' production devtools hooks.
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  build: {
    outDir: '../dist/public',
    emptyOutDir: true,
    // Fonts are self-hosted subsets; none is small enough to be worth inlining (CSP: no data:).
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // ECharts is big: one chunk of its own, fetched only where a chart shows. Vue goes
          // first, or the chart group would pull it in as a dependency of vue-echarts.
          groups: [
            { name: 'vue', priority: 2, test: /[\\/]node_modules[\\/](@vue[\\/]|vue[\\/])/ },
            {
              name: 'echarts',
              priority: 1,
              test: /[\\/]node_modules[\\/](echarts|zrender|vue-echarts|tslib)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: { port: 8080, host: '127.0.0.1' },
});
