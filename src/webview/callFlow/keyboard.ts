// Which node a key moves the focus to. The nodes are walked in step order (words.ts: depth first along
// the edges from the start), so Right and Down go on to where the call goes next, Left and Up go back
// the way it came, and the numbers match the step list. Pure, so it is tested without a browser.

/** The node to focus after `key` on node `currentId`, or undefined when the key does not move. */
export function keyTarget(order: readonly string[], currentId: string, key: string): string | undefined {
  const index = order.indexOf(currentId);
  if (index < 0) return undefined;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return order[index + 1];
    case 'ArrowLeft':
    case 'ArrowUp':
      return index > 0 ? order[index - 1] : undefined;
    case 'Home':
      return order[0];
    case 'End':
      return order[order.length - 1];
    default:
      return undefined;
  }
}
