// The org being browsed, as the views see it: its store (what has been read, until Refresh) and a
// short key for ids and JSON document paths. Connection announces a new one whenever the org, the
// token's host or the cache changes; the tree and the commands read only this.
import type { OrgStore } from './orgStore';

export interface OrgSession {
  readonly store: OrgStore;
  /** A short, path-safe key of the org, for tree ids and JSON document URIs. */
  readonly orgKey: string;
}
