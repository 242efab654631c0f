// The Webex API client's public surface; nothing here depends on VS Code.
export * from './client';
export * from './calling';
export * from './errors';
export * from './types';
export { parseLinkHeader } from './linkHeader';
export type { WebLink } from './linkHeader';
