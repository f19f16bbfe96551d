import type { AnyVariables, DocumentInput } from '@urql/core';

/**
 * The hash the gateway knows an operation by: generated with the document (sha256 of the exact
 * text in gateway/trusted-documents.json). Documents without one are not the app's own.
 */
export function trustedDocumentHash(document: DocumentInput<unknown, AnyVariables>): string | null {
  const meta = (document as { __meta__?: { hash?: unknown } }).__meta__;
  return typeof meta?.hash === 'string' ? meta.hash : null;
}
