// The benchmark's conditions, shared by the Node side and the extension-host side (so nothing here
// may load other code: the host must not load anything before it measures activation).

/** As the extension's settings default them. */
export const PAGE_SIZE = 100;
export const CONCURRENCY = 10;
/** Added by the sample server to every answer. */
export const LATENCY_MS = 50;
