// The sample organization's sign-in pages: the consent page of `GET /authorize` and the page that
// refuses a bad request. Plain HTML forms, no script; every value from the request is escaped (the
// scopes are shown, the state never is), and the style is allowed by a per-page nonce only.

import { escapeHtml } from '../html';
import type { AuthorizationRequest, SignInAdmin } from './oauth';

export const CONSENT_PAGE_TITLE = 'Sample organization — sign in';

/** The HTML and the Content-Security-Policy it is served with. */
export interface SignInPage {
  html: string;
  contentSecurityPolicy: string;
}

// System colors follow the browser's light or dark scheme, so the page reads well in either.
const STYLE = `
:root { color-scheme: light dark; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; background: Canvas; color: CanvasText; }
main { max-width: 34rem; margin: 3rem auto; padding: 1.5rem 2rem; border: 1px solid GrayText; border-radius: 8px; }
.badge { display: inline-block; padding: 0.1rem 0.6rem; border: 1px solid GrayText; border-radius: 1rem; font-size: 0.85rem; }
h1 { font-size: 1.5rem; margin: 0.75rem 0; }
ul { padding-left: 1.25rem; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
li, p { overflow-wrap: anywhere; }
label { display: block; font-weight: 600; margin-top: 1rem; }
select { font: inherit; margin-top: 0.25rem; max-width: 100%; }
.actions { display: flex; gap: 0.75rem; margin-top: 1.5rem; }
button { font: inherit; padding: 0.4rem 1.4rem; border-radius: 4px; cursor: pointer; }
button[value="approve"] { font-weight: 600; }
`;

function page(title: string, body: string, nonce: string, formTargets: string[] = []): SignInPage {
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<main>
<p class="badge">Sample — not a real Webex sign-in</p>
${body}
</main>
</body>
</html>`;
  // form-action also governs where the form's redirect may go, so the redirect URI's origin is listed.
  const formAction = formTargets.length > 0 ? `form-action 'self' ${formTargets.join(' ')}` : "form-action 'none'";
  return { html, contentSecurityPolicy: `default-src 'none'; style-src 'nonce-${nonce}'; ${formAction}; frame-ancestors 'none'; base-uri 'none'` };
}

/** The consent page: the requested scopes, which sample admin signs in, Approve and Deny. */
export function consentPage(request: AuthorizationRequest, ticket: string, admins: readonly SignInAdmin[], formPath: string, nonce: string): SignInPage {
  const scopes = request.scopes.map((scope) => `<li><code>${escapeHtml(scope)}</code></li>`).join('\n');
  const options = admins
    .map((admin, index) => {
      const who = [admin.person.displayName, admin.person.emails?.[0]].filter((part) => typeof part === 'string' && part !== '').join(' · ');
      return `<option value="${escapeHtml(admin.key)}"${index === 0 ? ' selected' : ''}>${escapeHtml(`${who} (${admin.role})`)}</option>`;
    })
    .join('\n');
  const body = `<h1>${escapeHtml(CONSENT_PAGE_TITLE)}</h1>
<p>This is the built-in sample organization of Webex Calling Explorer. No real account is used and no password is asked for.</p>
<p>The integration asks for these permissions:</p>
<ul>
${scopes}
</ul>
<form method="post" action="${escapeHtml(formPath)}">
<input type="hidden" name="ticket" value="${escapeHtml(ticket)}">
<label for="admin">Sign in as</label>
<select id="admin" name="admin">
${options}
</select>
<p>Your browser then returns to <code>${escapeHtml(request.redirectUri)}</code>.</p>
<div class="actions">
<button type="submit" name="decision" value="approve">Approve</button>
<button type="submit" name="decision" value="deny">Deny</button>
</div>
</form>`;
  const redirect = new URL(request.redirectUri);
  // A custom-scheme redirect (vscode://…) has no origin: its scheme is the CSP source.
  return page(CONSENT_PAGE_TITLE, body, nonce, [redirect.origin !== 'null' ? redirect.origin : redirect.protocol]);
}

/** A refused sign-in: the reason in plain words, and never a redirect. */
export function refusalPage(reason: string, nonce: string): SignInPage {
  const title = 'Sample organization — sign-in refused';
  const body = `<h1>${escapeHtml(title)}</h1>
<p role="alert">${escapeHtml(reason)}</p>
<p>Close this tab and start the sign-in again from VS Code.</p>`;
  return page(title, body, nonce);
}
