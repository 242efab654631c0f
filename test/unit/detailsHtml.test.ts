import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { buildDetailsShell, type DetailsShellInput, escapeHtml } from '../../src/details/detailsHtml';
import { buildDetailsRows, type Row } from '../../src/details/detailsRows';
import { isPageMessage } from '../../src/details/messages';
import { fieldDoc, schemaOf } from '../../src/fields/fieldDocs';
import { repoRoot } from '../harness/repoRoot';

// The details page's HTML shell (set once per panel, no item data in it), the messages the page may
// send, and hostile payloads: their strings reach the rows unchanged, to be set as text by the page.

const resources = {
  nonce: 'bm9uY2Utdjk5K2FiYw==',
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/details.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/details.css',
  codiconsUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/codicons/codicon.css',
  loadingText: 'Loading…',
};

const allowedTags = new Set(['html', 'head', 'meta', 'link', 'title', 'body', 'main', 'span', 'script']);
const allowedAttributes = new Set(['lang', 'charset', 'http-equiv', 'content', 'name', 'rel', 'href', 'nonce', 'src', 'id', 'class', 'aria-hidden', 'aria-busy']);

interface Tag {
  name: string;
  attributes: Map<string, string>;
}

/**
 * Reads the page as the browser would find its tags, and fails on anything the builder itself does not
 * write: every `<` must open or close one of the builder's tags with only the builder's attributes.
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

function assertStrictShell(html: string, input: DetailsShellInput): void {
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

describe('details page shell', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    assert.equal(escapeHtml('plain text'), 'plain text');
  });

  it('writes the whole shell: a strict CSP, the stylesheets, a loading line and the one script', () => {
    const html = buildDetailsShell({ ...resources, title: 'T"', nonce: 'N0nce', cspSource: 'vscode-res:', scriptUri: 'res:/details.js', styleUri: 'res:/details.css', codiconsUri: 'res:/codicon.css' });
    const expected = [
      '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="UTF-8">\n',
      '<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src vscode-res:; font-src vscode-res:; script-src &#39;nonce-N0nce&#39;; img-src vscode-res:">\n',
      '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n',
      '<link rel="stylesheet" href="res:/codicon.css">\n<link rel="stylesheet" href="res:/details.css">\n',
      '<title>T&quot;</title>\n</head>\n<body>\n<main class="loading" id="root" aria-busy="true">\n',
      '  <span class="codicon codicon-loading codicon-modifier-spin" aria-hidden="true"></span>\n',
      '  <span>Loading…</span>\n</main>\n<script nonce="N0nce" src="res:/details.js"></script>\n</body>\n</html>',
    ].join('');
    assert.equal(html, expected);
    assert.doesNotMatch(html, /unsafe-inline|unsafe-eval/);
  });

  it('keeps any title inert', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (title, loadingText) => {
        const input = { ...resources, title, loadingText };
        assertStrictShell(buildDetailsShell(input), input);
      }),
      { numRuns: 300 },
    );
    const html = buildDetailsShell({ ...resources, title: '</title><script>alert(1)</script>' });
    assert.ok(html.includes('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;'));
  });
});

describe('details page messages', () => {
  it('accepts only the allow-listed requests', () => {
    for (const type of ['ready', 'copyJson', 'openJson', 'refresh']) assert.ok(isPageMessage({ type }), type);
    assert.ok(isPageMessage({ type: 'rendered', key: 'huntGroup:l:h', summary: '3 fields' }));
    for (const message of [
      undefined,
      null,
      'refresh',
      {},
      { type: 'workbench.action.terminal.new' },
      { type: 'REFRESH' },
      { type: ['refresh'] },
      { type: 'toString' },
      { type: '__proto__' },
      { command: 'refresh' },
      Object.create({ type: 'refresh' }),
      { type: 'rendered' },
      { type: 'rendered', key: 1, summary: '' },
      { type: 'rendered', key: 'k', summary: 'x'.repeat(1001) },
      { type: 'showMore', path: [] },
    ]) {
      assert.equal(isPageMessage(message), false, JSON.stringify(message));
    }
  });
});

describe('details rows with hostile input', () => {
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
  ];

  function texts(rows: Row[]): string[] {
    return rows.flatMap((row) => {
      const own = row.type === 'more' ? [row.note] : [row.key, ...('value' in row ? [row.value.text] : []), ...(row.type === 'container' ? [row.preview ?? ''] : [])];
      return [...own, ...(row.type === 'container' ? texts(row.children) : [])];
    });
  }

  it('passes keys and values through unchanged, as text for the page to set', () => {
    const payload: Record<string, unknown> = { callPolicies: { policy: '"><img src=x onerror=alert(1)>' } };
    hostileStrings.forEach((text, index) => {
      payload[`hostile${index}`] = text;
      payload[text] = { [text]: [text] };
    });
    const all = texts(buildDetailsRows({ payload, schema: schemaOf('huntGroup') }).rows);
    for (const text of hostileStrings) {
      assert.ok(all.includes(text), `key ${JSON.stringify(text)}`);
      assert.ok(all.includes(JSON.stringify(text)), `value ${JSON.stringify(text)}`);
    }
  });

  it('never looks JSON keys such as __proto__ up in the docs', () => {
    const payload: unknown = JSON.parse('{"__proto__": {"x": 1}, "constructor": "<b>", "toString": 3, "callPolicies": {"policy": "constructor"}}');
    const { rows } = buildDetailsRows({ payload, schema: schemaOf('huntGroup') });
    const byKey = (key: string) => rows.find((row) => row.type !== 'more' && row.key === key);
    assert.equal(byKey('__proto__')?.type, 'container');
    for (const key of ['__proto__', 'constructor', 'toString']) {
      const row = byKey(key);
      assert.ok(row && row.type !== 'more' && row.undocumented, key);
    }
    const policies = byKey('callPolicies');
    assert.ok(policies?.type === 'container');
    const policy = policies.children.find((row) => row.type === 'leaf' && row.key === 'policy');
    assert.deepEqual(policy?.type === 'leaf' && policy.enumMeaning, { text: 'Not one of the documented values.', documented: false });
  });
});

describe('details page script bundle', function () {
  this.timeout(30_000);

  /** The webview entry bundled the way esbuild.js bundles it, in memory. */
  async function bundle(): Promise<string> {
    const esbuild = await import('esbuild');
    const result = await esbuild.build({
      entryPoints: [path.join(repoRoot, 'src', 'webview', 'details', 'main.ts')],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    return result.outputFiles[0].text;
  }

  it('parses no string as HTML and evaluates no string as code', async () => {
    const code = await bundle();
    for (const sink of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'eval(', 'new Function', 'createContextualFragment', 'DOMParser']) {
      assert.ok(!code.includes(sink), sink);
    }
    assert.ok(code.includes('createElement') && code.includes('acquireVsCodeApi'), 'the bundle is the page script');
  });

  it('carries no schema: the extension sends the one the item needs', async () => {
    const code = await bundle();
    const described = fieldDoc('huntGroup', ['callPolicies', 'policy'])?.description;
    assert.ok(described, 'a description to look for');
    assert.ok(!code.includes(described), 'the hunt group schema is not bundled');
  });
});
