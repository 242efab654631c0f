import * as assert from 'node:assert/strict';
import { buildDetailsHtml, buildDetailsHtmlOrError, buildLoadingHtml, detailsLimits, pathKey, type Translate } from '../../src/details/detailsHtml';

// The details page's markup, row by row, as literal text: every class, attribute and word the page
// script and the stylesheet rely on. Payloads here are mostly undocumented (an array at the root,
// or list entries), so the expected rows do not repeat the schemas' descriptions.

const resources = { nonce: 'N0nce', cspSource: 'vscode-res:', scriptUri: 'res:/details.js', styleUri: 'res:/details.css', codiconsUri: 'res:/codicon.css' };

/** Marks every translated message, with its arguments filled in, so a message not passed through it shows. */
const marked: Translate = (message, ...args) => `«${message.replace(/\{(\d+)\}/g, (_, index: string) => String(args[Number(index)]))}»`;

function mainOf(html: string): string {
  return html.slice(html.indexOf('<main>'), html.indexOf('</main>') + '</main>'.length);
}

const head = [
  '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="UTF-8">\n',
  '<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src vscode-res:; font-src vscode-res:; script-src &#39;nonce-N0nce&#39;; img-src vscode-res:">\n',
  '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n',
  '<link rel="stylesheet" href="res:/codicon.css">\n<link rel="stylesheet" href="res:/details.css">\n',
];

/** The toolbar as the page writes it; `disabled` when there is no payload to act on. */
function toolbar(disabled: boolean): string {
  const off = disabled ? ' disabled' : '';
  return [
    '  <div class="toolbar" role="toolbar" aria-label="«Details actions»">\n    <div class="filter">\n',
    '      <span class="codicon codicon-filter" aria-hidden="true"></span>\n',
    `      <input id="filter" type="search" spellcheck="false" autocomplete="off" placeholder="«Filter keys, values and descriptions»" aria-label="«Filter keys, values and descriptions»"${off}>\n    </div>\n`,
    `    <button type="button" class="icon-button" data-action="expandAll" title="«Expand all»" aria-label="«Expand all»"${off}><span class="codicon codicon-expand-all" aria-hidden="true"></span></button>\n`,
    `    <button type="button" class="icon-button" data-action="collapseAll" title="«Collapse all»" aria-label="«Collapse all»"${off}><span class="codicon codicon-collapse-all" aria-hidden="true"></span></button>\n`,
    '    <button type="button" class="label-button" data-message="refresh" title="«Refresh»"><span class="codicon codicon-refresh" aria-hidden="true"></span><span class="label">«Refresh»</span></button>\n',
    `    <button type="button" class="label-button" data-message="openJson" title="«Open as JSON»"${off}><span class="codicon codicon-json" aria-hidden="true"></span><span class="label">«Open as JSON»</span></button>\n`,
    `    <button type="button" class="label-button" data-message="copyJson" title="«Copy JSON»"${off}><span class="codicon codicon-copy" aria-hidden="true"></span><span class="label">«Copy JSON»</span></button>\n`,
    '  </div>\n',
  ].join('');
}

describe('details rows, as literal markup', () => {
  it('writes the whole page for an error with nothing loaded: head, header, disabled toolbar, error with Retry', () => {
    const html = buildDetailsHtml({ kind: 'huntGroupListItem', title: 'T<', payload: undefined, error: 'Boom <b>', ...resources, translate: marked });
    const expected = [
      ...head,
      '<title>«T&lt; details»</title>\n</head>\n<body>\n<header class="header">\n  <div class="title-line">\n',
      '    <h1 class="title"><bdi>T&lt;</bdi></h1>\n    <span class="kind">«Hunt group (list entry)»</span>\n    \n  </div>\n',
      toolbar(true),
      '</header>\n<main>\n',
      '<div class="error" role="alert"><span class="codicon codicon-error" aria-hidden="true"></span><span class="error-text"><bdi>Boom &lt;b&gt;</bdi></span><button type="button" class="link-button" data-message="refresh">«Retry»</button></div>\n',
      '\n</main>\n<script nonce="N0nce" src="res:/details.js"></script>\n</body>\n</html>',
    ].join('');
    assert.equal(html, expected);
  });

  it('shows the error above the last payload, the fetch time, and an enabled toolbar', () => {
    const html = buildDetailsHtml({ kind: 'callPickupListItem', title: 'T', payload: 'scalar', error: 'Boom', fetchedAt: new Date(0), ...resources, translate: marked });
    const fetched = `    <span class="fetched">«Fetched ${new Date(0).toLocaleString()}»</span>\n`;
    const expected = [
      '<header class="header">\n  <div class="title-line">\n',
      '    <h1 class="title"><bdi>T</bdi></h1>\n    <span class="kind">«Call pickup (list entry)»</span>\n',
      fetched,
      '  </div>\n',
      toolbar(false),
      '</header>\n<main>\n',
      '<div class="error" role="alert"><span class="codicon codicon-error" aria-hidden="true"></span><span class="error-text"><bdi>Boom</bdi> <span class="error-note">«Showing the last loaded details.»</span></span><button type="button" class="link-button" data-message="refresh">«Retry»</button></div>\n',
      '<p class="summary">«1 fields» · «1 undocumented»</p>\n',
      '<ul class="tree" id="tree" aria-label="«Fields of T»">',
      '<li class="node undocumented leaf" data-path="[]"><div class="row" tabindex="-1"><span class="twistie" aria-hidden="true"></span><span class="line"><span class="head"><span class="key"><bdi>«value»</bdi></span><span class="value string"><bdi>&quot;scalar&quot;</bdi></span><span class="badges"><span class="badge badge-undocumented" title="«The field documentation does not describe this field.»">«undocumented»</span></span></span></span></div></li></ul>\n',
      '<p class="no-matches" id="no-matches" hidden>«No fields match the filter.»</p>\n</main>',
    ].join('');
    assert.equal(html.slice(html.indexOf('<header'), html.indexOf('</main>') + '</main>'.length), expected);
  });

  it('says no details were returned when there is neither payload nor error', () => {
    const html = buildDetailsHtml({ kind: 'location', title: 'T', payload: undefined, ...resources });
    assert.equal(mainOf(html), '<main>\n\n<p class="placeholder">No details were returned.</p>\n</main>');
    assert.ok(html.includes('<span class="kind">Location</span>'));
  });

  it('names each kind in the header', () => {
    const kinds = (['huntGroup', 'callPickup', 'location', 'huntGroupListItem', 'callPickupListItem'] as const).map((kind) => {
      const html = buildDetailsHtml({ kind, title: 'T', payload: undefined, ...resources });
      return /<span class="kind">([^<]*)<\/span>/.exec(html)?.[1];
    });
    assert.deepEqual(kinds, ['Hunt group', 'Call pickup', 'Location', 'Hunt group (list entry)', 'Call pickup (list entry)']);
  });

  it('writes the loading page whole, with no script', () => {
    const html = buildLoadingHtml({ title: 'T"', ...resources });
    const expected = [
      ...head,
      '<title>T&quot; details</title>\n</head>\n<body>\n<main class="loading" aria-busy="true">\n',
      '  <span class="codicon codicon-loading codicon-modifier-spin" aria-hidden="true"></span>\n',
      '  <span>Loading T&quot;…</span>\n</main>\n</body>\n</html>',
    ].join('');
    assert.equal(html, expected);
  });

  it('writes every kind of value, previews and counts, and opens only the first levels of objects', () => {
    const payload = [{ zeta: 1, name: 'n"ame', flag: false, none: null, list: [], obj: {}, big: 12n, nested: { inner: [7] } }, 'x'.repeat(161), { a: 1, b: 2, c: 3, d: 4 }];
    const html = buildDetailsHtml({ kind: 'location', title: 'A & B', payload, ...resources });
    const expected = [
      '<main>\n\n<p class="summary">13 fields</p>\n<ul class="tree" id="tree" aria-label="Fields of A &amp; B">',
      '<li class="node container" data-path="[0]"><details><summary class="row"><span class="twistie codicon codicon-chevron-right" aria-hidden="true"></span><span class="line"><span class="head"><span class="key index"><bdi>0</bdi></span><span class="preview">name: &quot;n\\&quot;ame&quot;, zeta: 1, flag: false, …</span></span></span></summary><ul class="children">',
      '<li class="node leaf" data-path="[0,&quot;zeta&quot;]"><div class="row" tabindex="-1"><span class="twistie" aria-hidden="true"></span><span class="line"><span class="head"><span class="key"><bdi>zeta</bdi></span><span class="value number">1</span></span></span></div></li>',
      '<li class="node leaf" data-path="[0,&quot;name&quot;]"><div class="row" tabindex="-1"><span class="twistie" aria-hidden="true"></span><span class="line"><span class="head"><span class="key"><bdi>name</bdi></span><span class="value string"><bdi>&quot;n\\&quot;ame&quot;</bdi></span></span></span></div></li>',
      '<li class="node leaf" data-path="[0,&quot;flag&quot;]"><div class="row" tabindex="-1"><span class="twistie" aria-hidden="true"></span><span class="line"><span class="head"><span class="key"><bdi>flag</bdi></span><span class="value boolean">false</span></span></span></div></li>',
      '<li class="node leaf" data-path="[0,&quot;none&quot;]"><div class="row" tabindex="-1"><span class="twistie" aria-hidden="true"></span><span class="line"><span class="head"><span class="key"><bdi>none</bdi></span><span class="value null">null</span></span></span></div></li>',
      '<li class="node leaf" data-path="[0,&quot;list&quot;]"><div class="row" tabindex="-1"><span class="twistie" aria-hidden="true"></span><span class="line"><span class="head"><span class="key"><bdi>list</bdi></span><span class="count">(0)</span><span class="value other">[]</span></span></span></div></li>',
      '<li class="node leaf" data-path="[0,&quot;obj&quot;]"><div class="row" tabindex="-1"><span class="twistie" aria-hidden="true"></span><span class="line"><span class="head"><span class="key"><bdi>obj</bdi></span><span class="value other">{}</span></span></span></div></li>',
      '<li class="node leaf" data-path="[0,&quot;big&quot;]"><div class="row" tabindex="-1"><span class="twistie" aria-hidden="true"></span><span class="line"><span class="head"><span class="key"><bdi>big</bdi></span><span class="value number">12</span></span></span></div></li>',
      '<li class="node container" data-path="[0,&quot;nested&quot;]"><details open><summary class="row"><span class="twistie codicon codicon-chevron-right" aria-hidden="true"></span><span class="line"><span class="head"><span class="key"><bdi>nested</bdi></span><span class="preview">…</span></span></span></summary><ul class="children">',
      '<li class="node container" data-path="[0,&quot;nested&quot;,&quot;inner&quot;]"><details><summary class="row"><span class="twistie codicon codicon-chevron-right" aria-hidden="true"></span><span class="line"><span class="head"><span class="key"><bdi>inner</bdi></span><span class="count">(1)</span></span></span></summary><ul class="children">',
      '<li class="node leaf" data-path="[0,&quot;nested&quot;,&quot;inner&quot;,0]"><div class="row" tabindex="-1"><span class="twistie" aria-hidden="true"></span><span class="line"><span class="head"><span class="key index"><bdi>0</bdi></span><span class="value number">7</span></span></span></div></li>',
      '</ul></details></li>',
      '</ul></details></li>',
      '</ul></details></li>',
      '<li class="node leaf" data-path="[1]"><div class="row" tabindex="-1"><span class="twistie" aria-hidden="true"></span><span class="line"><span class="head"><span class="key index"><bdi>1</bdi></span><span class="value string long"><bdi>&quot;' + 'x'.repeat(161) + '&quot;</bdi></span><button type="button" class="more" tabindex="-1" aria-expanded="false" data-other-label="Show less">Show all (161 characters)</button></span></span></div></li>',
      '<li class="node container" data-path="[2]"><details><summary class="row"><span class="twistie codicon codicon-chevron-right" aria-hidden="true"></span><span class="line"><span class="head"><span class="key index"><bdi>2</bdi></span><span class="preview">a: 1, b: 2, c: 3, …</span></span></span></summary><ul class="children">',
      '<li class="node leaf" data-path="[2,&quot;a&quot;]"><div class="row" tabindex="-1"><span class="twistie" aria-hidden="true"></span><span class="line"><span class="head"><span class="key"><bdi>a</bdi></span><span class="value number">1</span></span></span></div></li>',
      '<li class="node leaf" data-path="[2,&quot;b&quot;]"><div class="row" tabindex="-1"><span class="twistie" aria-hidden="true"></span><span class="line"><span class="head"><span class="key"><bdi>b</bdi></span><span class="value number">2</span></span></span></div></li>',
      '<li class="node leaf" data-path="[2,&quot;c&quot;]"><div class="row" tabindex="-1"><span class="twistie" aria-hidden="true"></span><span class="line"><span class="head"><span class="key"><bdi>c</bdi></span><span class="value number">3</span></span></span></div></li>',
      '<li class="node leaf" data-path="[2,&quot;d&quot;]"><div class="row" tabindex="-1"><span class="twistie" aria-hidden="true"></span><span class="line"><span class="head"><span class="key"><bdi>d</bdi></span><span class="value number">4</span></span></span></div></li>',
      '</ul></details></li>',
      '</ul>\n<p class="no-matches" id="no-matches" hidden>No fields match the filter.</p>\n</main>',
    ].join('');
    assert.equal(mainOf(html), expected);
  });

  it('cuts containers at the depth limit and lists at their batch, saying how much is left', () => {
    const html = buildDetailsHtml({ kind: 'location', title: 'A', payload: [[[[1]]], [1, 2, 3]], ...resources, limits: { maxDepth: 2, rowBatch: 2, pageRowBudget: 100 } });
    const expected = [
      '<main>\n\n<p class="summary">0 fields · 2 not shown</p>\n<ul class="tree" id="tree" aria-label="Fields of A">',
      '<li class="node container" data-path="[0]"><details><summary class="row"><span class="twistie codicon codicon-chevron-right" aria-hidden="true"></span><span class="line"><span class="head"><span class="key index"><bdi>0</bdi></span><span class="count">(1)</span></span></span></summary><ul class="children">',
      '<li class="node container" data-path="[0,0]"><details><summary class="row"><span class="twistie codicon codicon-chevron-right" aria-hidden="true"></span><span class="line"><span class="head"><span class="key index"><bdi>0</bdi></span><span class="count">(1)</span></span></span></summary><ul class="children">',
      '<li class="node leaf capped" data-path="[0,0,0]"><div class="row" tabindex="-1"><span class="twistie" aria-hidden="true"></span><span class="line"><span class="head"><span class="key index"><bdi>0</bdi></span><span class="capped-note">… nested 1 more levels</span><button type="button" class="link-button" data-message="openJson">(open as JSON to see all)</button></span></span></div></li>',
      '</ul></details></li>',
      '</ul></details></li>',
      '<li class="node container" data-path="[1]"><details><summary class="row"><span class="twistie codicon codicon-chevron-right" aria-hidden="true"></span><span class="line"><span class="head"><span class="key index"><bdi>1</bdi></span><span class="count">(3)</span></span></span></summary><ul class="children">',
      '<li class="node leaf" data-path="[1,0]"><div class="row" tabindex="-1"><span class="twistie" aria-hidden="true"></span><span class="line"><span class="head"><span class="key index"><bdi>0</bdi></span><span class="value number">1</span></span></span></div></li>',
      '<li class="node leaf" data-path="[1,1]"><div class="row" tabindex="-1"><span class="twistie" aria-hidden="true"></span><span class="line"><span class="head"><span class="key index"><bdi>1</bdi></span><span class="value number">2</span></span></span></div></li>',
      '<li class="node leaf capped"><div class="row" tabindex="-1"><span class="twistie" aria-hidden="true"></span><span class="line"><span class="head"><span class="capped-note">2 of 3 shown</span><button type="button" class="link-button" data-message="showMore" data-path="[1]">Show more</button></span></span></div></li>',
      '</ul></details></li>',
      '</ul>\n<p class="no-matches" id="no-matches" hidden>No fields match the filter.</p>\n</main>',
    ].join('');
    assert.equal(mainOf(html), expected);
  });
});

/** The page's rows (each `<li …>` up to the next), with schema descriptions replaced by `…`. */
function rowsOf(html: string): string[] {
  return mainOf(html)
    .replace(/<span class="desc-text">[^<]*<\/span>/g, '<span class="desc-text">…</span>')
    .split(/(?=<li )/)
    .slice(1);
}

const leaf = (path: string, classes: string, head: string, desc = ''): string =>
  `<li class="${classes}" data-path="${path}"><div class="row" tabindex="-1"><span class="twistie" aria-hidden="true"></span><span class="line"><span class="head">${head}</span>${desc}</span></div></li>`;
const documented = '<span class="desc"><span class="desc-text">…</span></span>';

describe('details rows of documented fields, as literal markup', () => {
  // Built inside each test, not once for the describe block: mutation testing changes the code
  // under test per test, and a page built while the file loads would not see it.
  const page = (policy = 'BOGUS'): string =>
    buildDetailsHtml({
      kind: 'huntGroup',
      title: 'T',
      payload: { firstName: 'F', callingLastName: 'L', callPolicies: { policy, noAnswer: {} }, x: { y: 1 } },
      ...resources,
    });
  const row = (path: string, html = page()): string => {
    const found = rowsOf(html).find((candidate) => candidate.includes(`data-path="${path}"`));
    assert.ok(found, `no row ${path}`);
    return found;
  };

  it('marks deprecated and observed fields with their badges', () => {
    assert.equal(
      row('[&quot;firstName&quot;]'),
      leaf(
        '[&quot;firstName&quot;]',
        'node leaf',
        '<span class="key"><bdi>firstName</bdi></span><span class="value string"><bdi>&quot;F&quot;</bdi></span><span class="badges"><span class="badge badge-deprecated" title="The API documentation marks this field as deprecated.">deprecated</span></span>',
        documented,
      ),
    );
    assert.equal(
      row('[&quot;callingLastName&quot;]'),
      leaf(
        '[&quot;callingLastName&quot;]',
        'node observed leaf',
        '<span class="key"><bdi>callingLastName</bdi></span><span class="value string"><bdi>&quot;L&quot;</bdi></span><span class="badges"><span class="badge badge-observed" title="Seen in real payloads, but not in the published API schema.">not in published schema</span></span>',
        documented,
      ),
    );
  });

  it('says an enum value is not a documented one', () => {
    assert.equal(
      row('[&quot;callPolicies&quot;,&quot;policy&quot;]'),
      leaf(
        '[&quot;callPolicies&quot;,&quot;policy&quot;]',
        'node leaf',
        '<span class="key"><bdi>policy</bdi></span><span class="value string"><bdi>&quot;BOGUS&quot;</bdi></span>',
        '<span class="desc"><span class="desc-text">…</span><span class="enum-meaning unknown">Not one of the documented values.</span></span>',
      ),
    );
  });

  it('opens a documented empty object to list its fields as not set', () => {
    assert.equal(
      row('[&quot;callPolicies&quot;,&quot;noAnswer&quot;]'),
      '<li class="node container" data-path="[&quot;callPolicies&quot;,&quot;noAnswer&quot;]"><details open><summary class="row"><span class="twistie codicon codicon-chevron-right" aria-hidden="true"></span><span class="line"><span class="head"><span class="key"><bdi>noAnswer</bdi></span><span class="preview"></span></span><span class="desc"><span class="desc-text">…</span></span></span></summary><ul class="children">',
    );
    assert.equal(
      row('[&quot;callPolicies&quot;,&quot;noAnswer&quot;,&quot;numberOfRings&quot;]'),
      leaf(
        '[&quot;callPolicies&quot;,&quot;noAnswer&quot;,&quot;numberOfRings&quot;]',
        'node leaf not-set',
        '<span class="key"><bdi>numberOfRings</bdi></span><span class="value unset">not set</span>',
        documented,
      ),
    );
  });

  it('marks an undocumented object once, and nothing under it', () => {
    assert.equal(
      row('[&quot;x&quot;]'),
      '<li class="node undocumented container" data-path="[&quot;x&quot;]"><details open><summary class="row"><span class="twistie codicon codicon-chevron-right" aria-hidden="true"></span><span class="line"><span class="head"><span class="key"><bdi>x</bdi></span><span class="preview">y: 1</span><span class="badges"><span class="badge badge-undocumented" title="The field documentation does not describe this field.">undocumented</span></span></span></span></summary><ul class="children">',
    );
    assert.equal(row('[&quot;x&quot;,&quot;y&quot;]'), leaf('[&quot;x&quot;,&quot;y&quot;]', 'node leaf', '<span class="key"><bdi>y</bdi></span><span class="value number">1</span>') + '</ul></details></li>');
  });

  it('explains a documented enum value', () => {
    const policy = row('[&quot;callPolicies&quot;,&quot;policy&quot;]', page('UNIFORM'));
    assert.match(policy, /<span class="desc"><span class="desc-text">…<\/span><span class="enum-meaning">[^<]+<\/span><\/span>/);
  });

  it('does not list a field as not set when it or its observed stand-in is there, and counts the rest', () => {
    const html = page();
    const rows = rowsOf(html);
    const notSet = rows.filter((candidate) => candidate.startsWith('<li class="node leaf not-set" data-path="[&quot;') && !candidate.includes('&quot;,&quot;'));
    const keys = notSet.map((candidate) => /data-path="\[&quot;([^&]*)&quot;\]"/.exec(candidate)?.[1]);
    assert.ok(keys.includes('id') && keys.includes('agents'));
    assert.ok(!keys.includes('firstName'), 'present');
    assert.ok(!keys.includes('lastName'), 'its stand-in callingLastName is present');
    assert.ok(!keys.includes('callingFirstName'), 'an observed stand-in is never missing itself');
    const total = rows.filter((candidate) => candidate.includes('not-set')).length;
    assert.ok(mainOf(html).includes(`<p class="summary">7 fields · 1 undocumented · ${total} not set</p>`));
  });
});

describe('details page limits and fallbacks, as literal markup', () => {
  const limits = { maxDepth: 32, rowBatch: 2, pageRowBudget: 100 };

  it('previews an object by its preferred keys, clipping long keys and values', () => {
    const longKey = 'k'.repeat(31);
    const payload = [{ z: 1, [longKey]: 'v', extension: '5', name: 'n'.repeat(39), deep: [] }, { a: 1, b: 2, c: 3 }, { list: [1] }];
    const previews = [...mainOf(buildDetailsHtml({ kind: 'location', title: 'T', payload, ...resources })).matchAll(/<span class="preview">([^<]*)<\/span>/g)].map((match) => match[1]);
    assert.deepEqual(previews, [`name: &quot;${'n'.repeat(38)}…, extension: &quot;5&quot;, z: 1, …`, 'a: 1, b: 2, c: 3', '…']);
    const clipped = [...mainOf(buildDetailsHtml({ kind: 'location', title: 'T', payload: [{ [longKey]: 'v' }], ...resources })).matchAll(/<span class="preview">([^<]*)<\/span>/g)].map((match) => match[1]);
    assert.deepEqual(clipped, [`${'k'.repeat(29)}…: &quot;v&quot;`]);
  });

  it('shows a reference back to an enclosing object as circular', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const rows = rowsOf(buildDetailsHtml({ kind: 'location', title: 'T', payload: [cyclic], ...resources }));
    assert.equal(rows[2], leaf('[0,&quot;self&quot;]', 'node leaf', '<span class="key"><bdi>self</bdi></span><span class="value other">(circular reference)</span>') + '</ul></details></li></ul>\n<p class="no-matches" id="no-matches" hidden>No fields match the filter.</p>\n</main>');
  });

  it('adds a batch and a page budget per Show more, and counts what is not shown with separators', () => {
    const payload = Array.from({ length: 1500 }, (_, index) => index);
    const first = mainOf(buildDetailsHtml({ kind: 'location', title: 'T', payload, ...resources, limits }));
    assert.ok(first.includes('<p class="summary">0 fields · 1,498 not shown</p>'));
    assert.ok(first.includes('<span class="capped-note">2 of 1,500 shown</span><button type="button" class="link-button" data-message="showMore" data-path="[]">Show more</button>'));
    const more = mainOf(buildDetailsHtml({ kind: 'location', title: 'T', payload, ...resources, limits, moreRequested: new Map([[pathKey([]), 2]]) }));
    assert.ok(more.includes('<span class="capped-note">6 of 1,500 shown</span>'));
    assert.ok(more.includes('1,494 not shown'));
  });

  it('shares the page budget across containers, and a Show more brings its own budget', () => {
    const payload = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    const tight = { maxDepth: 32, rowBatch: 10, pageRowBudget: 3 };
    const notes = (html: string): string[] => [...html.matchAll(/<span class="capped-note">([^<]*)<\/span>/g)].map((match) => match[1]);
    assert.deepEqual(notes(buildDetailsHtml({ kind: 'location', title: 'T', payload, ...resources, limits: tight })), ['2 of 3 shown', '1 of 2 shown']);
    assert.deepEqual(notes(buildDetailsHtml({ kind: 'location', title: 'T', payload, ...resources, limits: tight, moreRequested: new Map([[pathKey([0]), 1]]) })), ['1 of 3 shown']);
  });

  it('uses the default limits when none are given', () => {
    assert.deepEqual(detailsLimits, { maxDepth: 32, rowBatch: 500, pageRowBudget: 2000 });
    const html = buildDetailsHtml({ kind: 'location', title: 'T', payload: Array.from({ length: 501 }, () => 0), ...resources });
    assert.ok(html.includes('<span class="capped-note">500 of 501 shown</span>'));
  });

  it('turns a payload that throws while rendered into the error page, whatever was thrown', () => {
    const throwing = (thrown: unknown): Record<string, unknown> =>
      Object.defineProperty({}, 'bad', {
        enumerable: true,
        get() {
          throw thrown;
        },
      });
    const fromError = buildDetailsHtmlOrError({ kind: 'location', title: 'T', payload: throwing(new Error('getter <failed>')), ...resources, translate: marked });
    assert.equal(
      mainOf(fromError),
      '<main>\n<div class="error" role="alert"><span class="codicon codicon-error" aria-hidden="true"></span><span class="error-text"><bdi>«Could not show these details: getter &lt;failed&gt;»</bdi></span><button type="button" class="link-button" data-message="refresh">«Retry»</button></div>\n\n</main>',
    );
    assert.ok(mainOf(buildDetailsHtmlOrError({ kind: 'location', title: 'T', payload: throwing('plain'), ...resources })).includes('<bdi>Could not show these details: plain</bdi>'));
    assert.equal(buildDetailsHtmlOrError({ kind: 'location', title: 'T', payload: 1, ...resources }), buildDetailsHtml({ kind: 'location', title: 'T', payload: 1, ...resources }));
  });

  it('leaves a placeholder it has no argument for as it is', () => {
    const html = buildDetailsHtml({ kind: 'location', title: '{1}', payload: undefined, ...resources });
    assert.ok(html.includes('<title>{1} details</title>'));
    assert.ok(buildLoadingHtml({ title: '{0}', ...resources }).includes('<span>Loading {0}…</span>'));
  });
});
