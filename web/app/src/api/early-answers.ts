import { getOperationName, makeResult, type Exchange, type Operation } from '@urql/core';
import {
  filter,
  fromPromise,
  makeSubject,
  map,
  merge,
  mergeMap,
  pipe,
  share,
  takeUntil,
} from 'wonka';
import type { takeEarlyAnswer } from './early-queries.js';

export type EarlyAnswers = typeof takeEarlyAnswer;

/**
 * Answers a query the entry point already sent (api/early-queries.ts) with that request's
 * answer, when it has one, instead of asking the gateway a second time. Without one (an error,
 * no session), the query goes on down the exchanges as usual.
 */
export const earlyAnswersExchange =
  (takeAnswer: EarlyAnswers): Exchange =>
  ({ forward }) =>
  (operations$) => {
    // Taken once per operation, as it passes: both branches below read the same decision.
    const tagged$ = pipe(
      operations$,
      map((operation) => ({
        operation,
        answer:
          operation.kind === 'query'
            ? takeAnswer(getOperationName(operation.query), operation.variables)
            : undefined,
      })),
      share,
    );
    const unanswered = makeSubject<Operation>();
    const answered$ = pipe(
      tagged$,
      filter(({ answer }) => answer !== undefined),
      mergeMap(({ operation, answer }) =>
        pipe(
          fromPromise(answer!),
          filter((result) => {
            if (!result) unanswered.next(operation);
            return result !== null;
          }),
          map((result) => makeResult(operation, result!)),
          takeUntil(
            pipe(
              tagged$,
              filter(
                (next) =>
                  next.operation.kind === 'teardown' && next.operation.key === operation.key,
              ),
            ),
          ),
        ),
      ),
    );
    const forwarded$ = forward(
      merge([
        pipe(
          tagged$,
          filter(({ answer }) => answer === undefined),
          map(({ operation }) => operation),
        ),
        unanswered.source,
      ]),
    );
    return merge([answered$, forwarded$]);
  };
