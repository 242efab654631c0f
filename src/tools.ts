// The second bundle (dist/tools.js): commands people run now and then — call flows, health checks,
// snapshots — and the tracer they share. The main bundle loads it the first time one of them runs
// (see lazyTools.ts), so activation and dist/extension.js stay small. It is bundled apart from the
// main bundle, so it must not rely on class identity across the two: Webex errors carry a global
// brand for that (webex/errors.ts), and tree nodes are recognised by their shape.
export { registerCallFlowCommands } from './commands/callFlowCommands';
export { registerHealthCommands } from './commands/healthCommands';
export { registerSnapshotCommands } from './commands/snapshotCommands';
export { flowSteps, flowSummary } from './callFlow/markdown';
export { traceCall } from './callFlow/trace';
