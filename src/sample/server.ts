// The sample organization as a Webex-compatible HTTP API on 127.0.0.1: the entry point of the
// lazily loaded dist/sample.js ("Explore Sample Organization"), also used by tests and the
// benchmark. It answers the endpoints this extension reads with Webex's shapes, paging, errors and
// headers. node:http only, and nothing from 'vscode'. What only tests need is composed on top in
// test/support/sampleServer.ts through the options' `intercept`, `observe` and `transformOrgs`.

import type { SampleServerOptions } from './control';
import { SampleHttpServer, type SampleServer } from './httpServer';

export { SAMPLE_TOKEN, type SampleServer } from './httpServer';
export type { SampleLocationData, SampleOrg } from './data';
export type { OAuthStats, PagingMode, SampleInterceptor, SampleOAuthClient, SampleOrgSize, SampleReply, SampleReplyKit, SampleRequest, SampleServerOptions, TokenLifetimes } from './control';
export { pkceS256Challenge, SAMPLE_OAUTH_CLIENT_ID, SAMPLE_OAUTH_CLIENT_SECRET, type SignInAdmin, type SignInAdminKey } from './oauth';
export { LIST_PATHS, type ListPath } from './paging';

/** Starts the sample API on 127.0.0.1 (an ephemeral port unless `port` is given). */
export async function startSampleServer(options: SampleServerOptions = {}): Promise<SampleServer> {
  const server = new SampleHttpServer(options);
  await server.listen(options.port ?? 0);
  return server;
}
