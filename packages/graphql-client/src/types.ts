/** Variables of an operation, as JSON sends them. */
export type Variables = Record<string, unknown>;

/** One error of a GraphQL response, as the GraphQL-over-HTTP specification shapes it. */
export interface GraphQLErrorItem {
  message: string;
  locations?: { line: number; column: number }[];
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

/** What the server answered: the HTTP status and headers beside the GraphQL body. */
export interface GraphQLResult<Data> {
  status: number;
  headers: Headers;
  /** Absent or null when the operation could not run, partial when some fields failed. */
  data?: Data | null;
  /** Absent when there were none. */
  errors?: GraphQLErrorItem[];
  extensions?: Record<string, unknown>;
}

/**
 * An operation's text that carries the types of its answer and its variables, so that a call
 * with it needs no type arguments: `const ME = typedDocument<{ me: { id: string } }>('{ me { id } }')`.
 */
export type TypedDocument<Data, Vars extends Variables = Variables> = string & {
  readonly __resultAndVariables?: (variables: Vars) => Data;
};

/** Declares the answer's and the variables' types of an operation once, where it is written. */
export const typedDocument = <Data, Vars extends Variables = Variables>(
  source: string,
): TypedDocument<Data, Vars> => source as TypedDocument<Data, Vars>;
