import { reactive } from 'vue';

/** The signed-in session; kept in memory only, so a reload signs out. */
export const session = reactive<{ token: string | null; email: string | null }>({
  token: null,
  email: null,
});
