import 'pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css';
import './styles/app.css';
import urql from '@urql/vue';
import { createPinia } from 'pinia';
import { createApp, shallowRef, watch } from 'vue';
import App from './App.vue';
import { CLIENT, createApiClient } from './api/client.js';
import { takeEarlyAnswer } from './api/early-queries.js';
import { createRefresher } from './api/refresh.js';
import { runtimeConfig } from './api/runtime-config.js';
import { createAppI18n } from './i18n/index.js';
import { createAppRouter } from './router.js';
import { usePreferencesStore } from './stores/preferences.js';
import { useSessionStore } from './stores/session.js';

const { gatewayUrl } = runtimeConfig();
const app = createApp(App);
const pinia = createPinia();
app.use(pinia);

const preferences = usePreferencesStore(pinia);
const i18n = createAppI18n(preferences.locale);
app.use(i18n);
watch(
  () => preferences.locale,
  (locale) => {
    i18n.global.locale.value = locale;
    document.documentElement.lang = locale;
  },
  { immediate: true },
);
watch(
  () => preferences.priceColors,
  (colors) => (document.documentElement.dataset.priceColors = colors),
  { immediate: true },
);

const session = useSessionStore(pinia);
session.refresher = createRefresher(gatewayUrl);
const language = () => preferences.locale;
const api = shallowRef(createApiClient(gatewayUrl, session, language, takeEarlyAnswer));
const client = shallowRef(api.value.client);
app.use(urql, client);
app.provide(CLIENT, client);
watch(
  () => session.generation,
  () => {
    if (session.signedIn) {
      api.value.reconnect();
      return;
    }
    // Signed out: a new client, so nothing the previous person loaded stays in its cache.
    api.value.dispose();
    api.value = createApiClient(gatewayUrl, session, language);
    client.value = api.value.client;
  },
);

const router = createAppRouter(session, session.restore());
app.use(router);
// Mounted once the first page is known (its guards passed, its code here): the shell and the
// page then render, lay out and paint once, not the shell alone first and the page after, both
// competing for the CPU with the page's first answers.
void router.isReady().finally(() => app.mount('#app'));
