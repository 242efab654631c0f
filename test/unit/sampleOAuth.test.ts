// The sample organization's OAuth endpoints over real HTTP with Node's own fetch: the consent page,
// its form, the authorization-code grant with PKCE and client_secret, refresh, every refusal, and
// that no secret reaches the request log. A fake clock ages codes and tokens without waiting.

import * as assert from 'node:assert/strict';
import {
  pkceS256Challenge,
  SAMPLE_OAUTH_CLIENT_ID,
  SAMPLE_OAUTH_CLIENT_SECRET,
  startSampleServer,
  type SampleServer,
  type SampleServerOptions,
} from '../support/sampleServer';
import { assertWebexError, type Json } from './helpers/sampleHttp';

/** RFC 7636 Appendix B: the base64url of the appendix's 32 octets, and its S256 challenge. */
const RFC_VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const RFC_CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
/** Another well-formed verifier, which does not match RFC_CHALLENGE. */
const OTHER_VERIFIER = 'A'.repeat(43);

const REDIRECT_URI = 'http://localhost:8085/callback';
const SCOPES = 'spark-admin:telephony_config_read spark:people_read';
const STATE = 'state-1f3a9c';
const MINUTE = 60_000;

interface Reply {
  status: number;
  headers: Headers;
  text: string;
  body: Json | undefined;
}

async function reply(response: Response): Promise<Reply> {
  const text = await response.text();
  let body: Json | undefined;
  try {
    body = JSON.parse(text) as Json;
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, text, body };
}

describe('sample API: OAuth', () => {
  let server: SampleServer;
  let now: number;
  const started: SampleServer[] = [];

  async function start(options: SampleServerOptions = {}): Promise<SampleServer> {
    const started_ = await startSampleServer({ oauthClock: () => now, ...options });
    started.push(started_);
    return started_;
  }

  beforeEach(async () => {
    now = Date.parse('2026-03-02T09:00:00Z');
    server = await start();
  });
  afterEach(async () => {
    await Promise.all(started.splice(0).map((s) => s.close()));
  });

  /** `/v1/authorize` with a complete, valid query; `overrides` replace parameters, undefined removes one. */
  function authorizeUrl(target: SampleServer, overrides: Record<string, string | undefined> = {}): string {
    const params: Record<string, string | undefined> = {
      response_type: 'code',
      client_id: SAMPLE_OAUTH_CLIENT_ID,
      redirect_uri: REDIRECT_URI,
      scope: SCOPES,
      state: STATE,
      code_challenge: RFC_CHALLENGE,
      code_challenge_method: 'S256',
      ...overrides,
    };
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) if (value !== undefined) query.set(name, value);
    return `${target.baseUrl}/authorize?${query}`;
  }

  async function openConsent(target: SampleServer, overrides: Record<string, string | undefined> = {}): Promise<{ page: Reply; ticket: string }> {
    const page = await reply(await fetch(authorizeUrl(target, overrides), { redirect: 'manual' }));
    assert.equal(page.status, 200, page.text);
    const ticket = /<input type="hidden" name="ticket" value="([^"]+)">/.exec(page.text)?.[1];
    assert.ok(ticket, 'the consent form carries a ticket');
    return { page, ticket };
  }

  function postForm(url: string, fields: Record<string, string>): Promise<Response> {
    return fetch(url, { method: 'POST', redirect: 'manual', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
  }

  /** Sends the consent form; returns the reply (a redirect, or a refusal page). */
  async function decide(target: SampleServer, fields: Record<string, string>): Promise<Reply> {
    return reply(await postForm(`${target.baseUrl}/authorize`, fields));
  }

  function locationOf(answer: Reply): URL {
    assert.equal(answer.status, 302, answer.text);
    const location = answer.headers.get('location');
    assert.ok(location, 'a Location header');
    return new URL(location);
  }

  /** Consent approved as `admin`: the one-time code. */
  async function approve(target: SampleServer, admin = 'home', overrides: Record<string, string | undefined> = {}): Promise<string> {
    const { ticket } = await openConsent(target, overrides);
    const back = locationOf(await decide(target, { ticket, admin, decision: 'approve' }));
    const code = back.searchParams.get('code');
    assert.ok(code, 'the redirect carries a code');
    return code;
  }

  async function token(target: SampleServer, fields: Record<string, string>): Promise<Reply> {
    return reply(await postForm(`${target.baseUrl}/access_token`, fields));
  }

  function exchange(target: SampleServer, code: string, overrides: Record<string, string> = {}): Promise<Reply> {
    return token(target, {
      grant_type: 'authorization_code',
      client_id: SAMPLE_OAUTH_CLIENT_ID,
      client_secret: SAMPLE_OAUTH_CLIENT_SECRET,
      code,
      redirect_uri: REDIRECT_URI,
      code_verifier: RFC_VERIFIER,
      ...overrides,
    });
  }

  function refresh(target: SampleServer, refreshToken: string, overrides: Record<string, string> = {}): Promise<Reply> {
    return token(target, { grant_type: 'refresh_token', client_id: SAMPLE_OAUTH_CLIENT_ID, client_secret: SAMPLE_OAUTH_CLIENT_SECRET, refresh_token: refreshToken, ...overrides });
  }

  async function signIn(target: SampleServer, admin = 'home'): Promise<Json> {
    const answer = await exchange(target, await approve(target, admin));
    assert.equal(answer.status, 200, answer.text);
    return answer.body!;
  }

  async function me(target: SampleServer, accessToken: string): Promise<Reply> {
    return reply(await fetch(`${target.baseUrl}/people/me`, { headers: { Authorization: `Bearer ${accessToken}` } }));
  }

  function assertOAuthError(answer: Reply, status: number, error: string): void {
    assert.equal(answer.status, status, answer.text);
    assert.equal(answer.body?.error, error, answer.text);
    assert.equal(typeof answer.body?.error_description, 'string');
    assert.equal(answer.body?.trackingId, answer.headers.get('trackingid'));
    assert.equal(answer.headers.get('cache-control'), 'no-store');
  }

  function assertRefusalPage(answer: Reply): void {
    assert.equal(answer.status, 400, answer.text);
    assert.match(answer.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(answer.headers.get('location'), null, 'never a redirect');
    assert.match(answer.text, /sign-in refused/);
  }

  describe('PKCE', () => {
    it('S256 matches the RFC 7636 Appendix B test vector', () => {
      assert.equal(pkceS256Challenge(RFC_VERIFIER), RFC_CHALLENGE);
    });

    it('exchanges a code only for the verifier of its challenge', async () => {
      const code = await approve(server);
      assertOAuthError(await exchange(server, code, { code_verifier: OTHER_VERIFIER }), 400, 'invalid_grant');
      assert.equal((await exchange(server, code)).status, 200, 'a failed verifier does not use the code up');
    });

    it('refuses a verifier that is not 43–128 unreserved characters', async () => {
      const code = await approve(server);
      for (const verifier of [RFC_VERIFIER.slice(0, 42), 'a'.repeat(129), RFC_VERIFIER + '+', RFC_VERIFIER + ' ', RFC_VERIFIER + '/']) {
        assertOAuthError(await exchange(server, code, { code_verifier: verifier }), 400, 'invalid_request');
      }
    });
  });

  describe('the consent page', () => {
    it('is a scriptless, framing-proof HTML form with the scopes, both admins, Approve and Deny', async () => {
      const { page } = await openConsent(server);
      assert.match(page.headers.get('content-type') ?? '', /^text\/html; charset=utf-8/);
      const csp = page.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'none'/);
      assert.doesNotMatch(csp, /script-src|unsafe-inline/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.match(csp, /form-action 'self' http:\/\/localhost:8085/);
      assert.equal(page.headers.get('x-frame-options'), 'DENY');
      assert.equal(page.headers.get('cache-control'), 'no-store');
      assert.doesNotMatch(page.text, /<script/i);
      assert.match(page.text, /<title>Sample organization — sign in<\/title>/);
      assert.match(page.text, /<h1>Sample organization — sign in<\/h1>/);
      for (const scope of SCOPES.split(' ')) assert.ok(page.text.includes(`<li><code>${scope}</code></li>`), scope);
      assert.match(page.text, /<button type="submit" name="decision" value="approve">Approve<\/button>/);
      assert.match(page.text, /<button type="submit" name="decision" value="deny">Deny<\/button>/);
      assert.match(page.text, /<form method="post" action="\/v1\/authorize">/);
      const [home, partner] = server.signInAdmins;
      assert.equal(home.person.id, server.org.me.id);
      assert.notEqual(partner.person.id, home.person.id);
      assert.notDeepEqual(partner.person.emails, home.person.emails);
      assert.ok(page.text.includes(`<option value="home" selected>${home.person.displayName} · ${home.person.emails![0]}`));
      assert.ok(page.text.includes(`<option value="partner">${partner.person.displayName} · ${partner.person.emails![0]}`));
    });

    it('approve redirects to the redirect URI with a code and the same state', async () => {
      const { ticket } = await openConsent(server);
      const answer = await decide(server, { ticket, admin: 'home', decision: 'approve' });
      const back = locationOf(answer);
      assert.equal(`${back.origin}${back.pathname}`, REDIRECT_URI);
      assert.equal(back.searchParams.get('state'), STATE);
      assert.ok(back.searchParams.get('code'));
      assert.equal(back.searchParams.get('error'), null);
      assert.equal(answer.headers.get('cache-control'), 'no-store');
    });

    it('deny redirects with error=access_denied, a description and the state, and no code', async () => {
      const { ticket } = await openConsent(server, { redirect_uri: 'http://127.0.0.1:8085/callback' });
      const back = locationOf(await decide(server, { ticket, admin: 'home', decision: 'deny' }));
      assert.equal(`${back.origin}${back.pathname}`, 'http://127.0.0.1:8085/callback');
      assert.equal(back.searchParams.get('error'), 'access_denied');
      assert.ok(back.searchParams.get('error_description'));
      assert.equal(back.searchParams.get('state'), STATE);
      assert.equal(back.searchParams.get('code'), null);
    });

    const refusals: Array<[string, Record<string, string | undefined>]> = [
      ['an unknown client_id', { client_id: 'C-not-registered' }],
      ['a missing client_id', { client_id: undefined }],
      ['a missing redirect_uri', { redirect_uri: undefined }],
      ['a redirect_uri on another port', { redirect_uri: 'http://localhost:8086/callback' }],
      ['a redirect_uri with a trailing slash', { redirect_uri: 'http://localhost:8085/callback/' }],
      ['a redirect_uri with a query added', { redirect_uri: 'http://localhost:8085/callback?next=x' }],
      ['a redirect_uri on another host', { redirect_uri: 'https://attacker.example/callback' }],
      ['no code_challenge_method', { code_challenge_method: undefined }],
      ['code_challenge_method=plain', { code_challenge_method: 'plain', code_challenge: RFC_VERIFIER }],
      ['no code_challenge', { code_challenge: undefined }],
      ['a code_challenge that is not a SHA-256', { code_challenge: 'short' }],
      ['no state', { state: undefined }],
      ['an empty state', { state: '' }],
      ['response_type=token', { response_type: 'token' }],
      ['no scope', { scope: undefined }],
    ];
    for (const [what, overrides] of refusals) {
      it(`refuses ${what} with a page, never a redirect`, async () => {
        const answer = await reply(await fetch(authorizeUrl(server, overrides), { redirect: 'manual' }));
        assertRefusalPage(answer);
        assert.doesNotMatch(answer.text, /name="ticket"/);
      });
    }

    it('refuses a repeated parameter (RFC 6749 §3.1)', async () => {
      const url = authorizeUrl(server) + '&state=second';
      assertRefusalPage(await reply(await fetch(url, { redirect: 'manual' })));
    });

    it('sends a scope the integration was not given back with error=invalid_scope', async () => {
      const limited = await start({ oauthClients: [{ clientId: 'C-limited', clientSecret: 's', redirectUris: [REDIRECT_URI], scopes: ['spark:people_read'] }] });
      const answer = await reply(await fetch(authorizeUrl(limited, { client_id: 'C-limited' }), { redirect: 'manual' }));
      const back = locationOf(answer);
      assert.equal(back.searchParams.get('error'), 'invalid_scope');
      assert.equal(back.searchParams.get('state'), STATE);
      assert.equal(back.searchParams.get('code'), null);
      await openConsent(limited, { client_id: 'C-limited', scope: 'spark:people_read' });
    });

    it('shows hostile scope and state values as inert text and returns the state unchanged', async () => {
      const state = '"><script>alert(1)</script>&x=1';
      const scope = 'spark:people_read <img src=x onerror=alert(2)> "q\'';
      const { page, ticket } = await openConsent(server, { state, scope });
      assert.doesNotMatch(page.text, /<script|<img/i);
      assert.ok(page.text.includes('<li><code>&lt;img</code></li>'));
      assert.ok(page.text.includes('<li><code>&quot;q&#39;</code></li>'));
      assert.ok(!page.text.includes('alert(1)'), 'the state is not shown at all');
      const back = locationOf(await decide(server, { ticket, admin: 'home', decision: 'approve' }));
      assert.equal(back.searchParams.get('state'), state);
      assert.equal(back.searchParams.get('x'), null, 'the state cannot add parameters');
      const granted = await exchange(server, back.searchParams.get('code')!);
      assert.equal(granted.body?.scope, 'spark:people_read <img src=x onerror=alert(2)> "q\'');
    });

    it('shows a hostile org admin\'s name and email as inert text', async () => {
      const hostile = await start({ hostile: true });
      const { page } = await openConsent(hostile);
      assert.doesNotMatch(page.text, /<script|<img|<b>/i);
      assert.ok(page.text.includes('&lt;'), 'the hostile strings are there, escaped');
    });

    it('refuses hostile values on the refusal page as inert text too', async () => {
      const answer = await reply(await fetch(authorizeUrl(server, { client_id: '<script>alert(1)</script>' }), { redirect: 'manual' }));
      assertRefusalPage(answer);
      assert.doesNotMatch(answer.text, /<script/i);
    });
  });

  describe('the consent form', () => {
    it('takes each ticket once', async () => {
      const { ticket } = await openConsent(server);
      locationOf(await decide(server, { ticket, admin: 'home', decision: 'approve' }));
      assertRefusalPage(await decide(server, { ticket, admin: 'home', decision: 'approve' }));
      assertRefusalPage(await decide(server, { ticket, admin: 'home', decision: 'deny' }));
    });

    it('refuses a missing, unknown or expired ticket, and never re-trusts raw parameters', async () => {
      assertRefusalPage(await decide(server, { admin: 'home', decision: 'approve' }));
      assertRefusalPage(await decide(server, { ticket: 'made-up', admin: 'home', decision: 'approve' }));
      assertRefusalPage(
        await decide(server, { client_id: SAMPLE_OAUTH_CLIENT_ID, redirect_uri: 'https://attacker.example/', state: STATE, code_challenge: RFC_CHALLENGE, admin: 'home', decision: 'approve' }),
      );
      const { ticket } = await openConsent(server);
      now += 10 * MINUTE;
      assertRefusalPage(await decide(server, { ticket, admin: 'home', decision: 'approve' }));
    });

    it('refuses an unknown admin or decision, keeping the ticket for a proper answer', async () => {
      const { ticket } = await openConsent(server);
      assertRefusalPage(await decide(server, { ticket, admin: 'root', decision: 'approve' }));
      assertRefusalPage(await decide(server, { ticket, admin: 'home', decision: 'maybe' }));
      locationOf(await decide(server, { ticket, admin: 'home', decision: 'approve' }));
    });

    it('refuses a body that is not a form', async () => {
      const { ticket } = await openConsent(server);
      const answer = await reply(await fetch(`${server.baseUrl}/authorize`, { method: 'POST', redirect: 'manual', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ticket, admin: 'home', decision: 'approve' }) }));
      assertRefusalPage(answer);
    });
  });

  describe('the authorization-code grant', () => {
    it('issues Webex-shaped tokens with the default lifetimes, which work as bearer tokens', async () => {
      const answer = await exchange(server, await approve(server));
      assert.equal(answer.status, 200, answer.text);
      assert.match(answer.headers.get('content-type') ?? '', /application\/json/);
      assert.equal(answer.headers.get('cache-control'), 'no-store');
      const body = answer.body!;
      assert.deepEqual(Object.keys(body).sort(), ['access_token', 'expires_in', 'refresh_token', 'refresh_token_expires_in', 'scope', 'token_type']);
      assert.equal(body.token_type, 'Bearer');
      assert.equal(body.expires_in, 1_209_600);
      assert.equal(body.refresh_token_expires_in, 7_776_000);
      assert.equal(body.scope, SCOPES);
      assert.notEqual(body.access_token, body.refresh_token);
      const person = await me(server, body.access_token as string);
      assert.equal(person.status, 200);
      assert.equal(person.body?.id, server.org.me.id);
      const locations = await reply(await fetch(`${server.baseUrl}/telephony/config/locations`, { headers: { Authorization: `Bearer ${body.access_token as string}` } }));
      assert.equal(locations.status, 200);
      assert.ok(((locations.body?.locations as Json[]) ?? []).length > 0);
    });

    it('answers /people/me with the partner admin chosen on the consent page, who browses the same org', async () => {
      const body = await signIn(server, 'partner');
      const person = await me(server, body.access_token as string);
      const partner = server.signInAdmins.find((admin) => admin.key === 'partner')!.person;
      assert.equal(person.body?.id, partner.id);
      assert.notEqual(person.body?.id, server.org.me.id);
      assert.deepEqual(person.body?.emails, ['jordan.lee@northwind-partners.example']);
      const orgs = await reply(await fetch(`${server.baseUrl}/organizations`, { headers: { Authorization: `Bearer ${body.access_token as string}` } }));
      assert.equal(orgs.status, 200);
    });

    it('takes lifetimes from the options', async () => {
      const custom = await start({ accessTokenLifetimeSeconds: 30, refreshTokenLifetimeSeconds: 90 });
      const body = await signIn(custom);
      assert.equal(body.expires_in, 30);
      assert.equal(body.refresh_token_expires_in, 90);
    });

    it('uses a code once; presenting it again revokes what it bought (RFC 6749 §4.1.2)', async () => {
      const code = await approve(server);
      const first = await exchange(server, code);
      assert.equal(first.status, 200);
      assert.equal((await me(server, first.body!.access_token as string)).status, 200);
      const second = await exchange(server, code);
      assertOAuthError(second, 400, 'invalid_grant');
      assert.ok(!second.text.includes(code), 'the code is not repeated');
      assertWebexError(await me(server, first.body!.access_token as string), 401);
      assertOAuthError(await refresh(server, first.body!.refresh_token as string), 400, 'invalid_grant');
    });

    it('refuses a code after 5 minutes', async () => {
      const late = await approve(server);
      const inTime = await approve(server);
      now += 5 * MINUTE - 1;
      assert.equal((await exchange(server, inTime)).status, 200);
      now += 1;
      assertOAuthError(await exchange(server, late), 400, 'invalid_grant');
    });

    it('refuses a code with another redirect_uri, or issued to another client', async () => {
      const second = { clientId: 'C-second', clientSecret: 'second-secret', redirectUris: [REDIRECT_URI] };
      const two = await start({ oauthClients: [{ clientId: SAMPLE_OAUTH_CLIENT_ID, clientSecret: SAMPLE_OAUTH_CLIENT_SECRET, redirectUris: [REDIRECT_URI, 'http://127.0.0.1:8085/callback'] }, second] });
      const code = await approve(two);
      assertOAuthError(await exchange(two, code, { redirect_uri: 'http://127.0.0.1:8085/callback' }), 400, 'invalid_grant');
      assertOAuthError(await exchange(two, code, { client_id: second.clientId, client_secret: second.clientSecret }), 400, 'invalid_grant');
      assert.equal((await exchange(two, code)).status, 200, 'the refused attempts did not use the code');
    });

    it('refuses an unknown code', async () => {
      assertOAuthError(await exchange(server, 'not-a-code'), 400, 'invalid_grant');
    });
  });

  describe('client authentication and the request', () => {
    it('answers a wrong or unknown client with 401 invalid_client, without repeating the secret', async () => {
      const code = await approve(server);
      const wrong = await exchange(server, code, { client_secret: 'wrong-secret-value' });
      assertOAuthError(wrong, 401, 'invalid_client');
      assert.ok(!wrong.text.includes('wrong-secret-value'));
      assertOAuthError(await exchange(server, code, { client_id: 'C-unknown' }), 401, 'invalid_client');
      assertOAuthError(await refresh(server, 'anything', { client_secret: 'wrong' }), 401, 'invalid_client');
      assert.equal((await exchange(server, code)).status, 200, 'the code survives a failed client authentication');
    });

    for (const field of ['client_id', 'client_secret', 'code', 'redirect_uri', 'code_verifier', 'grant_type']) {
      it(`answers an authorization_code request without ${field} with 400 invalid_request`, async () => {
        const code = await approve(server);
        const fields: Record<string, string> = {
          grant_type: 'authorization_code', client_id: SAMPLE_OAUTH_CLIENT_ID, client_secret: SAMPLE_OAUTH_CLIENT_SECRET, code, redirect_uri: REDIRECT_URI, code_verifier: RFC_VERIFIER,
        };
        delete fields[field];
        assertOAuthError(await token(server, fields), 400, 'invalid_request');
      });
    }

    for (const field of ['client_id', 'client_secret', 'refresh_token']) {
      it(`answers a refresh_token request without ${field} with 400 invalid_request`, async () => {
        const fields: Record<string, string> = { grant_type: 'refresh_token', client_id: SAMPLE_OAUTH_CLIENT_ID, client_secret: SAMPLE_OAUTH_CLIENT_SECRET, refresh_token: 'r' };
        delete fields[field];
        assertOAuthError(await token(server, fields), 400, 'invalid_request');
      });
    }

    it('refuses another grant type, a JSON body, parameters in the URL, and GET', async () => {
      assertOAuthError(await token(server, { grant_type: 'client_credentials', client_id: SAMPLE_OAUTH_CLIENT_ID, client_secret: SAMPLE_OAUTH_CLIENT_SECRET }), 400, 'unsupported_grant_type');
      const json = await reply(await fetch(`${server.baseUrl}/access_token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }));
      assertOAuthError(json, 400, 'invalid_request');
      const inUrl = await reply(await postForm(`${server.baseUrl}/access_token?client_secret=${SAMPLE_OAUTH_CLIENT_SECRET}`, { grant_type: 'refresh_token' }));
      assertOAuthError(inUrl, 400, 'invalid_request');
      const get = await reply(await fetch(`${server.baseUrl}/access_token`));
      assertOAuthError(get, 405, 'invalid_request');
    });
  });

  describe('expiry and refresh', () => {
    it('an access token answers until it expires, then 401 as an expired token does', async () => {
      server.setTokenLifetimes({ accessSeconds: 60 });
      const body = await signIn(server);
      assert.equal(body.expires_in, 60);
      now += 60_000 - 1;
      assert.equal((await me(server, body.access_token as string)).status, 200);
      now += 1;
      assertWebexError(await me(server, body.access_token as string), 401);
    });

    it('expires on the real clock when none is given', async () => {
      const real = await start({ oauthClock: undefined, accessTokenLifetimeSeconds: 0.3 });
      const body = await signIn(real);
      assert.equal(body.expires_in, 0, 'whole seconds, rounded down');
      const deadline = Date.now() + 5000;
      let status = 200;
      while (status === 200 && Date.now() < deadline) {
        status = (await me(real, body.access_token as string)).status;
        if (status === 200) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      assert.equal(status, 401);
    });

    it('refresh issues a new access token and keeps the refresh token and its expiry', async () => {
      const first = await signIn(server);
      now += 1000 * 1000;
      const renewed = await refresh(server, first.refresh_token as string);
      assert.equal(renewed.status, 200, renewed.text);
      assert.deepEqual(Object.keys(renewed.body!).sort(), ['access_token', 'expires_in', 'refresh_token', 'refresh_token_expires_in', 'scope', 'token_type']);
      assert.notEqual(renewed.body!.access_token, first.access_token);
      assert.equal(renewed.body!.refresh_token, first.refresh_token);
      assert.equal(renewed.body!.expires_in, 1_209_600);
      assert.equal(renewed.body!.refresh_token_expires_in, 7_776_000 - 1000);
      assert.equal(renewed.body!.scope, SCOPES);
      assert.equal((await me(server, renewed.body!.access_token as string)).body?.id, server.org.me.id);
    });

    it('a refreshed token signs in as the same admin', async () => {
      const first = await signIn(server, 'partner');
      const renewed = await refresh(server, first.refresh_token as string);
      assert.equal((await me(server, renewed.body!.access_token as string)).body?.id, server.signInAdmins[1].person.id);
    });

    it('refuses an expired refresh token', async () => {
      server.setTokenLifetimes({ refreshSeconds: 120 });
      const first = await signIn(server);
      now += 120_000 - 1;
      assert.equal((await refresh(server, first.refresh_token as string)).status, 200);
      now += 1;
      assertOAuthError(await refresh(server, first.refresh_token as string), 400, 'invalid_grant');
    });

    it('refuses a refresh token after revokeRefreshTokens(), while access tokens live on', async () => {
      const first = await signIn(server);
      server.revokeRefreshTokens();
      assertOAuthError(await refresh(server, first.refresh_token as string), 400, 'invalid_grant');
      assert.equal((await me(server, first.access_token as string)).status, 200);
      const later = await signIn(server);
      assert.equal((await refresh(server, later.refresh_token as string)).status, 200, 'tokens issued after the revocation refresh');
    });

    it('refuses an unknown refresh token, or one issued to another client', async () => {
      const other = { clientId: 'C-other', clientSecret: 'other-secret', redirectUris: [REDIRECT_URI] };
      const two = await start({ oauthClients: [{ clientId: SAMPLE_OAUTH_CLIENT_ID, clientSecret: SAMPLE_OAUTH_CLIENT_SECRET, redirectUris: [REDIRECT_URI] }, other] });
      const first = await signIn(two);
      assertOAuthError(await refresh(two, 'not-a-refresh-token'), 400, 'invalid_grant');
      assertOAuthError(await refresh(two, first.refresh_token as string, { client_id: other.clientId, client_secret: other.clientSecret }), 400, 'invalid_grant');
      assertOAuthError(await refresh(two, first.access_token as string), 400, 'invalid_grant');
    });

    it('rejects invalid lifetimes', () => {
      assert.throws(() => server.setTokenLifetimes({ accessSeconds: -1 }), RangeError);
      assert.throws(() => server.setTokenLifetimes({ refreshSeconds: Number.NaN }), RangeError);
    });
  });

  describe('counters and the request log', () => {
    it('counts authorize requests and token requests by grant type', async () => {
      const before = server.oauthStats();
      const first = await signIn(server);
      await refresh(server, first.refresh_token as string);
      await refresh(server, 'unknown');
      await fetch(authorizeUrl(server, { state: undefined }));
      const after = server.oauthStats();
      assert.equal(after.authorizeRequests - before.authorizeRequests, 2);
      assert.equal(after.tokenRequests.authorization_code - before.tokenRequests.authorization_code, 1);
      assert.equal(after.tokenRequests.refresh_token - before.tokenRequests.refresh_token, 2);
    });

    it('keeps no secret in the request log, even one sent in a URL', async () => {
      const code = await approve(server);
      const body = (await exchange(server, code)).body!;
      await refresh(server, body.refresh_token as string);
      await postForm(`${server.baseUrl}/access_token?client_secret=${SAMPLE_OAUTH_CLIENT_SECRET}&code=${code}&code_verifier=${RFC_VERIFIER}&refresh_token=${body.refresh_token as string}`, {});
      await postForm(`${server.baseUrl}/access_token?client%5Fsecret=${SAMPLE_OAUTH_CLIENT_SECRET}&max=5`, {});
      const log = server.stats().log;
      const tokenRequests = log.filter((record) => record.url.startsWith('/v1/access_token'));
      assert.equal(tokenRequests.length, 4);
      assert.equal(tokenRequests[3].url, '/v1/access_token?client%5Fsecret=REDACTED&max=5');
      const recorded = JSON.stringify(log);
      for (const secret of [SAMPLE_OAUTH_CLIENT_SECRET, code, RFC_VERIFIER, body.refresh_token as string, body.access_token as string]) {
        assert.ok(!recorded.includes(secret), 'a secret reached the request log');
      }
      assert.equal(tokenRequests[2].url, '/v1/access_token?client_secret=REDACTED&code=REDACTED&code_verifier=REDACTED&refresh_token=REDACTED');
    });
  });
});
