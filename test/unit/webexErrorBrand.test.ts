// Webex errors are recognised whichever bundle made them: the rarely used commands ship as a second
// bundle with its own copy of the error classes, and an error thrown by the client in the main bundle
// must still read as a Webex error there (its wording, "not found", "aborted").
import * as assert from 'node:assert/strict';
import { errorSummary, isAborted, isNotFound } from '../../src/errorText';
import { NotFoundError, UnauthorizedError, WebexError } from '../../src/webex/errors';

/** What a NotFoundError made by another copy of the classes looks like here: same fields, same brand, another prototype. */
function fromAnotherBundle(): Error {
  const error = Object.assign(new Error('Not found (GET /v1/x)'), { kind: 'notFound', userMessage: 'Webex has no such item (404).', method: 'GET', url: '/v1/x' });
  Object.defineProperty(error, Symbol.for('webex-calling-explorer.WebexError'), { value: true });
  return error;
}

describe('Webex errors across bundles', () => {
  it('recognises a Webex error made by another copy of the classes', () => {
    const error = fromAnotherBundle();
    assert.ok(error instanceof WebexError);
    assert.ok(isNotFound(error));
    assert.ok(!isAborted(error));
    assert.equal(errorSummary(error).message, 'Webex has no such item (404).');
  });

  it('does not take any error for a Webex error', () => {
    assert.ok(!(new Error('plain') instanceof WebexError));
    assert.ok(!(Object.assign(new Error('x'), { kind: 'notFound' }) instanceof WebexError));
    assert.ok(!((null as unknown as object) instanceof WebexError));
  });

  it('keeps subclasses apart: a 404 is not a 401', () => {
    const notFound = new NotFoundError({ method: 'GET', url: '/x', status: 404 });
    assert.ok(notFound instanceof WebexError);
    assert.ok(notFound instanceof NotFoundError);
    assert.ok(!(notFound instanceof UnauthorizedError));
  });
});
