// The Markdown/Mermaid text of a call flow and the tree's one-line summary. The Mermaid source is
// checked by Mermaid's own parser (the `mermaid` dev dependency, under jsdom because it loads
// DOMPurify), for ordinary flows and for flows whose names try to end their labels, add click
// handlers or directives, or inject Markdown.
import * as assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import type { CallFlow, FlowNode } from '../../src/callFlow/graph';
import { callFlowMarkdown, callFlowMermaid, flowSummary, markdownText, mermaidText } from '../../src/callFlow/markdown';
import { traceCall } from '../../src/callFlow/trace';
import { owned, ScriptedRouting } from './helpers/scriptedRouting';

interface MermaidApi {
  parse(text: string): Promise<unknown>;
}

/** A real ESM import (tsc would turn `import()` into require(), which cannot load Mermaid's ESM build). */
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<{ default: MermaidApi }>;

let mermaid: MermaidApi;

const node = (id: string, type: FlowNode['type'], label: string, extra: Partial<FlowNode> = {}): FlowNode => ({ id, type, label, problems: [], ...extra });

/** Start → Sales → its agents; no answer → Pat's voicemail. */
const smallFlow: CallFlow = {
  start: 'start',
  nodes: [
    node('start', 'start', '+14085550100'),
    node('feature:huntGroup:hg', 'feature', 'Sales', { detail: 'ext 5001 · +14085550100', kind: 'huntGroup', itemId: 'hg', locationId: 'L1' }),
    node('feature:huntGroup:hg/agents', 'step', '3 agents (Circular)'),
    node('voicemail:member:p', 'voicemail', 'Voicemail of Pat'),
  ],
  edges: [
    { from: 'start', to: 'feature:huntGroup:hg', label: 'call' },
    { from: 'feature:huntGroup:hg', to: 'feature:huntGroup:hg/agents', label: 'rings' },
    { from: 'feature:huntGroup:hg', to: 'voicemail:member:p', label: 'no answer after 5 rings', setting: 'callPolicies.noAnswer' },
  ],
  loops: [],
};

const HOSTILE = [
  'Evil"] --> x["pwned',
  'a"]\nclick n0 href "javascript:alert(1)"',
  'click n1 call alert(1)',
  '%%{init: {"securityLevel": "loose"}}%%',
  '`**bold**` <img src=x onerror=alert(1)> [link](http://evil.example) #1; a|b {c} (d) \\',
  'end',
];

describe('call flow as text', () => {
  before(async () => {
    // Mermaid loads DOMPurify, which needs a window: a jsdom one, as globals, before the import.
    const dom = new JSDOM('<!doctype html><html><body></body></html>');
    const globals = globalThis as Record<string, unknown>;
    globals.window = dom.window;
    globals.document = dom.window.document;
    globals.DOMParser = dom.window.DOMParser;
    mermaid = (await importEsm('mermaid')).default;
  });

  after(() => {
    const globals = globalThis as Record<string, unknown>;
    delete globals.window;
    delete globals.document;
    delete globals.DOMParser;
  });

  it('writes a small flow as exactly this Markdown', () => {
    assert.equal(
      callFlowMarkdown(smallFlow, 'Sales'),
      [
        '# Call flow: Sales',
        '',
        '```mermaid',
        'flowchart TD',
        '  n0(["+14085550100"])',
        '  n1["Sales<br/>ext 5001 · +14085550100"]',
        '  n2[["3 agents #40;Circular#41;"]]',
        '  n3[/"Voicemail of Pat"/]',
        '  n0 -->|"call"| n1',
        '  n1 -->|"rings"| n2',
        '  n1 -->|"no answer after 5 rings"| n3',
        '```',
        '',
        '## Steps',
        '',
        '1. \\+14085550100: call → Sales (ext 5001 · \\+14085550100)',
        '2. Sales: rings → 3 agents \\(Circular\\)',
        '3. Sales: no answer after 5 rings → Voicemail of Pat',
        '',
      ].join('\n'),
    );
  });

  it('is accepted by Mermaid’s parser', async () => {
    await mermaid.parse(callFlowMermaid(smallFlow));
  });

  it('keeps hostile names inside their labels: Mermaid parses the flow, with no click, style or directive from a name', async () => {
    const nodes = HOSTILE.map((label, index) => node(`n${index}`, index % 2 === 0 ? 'feature' : 'member', label, { detail: label, problems: [{ kind: 'deadEnd', message: label }] }));
    const flow: CallFlow = {
      start: 'n0',
      nodes,
      edges: nodes.slice(1).map((target, index) => ({ from: nodes[index].id, to: target.id, label: HOSTILE[index], loop: index === 2 })),
      loops: [HOSTILE],
    };
    const text = callFlowMermaid(flow);
    await mermaid.parse(text);
    const lines = text.split('\n');
    // One line per node and edge, plus the header, the problem class and its use, and the loop style.
    assert.equal(lines.length, 1 + nodes.length + flow.edges.length + 3);
    for (const line of lines.slice(1, 1 + nodes.length + flow.edges.length)) {
      assert.match(line, /^ {2}n\d+/, line);
      const quoted = line.match(/"[^"]*"/g) ?? [];
      assert.equal(line.split('"').length - 1, quoted.length * 2, 'quotes only around labels');
      // Our own line breaks aside, a label holds no character that means anything to Mermaid.
      for (const label of quoted) {
        const bare = label.replaceAll('<br/>', ' ').replace(/#(quot|lt|gt|amp|\d+);/g, '');
        assert.doesNotMatch(bare, /[`<>[\](){}|;%\\#]/, label);
      }
    }
    assert.ok(!lines.some((line) => /^\s*(click|style|%%)/.test(line)));
  });

  it('parses a traced flow with a loop and problems', async () => {
    const source = new ScriptedRouting()
      .number(owned('+14085550001', '1001', 'L1', { id: 'hg-a', type: 'HUNT_GROUP' }))
      .number(owned(undefined, '1002', 'L1', { id: 'hg-b', type: 'HUNT_GROUP' }))
      .feature({ kind: 'huntGroup', locationId: 'L1', details: { id: 'hg-a', name: 'A "loop"; #1', callPolicies: { noAnswer: { forwardEnabled: true, destination: '1002' } }, agents: [{ id: 'p', firstName: 'Pat' }] } })
      .feature({ kind: 'huntGroup', locationId: 'L1', details: { id: 'hg-b', name: 'B [x]', callPolicies: { busyRedirect: { enabled: true, destination: '1001' }, businessContinuityRedirect: { enabled: true } } } });
    const flow = await traceCall(source, { dialled: '+14085550001' });
    const text = callFlowMermaid(flow);
    await mermaid.parse(text);
    assert.match(text, /linkStyle \d+ stroke:#d1242f/);
    assert.match(callFlowMarkdown(flow, 'A'), /## Loops\n\n- A "loop"; \\#1 → B \\\[x\\\] → A "loop"; \\#1/);
  });

  it('rejects what the escaping prevents (so the parser checks are meaningful)', async () => {
    // A raw quote ends a label early: Mermaid refuses the rest.
    await assert.rejects(mermaid.parse('flowchart TD\n  n0["Evil"]"]'));
    assert.equal(mermaidText('a"b#c;d`e[f]g'), 'a#quot;b#35;c#59;d#96;e#91;f#93;g');
  });

  it('escapes Markdown in prose: no emphasis, code, HTML, links or autolinks', () => {
    assert.equal(markdownText('**x** `y` <b> [l](u)'), '\\*\\*x\\*\\* \\`y\\` \\<b\\> \\[l\\]\\(u\\)');
    assert.equal(markdownText('see https://evil.example or www.evil.example, mail a@b.c'), 'see https:&#8203;//evil.example or www&#8203;.evil.example, mail a&#8203;@b.c');
  });

  describe('flowSummary', () => {
    it('says what the first feature does, step by step', () => {
      assert.equal(flowSummary(smallFlow), '→ 3 agents (Circular) → no answer after 5 rings: Voicemail of Pat');
    });

    it('marks loops and disabled groups, and says when there is no routing', () => {
      const looped: CallFlow = { ...smallFlow, edges: smallFlow.edges.map((edge, index) => (index === 2 ? { ...edge, loop: true } : edge)) };
      assert.equal(flowSummary(looped), '→ 3 agents (Circular) → no answer after 5 rings: Voicemail of Pat (loop)');
      const disabled: CallFlow = {
        start: 'feature:huntGroup:x',
        nodes: [node('feature:huntGroup:x', 'feature', 'X', { problems: [{ kind: 'disabled', message: 'Disabled' }] })],
        edges: [],
        loops: [],
      };
      assert.equal(flowSummary(disabled), '→ disabled');
      assert.equal(flowSummary({ ...disabled, nodes: [node('feature:huntGroup:x', 'feature', 'X')] }), 'no routing');
    });
  });
});
