import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { buildDetailsHtml, buildLoadingHtml, DetailsHtmlInput, escapeHtml } from '../../src/details/detailsHtml';
import { isDetailsRequest } from '../../src/details/messages';

const resources = {
  nonce: 'bm9uY2Utdjk5K2FiYw==',
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/details.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/details.css',
  codiconsUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/codicons/codicon.css',
};

function render(payload: unknown, overrides: Partial<DetailsHtmlInput> = {}): string {
  return buildDetailsHtml({ kind: 'huntGroup', title: 'Sales Line', payload, ...resources, ...overrides });
}

/** Shaped like the "Get Details for a Hunt Group" example, with the same spec-vs-reality differences. */
function huntGroup(): Record<string, unknown> {
  return {
    id: 'Y2lzY29zcGFyazovL3VzL0hVTlRfR1JPVVAvaGdubUUz',
    name: 'hgnME3',
    enabled: true,
    extension: '079999',
    distinctiveRing: true,
    alternateNumbers: [],
    callingFirstName: '.',
    callingLastName: 'hgnME3',
    callPolicies: {
      policy: 'UNIFORM',
      waitingEnabled: false,
      noAnswer: { nextAgentEnabled: false, nextAgentRings: 5, forwardEnabled: false, numberOfRings: 0, systemMaxNumberOfRing: 20 },
      busyRedirect: { enabled: true, destination: '7037344404', destinationVoicemailEnabled: true },
    },
    agents: [
      { id: 'a1', firstName: 'John', lastName: 'Doe', type: 'PEOPLE', phoneNumber: '+15558675310', extension: '7781' },
      { id: 'a2', firstName: 'Alaska Office', lastName: 'Second Floor', type: 'PLACE' },
      { id: 'a3', firstName: 'Alice', lastName: 'Smith', type: 'VIRTUAL_LINE' },
    ],
    huntGroupCallerIdForOutgoingCallsEnabled: true,
  };
}

const allowedTags = new Set([
  'html', 'head', 'meta', 'link', 'title', 'body', 'header', 'main', 'div', 'h1', 'p', 'span', 'bdi', 'input', 'button',
  'ul', 'li', 'details', 'summary', 'script',
]);
const allowedAttributes = new Set([
  'lang', 'charset', 'http-equiv', 'content', 'name', 'rel', 'href', 'nonce', 'src', 'id', 'class', 'role', 'title', 'type',
  'tabindex', 'open', 'hidden', 'disabled', 'spellcheck', 'autocomplete', 'placeholder', 'aria-label', 'aria-hidden',
  'aria-expanded', 'aria-busy', 'data-path', 'data-action', 'data-message', 'data-other-label',
]);

interface Tag {
  name: string;
  attributes: Map<string, string>;
}

/**
 * Reads the page as the browser would find its tags, and fails on anything the builder itself does not
 * write: every `<` must open or close one of the builder's tags with only the builder's attributes, so
 * a `<` or an `on…=` attribute that came from the payload cannot hide anywhere.
 */
function readTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const tagPattern = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*>/y;
  const body = html.replace(/^<!DOCTYPE html>/, '');
  let index = body.indexOf('<');
  while (index >= 0) {
    tagPattern.lastIndex = index;
    const match = tagPattern.exec(body);
    assert.ok(match, `unexpected '<' at ${index}: ${body.slice(index, index + 80)}`);
    const [whole, closing, name, attributeText] = match;
    assert.ok(allowedTags.has(name), `unexpected tag <${name}>`);
    const attributes = new Map<string, string>();
    for (const [, attribute, value] of attributeText.matchAll(/\s+([a-z-]+)(?:="([^"]*)")?/g)) {
      assert.ok(allowedAttributes.has(attribute), `unexpected attribute ${attribute} on <${name}>`);
      assert.ok(!attributes.has(attribute), `duplicate attribute ${attribute} on <${name}>`);
      attributes.set(attribute, value ?? '');
    }
    if (!closing) tags.push({ name, attributes });
    index = body.indexOf('<', index + whole.length);
  }
  return tags;
}

function assertInert(html: string, input: DetailsHtmlInput): void {
  const tags = readTags(html);
  const scripts = tags.filter((tag) => tag.name === 'script');
  assert.equal(scripts.length, 1, 'exactly one script element');
  assert.equal(scripts[0].attributes.get('nonce'), input.nonce);
  assert.equal(scripts[0].attributes.get('src'), input.scriptUri);
  for (const tag of tags) {
    for (const attribute of ['href', 'src']) {
      const value = tag.attributes.get(attribute);
      if (value !== undefined) assert.ok([input.scriptUri, input.styleUri, input.codiconsUri].includes(value), `${attribute}=${value}`);
    }
  }
  const csp = tags.find((tag) => tag.attributes.get('http-equiv') === 'Content-Security-Policy')?.attributes.get('content');
  assert.equal(
    csp,
    escapeHtml(`default-src 'none'; style-src ${input.cspSource}; font-src ${input.cspSource}; script-src 'nonce-${input.nonce}'; img-src ${input.cspSource}`),
  );
}

/** The attribute value of the row for a field, as the page writes it (`data-path="[&quot;…&quot;]"`). */
function rowOf(html: string, path: (string | number)[]): string {
  const marker = `data-path="${escapeHtml(JSON.stringify(path))}"`;
  const start = html.indexOf(marker);
  assert.ok(start >= 0, `no row for ${JSON.stringify(path)}`);
  const rowEnd = html.indexOf('</summary>', start);
  const leafEnd = html.indexOf('</li>', start);
  return html.slice(start, rowEnd >= 0 && rowEnd < leafEnd ? rowEnd : leafEnd);
}

describe('details HTML', () => {
  describe('escapeHtml', () => {
    it('escapes the five characters that matter in text and quoted attributes', () => {
      assert.equal(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
      assert.equal(escapeHtml('plain text'), 'plain text');
    });
  });

  describe('with hostile input', () => {
    const hostileStrings = [
      '<script>alert(1)</script>',
      '</script><script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      `' onmouseover='alert(1)`,
      'javascript:alert(document.cookie)',
      '<!-- comment --><![CDATA[x]]>',
      '&lt;already escaped&gt; &amp;',
      'abc\u202Eevil\u202C def',
      '\u0000\u0007\n\r\t',
      'x'.repeat(10 * 1024),
    ];

    function hostilePayload(): Record<string, unknown> {
      const payload = huntGroup();
      hostileStrings.forEach((text, index) => {
        payload[`hostile${index}`] = text;
        payload[text.slice(0, 200)] = { [text.slice(0, 200)]: [text, { nested: text }] };
      });
      (payload.callPolicies as Record<string, unknown>).policy = '"><img src=x onerror=alert(1)>';
      return payload;
    }

    it('renders values, keys, title and error as inert text', () => {
      const input: DetailsHtmlInput = {
        kind: 'huntGroup',
        title: '</title><script>alert(1)</script>',
        payload: hostilePayload(),
        error: '<img src=x onerror=alert(1)> failed',
        ...resources,
      };
      const html = buildDetailsHtml(input);
      assertInert(html, input);
      assert.ok(html.includes('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;'));
      assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt; failed'));
    });

    it('escapes JSON parsed keys such as __proto__ and never looks them up in the docs', () => {
      const payload: unknown = JSON.parse('{"__proto__": {"x": 1}, "constructor": "<b>", "toString": 3}');
      const html = render(payload);
      assertInert(html, { kind: 'huntGroup', title: 'Sales Line', payload, ...resources });
      assert.match(rowOf(html, ['__proto__']), /badge-undocumented/);
      assert.match(rowOf(html, ['constructor']), /&lt;b&gt;/);
    });

    it('isolates right-to-left overrides from the text around them', () => {
      const html = render({ name: 'abc\u202Eevil\u202C def', 'key\u202E': 1 }, { title: 'title\u202E' });
      assert.ok(html.includes('<bdi>&quot;abc\u202Eevil\u202C def&quot;</bdi>'));
      assert.ok(html.includes('<bdi>key\u202E</bdi>'));
      assert.ok(html.includes('<bdi>title\u202E</bdi>'));
    });

    it('clamps a 10 KB string, keeping the full text in the page', () => {
      const long = 'y'.repeat(10 * 1024);
      const row = rowOf(render({ name: long }), ['name']);
      assert.match(row, /class="value string long"/);
      assert.ok(row.includes(long));
      assert.match(row, /<button type="button" class="more"[^>]*>Show all \(10,240 characters\)<\/button>/);
    });

    it('keeps data for the script out of any script block', () => {
      const html = render(huntGroup());
      assert.match(html, /<script nonce="[^"]+" src="[^"]+"><\/script>/);
      assert.equal(html.split('<script').length, 2);
    });
  });

  describe('property: any JSON value', function () {
    this.timeout(30_000);

    const hostileKey = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom('<', '>', '"', "'", '&', '__proto__', 'constructor', 'onload', '</script>', 'callPolicies', 'agents'),
    );
    const anyJson = fc.oneof(fc.jsonValue(), fc.dictionary(hostileKey, fc.jsonValue()), fc.array(fc.dictionary(hostileKey, fc.jsonValue())));

    it('never throws and never lets a raw < or an attribute through', () => {
      fc.assert(
        fc.property(anyJson, fc.string({ unit: 'binary' }), (payload, title) => {
          const input: DetailsHtmlInput = { kind: 'huntGroup', title, payload, ...resources };
          assertInert(buildDetailsHtml(input), input);
        }),
        { numRuns: 300 },
      );
    });

    it('stays inert when documented fields hold unexpected values', () => {
      fc.assert(
        fc.property(anyJson, anyJson, fc.constantFrom('huntGroup', 'callPickup', 'location') as fc.Arbitrary<DetailsHtmlInput['kind']>, (policy, agents, kind) => {
          const payload = { ...huntGroup(), callPolicies: { policy, noAnswer: policy }, agents, notificationType: policy };
          const input: DetailsHtmlInput = { kind, title: 'x', payload, ...resources };
          assertInert(buildDetailsHtml(input), input);
        }),
        { numRuns: 200 },
      );
    });

    it('stays inert when the depth and row limits cut the page', () => {
      fc.assert(
        fc.property(fc.array(hostileKey, { minLength: 1, maxLength: 40 }), fc.string({ unit: 'binary' }), (keys, text) => {
          const deep = keys.reduce<unknown>((value, key) => ({ [key]: value, [`${key}.`]: [text, text, text] }), text);
          const input: DetailsHtmlInput = { kind: 'huntGroup', title: text, payload: deep, ...resources, limits: { maxDepth: 3, rowBatch: 2, pageRowBudget: 10 } };
          assertInert(buildDetailsHtml(input), input);
        }),
        { numRuns: 200 },
      );
    });

    it('survives a cyclic object built in code', () => {
      const cyclic: Record<string, unknown> = { name: 'loop' };
      cyclic.self = cyclic;
      assert.match(render(cyclic), /circular reference/);
    });
  });

  describe('annotations', () => {
    const html = render(huntGroup());

    it('has the CSP with the nonce, the stylesheets and the header', () => {
      assertInert(html, { kind: 'huntGroup', title: 'Sales Line', payload: huntGroup(), ...resources });
      assert.match(html, /<h1 class="title"><bdi>Sales Line<\/bdi><\/h1>/);
      assert.match(html, /<span class="kind">Hunt group<\/span>/);
      for (const action of ['copyJson', 'openJson', 'refresh']) assert.match(html, new RegExp(`data-message="${action}"`));
      for (const action of ['expandAll', 'collapseAll']) assert.match(html, new RegExp(`data-action="${action}"`));
      assert.match(html, /<input id="filter" type="search"/);
    });

    it('describes documented fields and explains the current enum value', () => {
      assert.match(rowOf(html, ['enabled']), /Whether or not the hunt group is enabled\./);
      const policy = rowOf(html, ['callPolicies', 'policy']);
      assert.match(policy, /Call routing policy used to dispatch calls to agents\./);
      assert.match(policy, /class="enum-meaning">Sends calls to the agent that has been idle the longest/);
      assert.match(rowOf(html, ['agents', 2, 'type']), /class="enum-meaning">The agent is a virtual line\./);
    });

    it('says when an enum value is not a documented one', () => {
      const payload = huntGroup();
      (payload.callPolicies as Record<string, unknown>).policy = 'SKILL_BASED';
      assert.match(rowOf(render(payload), ['callPolicies', 'policy']), /enum-meaning unknown">Not one of the documented values\./);
    });

    it('shows arrays with their counts, and array items with a preview', () => {
      assert.match(rowOf(html, ['agents']), /<bdi>agents<\/bdi><\/span><span class="count">\(3\)<\/span>/);
      assert.match(rowOf(html, ['alternateNumbers']), /<span class="count">\(0\)<\/span><span class="value other">\[\]<\/span>/);
      assert.match(rowOf(html, ['agents', 0]), /class="preview">firstName: &quot;John&quot;, lastName: &quot;Doe&quot;, type: &quot;PEOPLE&quot;, …/);
    });

    it('marks observed fields as not in the published schema', () => {
      for (const path of [['callingFirstName'], ['callPolicies', 'noAnswer', 'systemMaxNumberOfRing'], ['agents', 0, 'type']]) {
        assert.match(rowOf(html, path), /badge-observed[^>]*>not in published schema</, path.join('.'));
      }
      assert.doesNotMatch(rowOf(html, ['name']), /badge-/);
    });

    it('marks undocumented keys once, at the top of an undocumented subtree', () => {
      const payload = { ...huntGroup(), surprise: { inner: { deeper: true } }, agents: [{ id: 'a1', mood: 'happy' }] };
      const page = render(payload);
      assert.match(rowOf(page, ['surprise']), /badge-undocumented[^>]*>undocumented</);
      assert.doesNotMatch(rowOf(page, ['surprise', 'inner']), /badge-undocumented/);
      assert.match(rowOf(page, ['agents', 0, 'mood']), /badge-undocumented/);
      assert.doesNotMatch(rowOf(page, ['agents', 0]), /badge-undocumented/);
      assert.match(page, /<p class="summary">\d+ fields · 2 undocumented · \d+ not set<\/p>/);
    });

    it('lists documented fields the API did not return as not set', () => {
      const phoneNumber = rowOf(html, ['phoneNumber']);
      assert.ok(html.includes(`<li class="node leaf not-set" data-path="${escapeHtml(JSON.stringify(['phoneNumber']))}">`));
      assert.match(phoneNumber, /class="value unset">not set</);
      assert.match(phoneNumber, /Primary phone number of the hunt group\./);
      assert.match(rowOf(html, ['callPolicies', 'noAnswer', 'destination']), /not set/);
      assert.match(rowOf(html, ['agents', 1, 'phoneNumber']), /not set/);
    });

    it('does not list a documented field as not set when its observed stand-in is there', () => {
      const notSetRow = (page: string, path: (string | number)[]): boolean =>
        page.includes(`<li class="node leaf not-set" data-path="${escapeHtml(JSON.stringify(path))}">`);
      const standIns: [string[], string[]][] = [
        [['callPolicies', 'noAnswer', 'systemMaxNumberOfRing'], ['callPolicies', 'noAnswer', 'systemMaxNumberOfRings']],
        [['callingFirstName'], ['firstName']],
        [['callingLastName'], ['lastName']],
      ];
      for (const [standIn, documented] of standIns) {
        assert.ok(html.includes(`data-path="${escapeHtml(JSON.stringify(standIn))}"`), `${standIn.join('.')} is in the payload`);
        assert.ok(!notSetRow(html, documented), `${documented.join('.')} is not listed as not set beside ${standIn.join('.')}`);
        // Without its stand-in, the same documented field is listed as not set.
        const payload = huntGroup();
        const parent = standIn.slice(0, -1).reduce<Record<string, unknown>>((object, key) => object[key] as Record<string, unknown>, payload);
        delete parent[standIn[standIn.length - 1]];
        assert.ok(notSetRow(render(payload), documented), `${documented.join('.')} is listed as not set without ${standIn.join('.')}`);
      }
    });

    it('marks deprecated fields', () => {
      assert.match(rowOf(render({ firstName: 'Hakim' }), ['firstName']), /badge-deprecated[^>]*>deprecated</);
    });

    it('opens the first levels and collapses array items', () => {
      assert.match(rowOf(html, ['callPolicies']), /<details open>/);
      assert.match(rowOf(html, ['callPolicies', 'noAnswer']), /<details open>/);
      assert.match(rowOf(html, ['agents', 0]), /<details>/);
    });

    it('documents call pickups with the numbers/phoneNumber difference', () => {
      const pickup = {
        id: 'cp1',
        name: 'South Alaska-Group',
        agents: [{ id: 'p1', type: 'PEOPLE', numbers: [{ external: '+19075552859', extension: '8080', primary: 'true' }] }],
      };
      const page = buildDetailsHtml({ kind: 'callPickup', title: 'South Alaska-Group', payload: pickup, ...resources });
      assert.match(rowOf(page, ['agents', 0, 'numbers']), /badge-observed/);
      assert.match(rowOf(page, ['agents', 0, 'numbers', 0, 'external']), /Phone number of the person, workspace or virtual line\./);
      assert.match(rowOf(page, ['agents', 0, 'numbers', 0, 'primary']), /value string.*badge-observed/);
      assert.ok(!page.includes(`data-path="${escapeHtml(JSON.stringify(['agents', 0, 'phoneNumber']))}"`));
      assert.match(rowOf(page, ['notificationType']), /not set/);
    });
  });

  describe('errors and loading', () => {
    it('shows an error above the last good payload', () => {
      const html = render(huntGroup(), { error: 'Refresh failed: 429' });
      assert.match(html, /<div class="error" role="alert">.*Refresh failed: 429.*Showing the last loaded details\./s);
      assert.match(html, /<ul class="tree" id="tree"/);
    });

    it('shows the error alone when nothing loaded yet, with only Refresh enabled', () => {
      const html = render(undefined, { error: 'Not found' });
      assert.match(html, /role="alert"/);
      assert.doesNotMatch(html, /id="tree"/);
      assert.match(html, /data-message="copyJson"[^>]* disabled/);
      assert.doesNotMatch(html, /data-message="refresh"[^>]* disabled/);
    });

    it('shows the fetch time and uses the given translation', () => {
      const html = render(huntGroup(), { fetchedAt: new Date(0), translate: (message) => `«${message}»` });
      assert.match(html, /class="fetched">«Fetched \{0\}»</);
      assert.match(html, /«Copy JSON»/);
    });

    it('builds a loading page under the same CSP, without a script', () => {
      const html = buildLoadingHtml({ ...resources, title: '<b>x</b>' });
      assert.ok(html.includes(escapeHtml(`script-src 'nonce-${resources.nonce}'`)));
      assert.ok(html.includes('Loading &lt;b&gt;x&lt;/b&gt;…'));
      assert.doesNotMatch(html, /<script/);
    });
  });

  describe('webview messages', () => {
    it('accepts only the allow-listed requests', () => {
      for (const type of ['ready', 'copyJson', 'openJson', 'refresh']) assert.ok(isDetailsRequest({ type }), type);
      for (const message of [
        undefined,
        null,
        'refresh',
        {},
        { type: 'workbench.action.terminal.new' },
        { type: 'REFRESH' },
        { type: ['refresh'] },
        { command: 'refresh' },
        Object.create({ type: 'refresh' }),
      ]) {
        assert.equal(isDetailsRequest(message), false, JSON.stringify(message));
      }
    });
  });
});
