import vue from '@vitejs/plugin-vue';
import { defineProject } from 'vitest/config';

/**
 * The dashboard's tests: components and pure modules in jsdom, the web server (files that say
 * `@vitest-environment node`) in Node. The root vitest.config.ts lists this as a project, so
 * `npm test` runs them with everything else.
 */
export default defineProject({
  root: import.meta.dirname,
  plugins: [vue()],
  resolve: { conditions: ['capstone-source'] },
  ssr: { resolve: { conditions: ['capstone-source'] } },
  test: {
    name: 'web',
    include: ['__tests__/**/*.spec.ts'],
    environment: 'jsdom',
  },
});
