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

/**
 * The entry point imports the app's code (`start-app`) dynamically, so that the session refresh
 * starts before that code has downloaded. Without a hint, the browser would ask for that code
 * only once the entry has run; these `modulepreload` links let it fetch the app's code with the
 * entry, and compile it meanwhile.
 */
function preloadAppCode(): Plugin {
  return {
    name: 'capstone-preload-app-code',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const importsOf = (fileName: string) => {
          const output = bundle[fileName];
          return output?.type === 'chunk' ? output.imports : [];
        };
        const app = Object.values(bundle).find(
          (output) =>
            output.type === 'chunk' && output.facadeModuleId?.endsWith('/src/start-app.ts'),
        );
        if (!app) throw new Error('preload-app-code: no start-app chunk in the bundle');
        const files = new Set<string>();
        const visit = (fileName: string) => {
          // The entry is on the page already, as its module script.
          if (files.has(fileName) || (bundle[fileName] as { isEntry?: boolean }).isEntry) return;
          files.add(fileName);
          importsOf(fileName).forEach(visit);
        };
        visit(app.fileName);
        return [...files].map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

// The dashboard lives in app/; src/ is the Node server that serves the build.
export default defineConfig({
  root: 'app',
  plugins: [vue(), preloadAppCode(), precompress()],
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
    // One stylesheet for the whole app (about 12 KB compressed, most of it the font's subset
    // declarations), linked by the page: split per page, each page's chunk waited for its own
    // stylesheets, and the loader inserted a link for each, both on the first view's path
    // (measured: 691 ms median to the first portfolio value with one, 751 ms split).
    cssCodeSplit: false,
    outDir: '../dist/public',
    emptyOutDir: true,
    // Fonts are self-hosted subsets; none is small enough to be worth inlining (CSP: no data:).
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // ECharts is big: one chunk of its own, fetched only where a chart shows. The
          // framework goes first, or the chart group would pull Vue in as a dependency of
          // vue-echarts.
          groups: [
            {
              // The framework every page runs on, in one file rather than six: over HTTP/1.1
              // the browser fetches six files at a time, and each extra round costs the first
              // view more than the bytes would.
              name: 'framework',
              priority: 2,
              test: /[\\/]node_modules[\\/](@vue[\\/]|vue[\\/]|vue-router|vue-i18n|@intlify|pinia|@urql|wonka|graphql-ws)|plugin-vue:export-helper/,
            },
            {
              // For the same reason, the app's own start-up code (stores, API client, the
              // operations' documents) in one file. Not their dependencies: the session store
              // shares the refresh token's key with the entry point, which must stay small.
              name: 'app-core',
              priority: 1,
              includeDependenciesRecursively: false,
              test: /web[\\/]app[\\/]src[\\/](stores[\\/]|api[\\/](client|early-answers|errors|trusted-documents)\.ts)|operations[\\/]generated[\\/]web[\\/]graphql/,
            },
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
