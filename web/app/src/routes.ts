import { PortfoliosHash } from '@capstone/operations/web/hashes';
import type { RouteRecordRaw } from 'vue-router';
import type { EarlyQuery } from './api/early-queries.js';

declare module 'vue-router' {
  interface RouteMeta {
    /** Only for signed-in people; others go to log in and come back. */
    requiresAuth?: boolean;
    /** Only for administrators. */
    requiresAdmin?: boolean;
    /** Signed-in people skip this page (log in, sign up) and go to the dashboard. */
    guestOnly?: boolean;
    /** The i18n key of the page title. */
    title: string;
    /** What the page asks for first, sent before the app's code has run (main.ts). */
    earlyQueries?: EarlyQuery[];
  }
}

/**
 * Every page is its own chunk, loaded when first visited: the dashboard does not pay for the
 * admin, settings or chart code. A new page (the coming simulation pages, say) is one entry
 * here plus its component, e.g.
 *   { path: '/portfolios/:id/monte-carlo', component: () => import('./pages/MonteCarloPage.vue'),
 *     props: true, meta: { requiresAuth: true, title: 'simulation.monteCarlo' } }
 */
export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'landing',
    component: () => import('./pages/LandingPage.vue'),
    meta: { title: 'landing.title' },
  },
  {
    path: '/login',
    name: 'login',
    component: () => import('./pages/LogInPage.vue'),
    meta: { title: 'auth.logInTitle', guestOnly: true },
  },
  {
    path: '/signup',
    name: 'signup',
    component: () => import('./pages/SignUpPage.vue'),
    meta: { title: 'auth.signUpTitle', guestOnly: true },
  },
  {
    // The sign-up mail's link (accounts' PUBLIC_WEB_URL/verify-email?token=…).
    path: '/verify-email',
    name: 'verify-email',
    component: () => import('./pages/VerifyEmailPage.vue'),
    meta: { title: 'auth.signUpTitle' },
  },
  {
    // Without a token: ask for the mail; with the mailed link's token: set the new password.
    path: '/reset-password',
    name: 'reset-password',
    component: () => import('./pages/ResetPasswordPage.vue'),
    meta: { title: 'auth.resetTitle' },
  },
  {
    // OIDC_REDIRECT_URIS points here (default http://127.0.0.1:8080/auth/callback).
    path: '/auth/callback',
    name: 'auth-callback',
    component: () => import('./pages/ExternalLoginCallbackPage.vue'),
    meta: { title: 'auth.logInTitle' },
  },
  {
    path: '/dashboard',
    name: 'dashboard',
    component: () => import('./pages/DashboardPage.vue'),
    meta: {
      title: 'dashboard.title',
      requiresAuth: true,
      earlyQueries: [{ operationName: 'Portfolios', hash: PortfoliosHash, variables: {} }],
    },
  },
  {
    path: '/portfolios/new',
    name: 'portfolio-new',
    component: () => import('./pages/NewPortfolioPage.vue'),
    meta: { title: 'create.title', requiresAuth: true },
  },
  {
    path: '/portfolios/:id',
    name: 'portfolio',
    component: () => import('./pages/PortfolioPage.vue'),
    props: true,
    meta: { title: 'portfolio.holdings', requiresAuth: true },
  },
  {
    path: '/scenarios',
    name: 'scenarios',
    component: () => import('./pages/ScenarioEditorPage.vue'),
    meta: { title: 'scenario.title', requiresAuth: true },
  },
  {
    path: '/simulations',
    name: 'simulations',
    component: () => import('./pages/SimulationsPage.vue'),
    meta: { title: 'simulation.title', requiresAuth: true },
  },
  {
    path: '/runs/:id',
    name: 'run',
    component: () => import('./pages/RunPage.vue'),
    props: true,
    meta: { title: 'simulation.result', requiresAuth: true },
  },
  {
    // The printable report: its own chunk, like the admin page.
    path: '/runs/:id/report',
    name: 'report',
    component: () => import('./pages/ReportPage.vue'),
    props: true,
    meta: { title: 'report.pageTitle', requiresAuth: true },
  },
  {
    path: '/settings',
    name: 'settings',
    component: () => import('./pages/SettingsPage.vue'),
    meta: { title: 'settings.title', requiresAuth: true },
  },
  {
    path: '/admin',
    name: 'admin',
    component: () => import('./pages/AdminPage.vue'),
    meta: { title: 'admin.title', requiresAuth: true, requiresAdmin: true },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./pages/NotFoundPage.vue'),
    meta: { title: 'notFound.title' },
  },
];

/** A route's path as a pattern: `/portfolios/:id` matches `/portfolios/abc`, not deeper. */
const pathPattern = (path: string) => new RegExp(`^${path.replace(/:[A-Za-z]+/g, '[^/]+')}/?$`);

/**
 * Starts downloading the code of the page at `pathname`, if a route has it, and returns the
 * queries the page makes first. The entry point calls this at once, so the page's chunk arrives
 * with the app's code instead of after it has run (the router would ask for the page only once
 * its guards have passed).
 */
export function preloadPage(pathname: string): EarlyQuery[] {
  const route = routes.find((candidate) => pathPattern(candidate.path).test(pathname));
  const load = route?.component;
  if (typeof load === 'function') void (load as () => Promise<unknown>)().catch(() => undefined);
  return route?.meta?.earlyQueries ?? [];
}
