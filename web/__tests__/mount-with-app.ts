import { Client, CombinedError, makeResult, type Exchange, type Operation } from '@urql/core';
import urql from '@urql/vue';
import { mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { filter, map, pipe } from 'wonka';
import { shallowRef, type Component, type Plugin } from 'vue';
import { CLIENT } from '../app/src/api/client.js';
import type { Locale } from '../app/src/format/format.js';
import { createAppI18n } from '../app/src/i18n/index.js';

/** What the fake API answers an operation with: data, or the extensions of one error. */
export type Answer =
  | { data: Record<string, unknown> }
  | { error: { message: string; extensions: Record<string, unknown> } };

/**
 * Mounts a component with what the app gives it (pinia, i18n, an urql client), the client
 * answering each operation from `answer` and recording what was sent.
 */
export function mountWithApp(
  component: Component,
  {
    props = {},
    locale = 'ko',
    answer = () => ({ data: {} }),
    plugins = [],
  }: {
    props?: Record<string, unknown>;
    locale?: Locale;
    answer?: (operation: Operation) => Answer;
    /** More of the app, e.g. a router for a page. */
    plugins?: Plugin[];
  } = {},
) {
  const sent: Operation[] = [];
  const fake: Exchange = () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind !== 'teardown'),
      map((operation) => {
        sent.push(operation);
        const reply = answer(operation);
        return 'data' in reply
          ? makeResult(operation, { data: reply.data })
          : makeResult(operation, {
              errors: [reply.error],
            });
      }),
    );
  const client = shallowRef(new Client({ url: 'http://gateway.test/graphql', exchanges: [fake] }));
  const i18n = createAppI18n(locale);
  const wrapper = mount(component, {
    props,
    attachTo: document.body,
    global: {
      plugins: [createPinia(), i18n, [urql, client], ...plugins],
      provide: { [CLIENT as symbol]: client },
    },
  });
  return { wrapper, sent, i18n };
}

export const refusal = (message: string, extensions: Record<string, unknown>): Answer => ({
  error: { message, extensions },
});

export { CombinedError };
