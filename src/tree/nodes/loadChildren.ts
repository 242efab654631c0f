// Turns a failed load into a node instead of a broken branch: a 401 asks to sign in again, other
// errors show Webex's message with Retry. One failing branch never hides its siblings.
import { isNotFound, isUnauthorized } from '../../errorText';
import type { ExplorerContext, ExplorerNode } from '../explorerNode';
import { ErrorNode, NoticeNode, SignInNode } from './stateNodes';

export async function loadChildren(
  node: ExplorerNode,
  context: ExplorerContext,
  load: () => Promise<ExplorerNode[]>,
): Promise<ExplorerNode[]> {
  try {
    return await load();
  } catch (error) {
    return [failureNode(node, context, error)];
  }
}

export function failureNode(node: ExplorerNode, context: ExplorerContext, error: unknown): ExplorerNode {
  if (isUnauthorized(error)) {
    context.reportUnauthorized(node);
    return new SignInNode(node);
  }
  return new ErrorNode(node, error);
}

/** The item's folder, which can forget its list so the next expand reads it again. */
interface ForgettingFolder extends ExplorerNode {
  forget(): void;
}

/**
 * Children of a hunt group or call pickup, built from its details. A 404 means it was deleted, or
 * renamed (a call pickup's ID changes with its name): the folder re-reads its list instead of
 * keeping a dead node.
 */
export function loadDetailsChildren<T>(
  node: ExplorerNode & { parent: ForgettingFolder },
  context: ExplorerContext,
  loadDetails: () => Promise<T>,
  childrenOf: (details: T) => ExplorerNode[],
  goneMessage: string,
): Promise<ExplorerNode[]> {
  return loadChildren(node, context, async () => {
    try {
      return childrenOf(await loadDetails());
    } catch (error) {
      if (!isNotFound(error)) throw error;
      node.parent.forget();
      context.refresh(node.parent);
      return [new NoticeNode(node, goneMessage, 'warning')];
    }
  });
}
