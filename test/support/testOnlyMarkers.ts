// Strings that exist only in the test sample server (test/support/): fault switches, test knobs,
// request statistics and hostile strings. The shipped bundles must contain none of them
// (test/unit/shippedBundle.test.ts, test/ui/package.test.ts).

/** Words and strings that exist only in the test sample server (test/support/). */
export const TEST_ONLY_MARKERS: readonly string[] = [
  // Fault switches and their kinds.
  'addFault', 'clearFaults', 'gzipBomb', 'echoAuthorization', 'malformedJson', 'emptyPageWithNext', 'crossOriginNext',
  'nextDropsParams', 'linkLoop', 'wrongShape', 'Sign in to the network',
  // Knobs: 403s, token expiry, renames and deletions, latency, the rate limit.
  'clearForbidden', 'expireTokensAfter', 'renameCallPickup', 'deleteHuntGroup', 'setLatency', 'setRateLimit',
  // Request statistics.
  'resetStats', 'concurrentPeak', 'keptLogRecords', '(other paths)',
  // Hostile mode.
  'makeHostile', 'HOSTILE_STRINGS', '<script>alert(1)</script>', 'onerror=alert(3)', 'command:workbench.action.terminal.sendSequence',
  'command:workbench.action.quit', 'gnp.exe', 'HYPERLINK(', "cmd|' /C calc'",
];

export function testOnlyMarkersIn(text: string): string[] {
  return TEST_ONLY_MARKERS.filter((marker) => text.includes(marker));
}
