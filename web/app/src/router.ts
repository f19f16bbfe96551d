import { START_LOCATION, createRouter, createWebHistory } from 'vue-router';
import { routes } from './routes.js';
import type { SessionStore } from './stores/session.js';

/** `sessionReady` settles once a session from before a reload has been restored (or not). */
export function createAppRouter(session: SessionStore, sessionReady: Promise<unknown>) {
  const router = createRouter({
    history: createWebHistory(),
    routes,
    // A page opened afresh is at the top already; scrolling there would force a layout while
    // the app is still starting.
    scrollBehavior: (_to, from, saved) => saved ?? (from === START_LOCATION ? false : { top: 0 }),
  });
  router.beforeEach(async (to) => {
    await sessionReady;
    if (to.meta.requiresAuth && !session.signedIn) {
      return { name: 'login', query: { next: to.fullPath } };
    }
    if (to.meta.guestOnly && session.signedIn) return { name: 'dashboard' };
    return true;
  });
  return router;
}
