import { defineStore } from 'pinia';
import { ref } from 'vue';

export type NotificationKind = 'success' | 'error' | 'info';

export interface AppNotification {
  id: number;
  kind: NotificationKind;
  message: string;
}

const VISIBLE_MS = { success: 5_000, info: 6_000, error: 10_000 } as const;

/**
 * In-app notifications (toasts). Anything may push one: a saved form, a failed request, and
 * later a simulation run that finished while the person was elsewhere.
 */
export const useNotificationsStore = defineStore('notifications', () => {
  const items = ref<AppNotification[]>([]);
  let next = 1;

  function dismiss(id: number) {
    items.value = items.value.filter((item) => item.id !== id);
  }

  function push(kind: NotificationKind, message: string): number {
    const id = next++;
    items.value = [...items.value, { id, kind, message }];
    setTimeout(() => dismiss(id), VISIBLE_MS[kind]);
    return id;
  }

  return {
    items,
    dismiss,
    push,
    success: (message: string) => push('success', message),
    error: (message: string) => push('error', message),
    info: (message: string) => push('info', message),
  };
});
