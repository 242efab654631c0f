import * as assert from 'node:assert';
import { codeFromPaste } from '../../src/auth/pastedRedirect';

describe('The paste fallback', () => {
  const state = 'Zm9vYmFyLXN0YXRlLXZhbHVlLXRoYXQtaXMtbG9uZw';

  it('takes the whole address the browser ended on', () => {
    assert.strictEqual(codeFromPaste(`http://localhost:8085/callback?code=abc123DEF456&state=${state}`, state), 'abc123DEF456');
  });

  it('takes the address with spaces, quotes or angle brackets around it, and other hosts or ports', () => {
    assert.strictEqual(codeFromPaste(`  "http://127.0.0.1:9000/callback?state=${state}&code=abc123DEF456"\n`, state), 'abc123DEF456');
    assert.strictEqual(codeFromPaste(`<http://localhost:8085/callback?code=abc123DEF456&state=${state}>`, state), 'abc123DEF456');
  });

  it('takes only the query, with or without its ?', () => {
    assert.strictEqual(codeFromPaste(`?code=abc123DEF456&state=${state}`, state), 'abc123DEF456');
    assert.strictEqual(codeFromPaste(`code=abc123DEF456&state=${state}`, state), 'abc123DEF456');
    assert.strictEqual(codeFromPaste(`/callback?code=abc123DEF456&state=${state}`, state), 'abc123DEF456');
  });

  it('takes a bare code', () => {
    assert.strictEqual(codeFromPaste('  YjQ2ZDhlNTQtN2Y0ZS00.b-c_d~e  ', state), 'YjQ2ZDhlNTQtN2Y0ZS00.b-c_d~e');
  });

  it('refuses an address from another sign-in (state), a declined one, and one without a code', () => {
    assert.throws(() => codeFromPaste('http://localhost:8085/callback?code=abc123DEF456&state=another', state), { reason: 'stateMismatch' });
    assert.throws(() => codeFromPaste('http://localhost:8085/callback?code=abc123DEF456', state), { reason: 'stateMismatch' });
    assert.throws(() => codeFromPaste(`http://localhost:8085/callback?error=access_denied&state=${state}`, state), { reason: 'denied' });
    assert.throws(() => codeFromPaste(`http://localhost:8085/callback?state=${state}`, state), { reason: 'noCode' });
  });

  it('says what it expected for text that is neither', () => {
    for (const text of ['', '   ', 'short', 'two words here', '<script>alert(1)</script>', 'http://[bad']) {
      assert.throws(() => codeFromPaste(text, state), { reason: 'notUnderstood' }, text);
    }
  });
});
