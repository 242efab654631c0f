import * as assert from 'node:assert';
import { maskSecrets } from '../../src/secretMask';

describe('Secrets masked in log lines', () => {
  const token = 'ZjE2YzQ3-real-access-token-0123456789';

  it('masks a known token wherever it appears', () => {
    const line = `GET /v1/people/me 500 3 ms trackingid=${token}`;
    assert.strictEqual(maskSecrets(line, [token]), 'GET /v1/people/me 500 3 ms trackingid=***');
  });

  it('masks credential shapes it was not told about', () => {
    const cases: [string, string][] = [
      ['Authorization: Bearer abc.def-ghi', 'Authorization: Bearer ***'],
      ['trackingid=Bearer abc123', 'trackingid=Bearer ***'],
      ['authorization: rawvalue', 'authorization: ***'],
      ['POST /token grant_type=refresh_token&refresh_token=r3fr3sh&client_secret=s3cr3t', 'POST /token grant_type=refresh_token&refresh_token=***&client_secret=***'],
      ['https://h/cb?access_token=abc&x=1', 'https://h/cb?access_token=***&x=1'],
      ['{"access_token":"abc","expires_in":1209600}', '{"access_token":"***","expires_in":1209600}'],
      ['Basic dXNlcjpwYXNz', 'Basic ***'],
    ];
    for (const [line, masked] of cases) assert.strictEqual(maskSecrets(line), masked, line);
  });

  it('leaves ordinary lines alone', () => {
    const line = 'GET /v1/telephony/config/locations?max=100 200 12 ms trackingid=ROUTER_64F1A2B3-0000';
    assert.strictEqual(maskSecrets(line, [token]), line);
    assert.strictEqual(maskSecrets('Webex refused the access token (401)', ['short']), 'Webex refused the access token (401)');
  });
});
