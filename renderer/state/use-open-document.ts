// React's view of the document store.
import { useSyncExternalStore } from 'react';
import type { DocumentStore } from './document-store';
import type { OpenDocument } from './open-document';

export function useOpenDocument(store: DocumentStore): OpenDocument {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
