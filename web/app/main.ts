import 'pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css';
import './src/styles/app.css';
import urql from '@urql/vue';
import { createPinia } from 'pinia';
import { createApp, shallowRef, watch } from 'vue';
import App from './src/App.vue';
import { CLIENT, createApiClient, createRefresher } from './src/api/client.js';
import { runtimeConfig } from './src/api/runtime-config.js';
import { createAppI18n } from './src/i18n/index.js';
import { createAppRouter } from './src/router.js';
import { usePreferencesStore } from './src/stores/preferences.js';
import { useSessionStore } from './src/stores/session.js';

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
const api = shallowRef(createApiClient(gatewayUrl, session));
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
    api.value = createApiClient(gatewayUrl, session);
    client.value = api.value.client;
  },
);

const router = createAppRouter(session, session.restore());
app.use(router);
app.mount('#app');
