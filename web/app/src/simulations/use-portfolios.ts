import { useQuery } from '@urql/vue';
import { computed, ref, watch } from 'vue';
import { useRoute } from 'vue-router';
import { ListPortfoliosDocument } from '@capstone/operations/web/graphql';

/** The person's portfolios and the chosen one (`?portfolio=` in the address, else the first). */
export function usePortfolioChoice() {
  const route = useRoute();
  const query = useQuery({
    query: ListPortfoliosDocument,
    requestPolicy: 'cache-and-network',
    context: { additionalTypenames: ['Portfolio'] },
  });
  const portfolios = computed(() => query.data.value?.portfolios ?? []);
  const chosen = ref(typeof route.query.portfolio === 'string' ? route.query.portfolio : '');
  watch(
    portfolios,
    (list) => {
      if (!list.some((portfolio) => portfolio.id === chosen.value))
        chosen.value = list[0]?.id ?? '';
    },
    { immediate: true },
  );
  return { query, portfolios, chosen };
}
