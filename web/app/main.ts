import urql, { cacheExchange, fetchExchange } from '@urql/vue';
import { createApp } from 'vue';
import App from './App.vue';
import { session } from './session.js';

// The gateway is on port 4000 of the same host unless the page says otherwise.
const gateway =
  (window as { CAPSTONE_GATEWAY?: string }).CAPSTONE_GATEWAY ??
  `${location.protocol}//${location.hostname}:4000/graphql`;

createApp(App)
  .use(urql, {
    url: gateway,
    exchanges: [cacheExchange, fetchExchange],
    // urql sends queries as GET; the gateway's CSRF protection wants this header on them.
    fetchOptions: () => ({
      headers: {
        'x-graphql-csrf': '1',
        ...(session.token ? { authorization: `Bearer ${session.token}` } : {}),
      },
    }),
  })
  .mount('#app');
