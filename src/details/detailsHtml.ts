// The details webview's HTML shell, set once per panel: the CSP, the stylesheets and the page's
// script. It holds no item data; the script draws the rows from the view the extension posts to it.

export interface DetailsShellInput {
  /** The page title until the script knows the item. */
  title: string;
  nonce: string;
  cspSource: string;
  scriptUri: string;
  styleUri: string;
  codiconsUri: string;
  /** What the page says while its script starts: "Loading…". */
  loadingText: string;
}

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use both as element content and inside a quoted attribute value. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => htmlEntities[character]);
}

/** The page: no inline script or style, and a script allowed only by its nonce. */
export function buildDetailsShell(input: DetailsShellInput): string {
  const csp = [
    "default-src 'none'",
    `style-src ${input.cspSource}`,
    `font-src ${input.cspSource}`,
    `script-src 'nonce-${input.nonce}'`,
    `img-src ${input.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(input.codiconsUri)}">
<link rel="stylesheet" href="${escapeHtml(input.styleUri)}">
<title>${escapeHtml(input.title)}</title>
</head>
<body>
<main class="loading" id="root" aria-busy="true">
  <span class="codicon codicon-loading codicon-modifier-spin" aria-hidden="true"></span>
  <span>${escapeHtml(input.loadingText)}</span>
</main>
<script nonce="${escapeHtml(input.nonce)}" src="${escapeHtml(input.scriptUri)}"></script>
</body>
</html>`;
}
