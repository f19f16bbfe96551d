import { defineStore } from 'pinia';
import { inject, ref, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { CLIENT } from '../api/client.js';
import {
  ListSimulationsDocument,
  SimulationProgressDocument,
  type SimulationKind,
  type SimulationStatus,
} from '@capstone/operations/web/graphql';
import { useNotificationsStore } from './notifications.js';
import { useSessionStore } from './session.js';

export interface RunProgress {
  runId: string;
  kind?: SimulationKind;
  status: SimulationStatus;
  fraction: number;
  stage: string;
  message?: string | null;
}

export const TERMINAL: ReadonlySet<SimulationStatus> = new Set([
  'SUCCEEDED',
  'FAILED',
  'CANCELLED',
]);

/**
 * The progress of every run started or opened in this tab, kept while the person moves between
 * pages, so that a run finishing elsewhere still says so (a notification) wherever they are.
 */
export const useRunsStore = defineStore('runs', () => {
  const byId = ref<Record<string, RunProgress>>({});
  const following = new Map<string, { unsubscribe: () => void }>();
  return { byId, following };
});

/**
 * Follows a run over `simulationProgress` until it ends, then tells the person how it ended:
 * the subscription sends the state now, each step, and the final status.
 */
export function useRunFollower() {
  const client = inject(CLIENT)!;
  const store = useRunsStore();
  const notifications = useNotificationsStore();
  const { t } = useI18n();

  function follow(run: {
    id: string;
    kind: SimulationKind;
    status: SimulationStatus;
    progress?: number;
    stage?: string;
  }) {
    if (!store.byId[run.id]) {
      store.byId[run.id] = {
        runId: run.id,
        kind: run.kind,
        status: run.status,
        fraction: run.progress ?? 0,
        stage: run.stage ?? '',
      };
    }
    if (store.following.has(run.id) || TERMINAL.has(run.status)) return;
    const subscription = client.value
      .subscription(SimulationProgressDocument, { runId: run.id })
      .subscribe((result) => {
        const event = result.data?.simulationProgress;
        if (!event) return;
        const before = store.byId[run.id];
        store.byId[run.id] = { ...event, kind: before?.kind ?? run.kind };
        if (!TERMINAL.has(event.status) || (before && TERMINAL.has(before.status))) return;
        store.following.get(run.id)?.unsubscribe();
        store.following.delete(run.id);
        const kind = t(`simulation.kinds.${run.kind}`);
        if (event.status === 'SUCCEEDED') notifications.success(t('simulation.finished', { kind }));
        else if (event.status === 'FAILED')
          notifications.error(t('simulation.failedNotice', { kind, message: event.message ?? '' }));
        else notifications.info(t('simulation.cancelledNotice', { kind }));
      });
    // The answer may come at once (a run that ended meanwhile); only a live one stays followed.
    const now = store.byId[run.id];
    if (now && TERMINAL.has(now.status)) subscription.unsubscribe();
    else store.following.set(run.id, subscription);
  }

  return { follow, progress: (runId: string) => store.byId[runId] };
}

/** How long after sign-in to look for unfinished runs: after the first page has its data. */
const UNFINISHED_RUNS_DELAY_MS = 2_000;

/**
 * Follows the person's runs that are still queued or running when the app starts or they sign
 * in: started before a reload, in another tab, from the chat or by an agent. Their end is then
 * announced on whatever page the person is, like that of a run started here.
 */
export function useFollowUnfinishedRuns() {
  const client = inject(CLIENT)!;
  const session = useSessionStore();
  const { follow } = useRunFollower();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const look = async () => {
    for (const status of ['QUEUED', 'RUNNING'] as const) {
      const result = await client.value
        .query(ListSimulationsDocument, { filter: { status }, first: 50 })
        .toPromise();
      if (!session.signedIn) return;
      for (const run of result.data?.simulations?.runs ?? []) follow(run);
    }
  };
  // Once per person signed in (a token refresh keeps the person, and changes nothing here).
  watch(
    () => session.user?.id,
    (userId) => {
      clearTimeout(timer);
      if (userId) timer = setTimeout(() => void look(), UNFINISHED_RUNS_DELAY_MS);
    },
    { immediate: true },
  );
}
