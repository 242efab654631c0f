import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CallFlow, FlowNode } from '../../src/callFlow/graph';
import { isPageMessage } from '../../src/callFlow/messages';
import { pathOf } from '../../src/webview/callFlow/diagram';
import { CODICON_CHARACTERS, glyphOf } from '../../src/webview/callFlow/glyphs';
import { keyTarget } from '../../src/webview/callFlow/keyboard';
import { type Box, fitScale, fitText, layoutFlow, type MeasureText } from '../../src/webview/callFlow/layout';
import { ariaLabel, loopWords, stepOrder, stepWords } from '../../src/webview/callFlow/words';
import { repoRoot } from '../harness/repoRoot';
import { HOSTILE_NAMES, largeFlow, smallFlow } from '../support/callFlowSamples';

// The pure parts of the Call Flow view: the words a screen reader and the step list use, the order
// the keyboard walks, and the layout (dagre, run here in Node with a fixed-width font).

/** A monospaced stand-in for the page's fonts: what matters is that widths grow with the text. */
const measure: MeasureText = (text, role) => Array.from(text).length * (role === 'label' ? 7.5 : role === 'detail' ? 6.5 : 6);

function node(id: string, type: FlowNode['type'], label: string, extra: Partial<FlowNode> = {}): FlowNode {
  return { id, type, label, problems: [], ...extra };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('Call Flow view: words', () => {
  it('names every node for screen readers as "<type>: <label>, <detail>; <problems>"', () => {
    assert.equal(ariaLabel(node('a', 'feature', 'Sales Line', { kind: 'huntGroup', detail: 'ext 5001 · +14085550101' })), 'Hunt group: Sales Line, ext 5001 · +14085550101');
    assert.equal(ariaLabel(node('b', 'feature', 'Support', { kind: 'callQueue' })), 'Call queue: Support');
    assert.equal(ariaLabel(node('c', 'feature', 'Main Menu', { kind: 'autoAttendant' })), 'Auto attendant: Main Menu');
    assert.equal(ariaLabel(node('d', 'member', 'Lobby Phone', { ownerType: 'PLACE' })), 'Workspace: Lobby Phone');
    assert.equal(ariaLabel(node('e', 'member', 'Ann Lee', { ownerType: 'PEOPLE' })), 'Person: Ann Lee');
    assert.equal(ariaLabel(node('f', 'other', 'Paging', { ownerType: 'GROUP_PAGING' })), 'Paging group: Paging');
    assert.equal(ariaLabel(node('g', 'external', '+442071234567')), 'External number: +442071234567');
    assert.equal(
      ariaLabel(node('h', 'deadEnd', '+14085550199', { detail: 'unassigned', problems: [{ kind: 'deadEnd', message: 'no one owns this number' }, { kind: 'readFailed', message: 'lookup failed' }] })),
      'Dead end: +14085550199, unassigned; no one owns this number; lookup failed',
    );
  });

  it('keeps hostile names as the text they are, without the controls that would reorder them', () => {
    const flow = smallFlow();
    const sales = flow.nodes.find((n) => n.id === 'feature:huntGroup:sales')!;
    const person = flow.nodes.find((n) => n.id === 'member:PEOPLE:p1')!;
    assert.equal(ariaLabel(sales), `Hunt group: ${HOSTILE_NAMES.markup}, ext 5100 · +14085550100`);
    assert.equal(ariaLabel(person), `Person: ${HOSTILE_NAMES.commandLink}, Sales gnp.exe`);
  });

  it('numbers the steps depth first along the edges, and says where each one sends the call', () => {
    assert.deepEqual(stepWords(smallFlow()), [
      { nodeId: 'number:+14085550100', number: 1, title: 'Call to: +14085550100 (ext 5100)', exits: [{ text: `dialled: go to step 2, Hunt group: ${HOSTILE_NAMES.markup}`, loop: false }], problems: [] },
      {
        nodeId: 'feature:huntGroup:sales',
        number: 2,
        title: `Hunt group: ${HOSTILE_NAMES.markup} (ext 5100 · +14085550100)`,
        exits: [
          { text: 'ring agents: go to step 3, Step: 3 agents (circular)', loop: false },
          { text: 'all busy: go to step 6, Dead end: +14085550199', loop: false },
          { text: `unreachable: go to step 7, Person: ${HOSTILE_NAMES.commandLink}`, loop: false },
          { text: 'after hours: go to step 8, Voicemail: Sales voicemail', loop: false },
        ],
        problems: [],
      },
      { nodeId: 'step:sales:agents', number: 3, title: 'Step: 3 agents (circular)', exits: [{ text: 'no answer after 5 rings: go to step 4, Hunt group: Loop A', loop: false }], problems: [] },
      { nodeId: 'feature:huntGroup:loopA', number: 4, title: 'Hunt group: Loop A', exits: [{ text: 'always: go to step 5, Hunt group: Loop B', loop: false }], problems: ['Problem: Loop A → Loop B → Loop A'] },
      { nodeId: 'feature:huntGroup:loopB', number: 5, title: 'Hunt group: Loop B', exits: [{ text: 'always: back to step 4, Hunt group: Loop A (a loop)', loop: true }], problems: ['Problem: Loop A → Loop B → Loop A'] },
      { nodeId: 'number:+14085550199', number: 6, title: 'Dead end: +14085550199 (no one owns this number)', exits: [], problems: ['Problem: the number is not assigned'] },
      { nodeId: 'member:PEOPLE:p1', number: 7, title: `Person: ${HOSTILE_NAMES.commandLink} (Sales gnp.exe)`, exits: [], problems: [] },
      { nodeId: 'voicemail:sales', number: 8, title: 'Voicemail: Sales voicemail', exits: [], problems: [] },
    ]);
    assert.deepEqual(loopWords(smallFlow()), ['Loop: Loop A → Loop B → Loop A']);
  });

  it('lists a node the start does not reach after the others, and a self-loop as going back to itself', () => {
    const flow: CallFlow = {
      start: 's',
      nodes: [node('orphan', 'other', 'Orphan'), node('s', 'start', '5100'), node('g', 'feature', 'G', { kind: 'huntGroup' })],
      edges: [
        { from: 's', to: 'g', label: 'dialled' },
        { from: 'g', to: 'g', label: 'always', loop: true },
      ],
      loops: [['G', 'G']],
    };
    assert.deepEqual(
      stepOrder(flow).map((n) => n.id),
      ['s', 'g', 'orphan'],
    );
    assert.deepEqual(stepWords(flow)[1].exits, [{ text: 'always: back to this step (a loop)', loop: true }]);
  });
});

describe('Call Flow view: keyboard order', () => {
  const order = stepOrder(smallFlow()).map((n) => n.id);

  it('walks the nodes in step order: right and down on, left and up back, Home and End to the ends', () => {
    assert.deepEqual(order, [
      'number:+14085550100',
      'feature:huntGroup:sales',
      'step:sales:agents',
      'feature:huntGroup:loopA',
      'feature:huntGroup:loopB',
      'number:+14085550199',
      'member:PEOPLE:p1',
      'voicemail:sales',
    ]);
    assert.equal(keyTarget(order, 'number:+14085550100', 'ArrowRight'), 'feature:huntGroup:sales');
    assert.equal(keyTarget(order, 'feature:huntGroup:sales', 'ArrowDown'), 'step:sales:agents');
    assert.equal(keyTarget(order, 'feature:huntGroup:loopB', 'ArrowLeft'), 'feature:huntGroup:loopA');
    assert.equal(keyTarget(order, 'feature:huntGroup:sales', 'ArrowUp'), 'number:+14085550100');
    assert.equal(keyTarget(order, 'member:PEOPLE:p1', 'Home'), 'number:+14085550100');
    assert.equal(keyTarget(order, 'number:+14085550100', 'End'), 'voicemail:sales');
  });

  it('does not move past either end, nor on other keys or unknown nodes', () => {
    assert.equal(keyTarget(order, 'number:+14085550100', 'ArrowLeft'), undefined);
    assert.equal(keyTarget(order, 'voicemail:sales', 'ArrowRight'), undefined);
    assert.equal(keyTarget(order, 'feature:huntGroup:sales', 'a'), undefined);
    assert.equal(keyTarget(order, 'nowhere', 'ArrowRight'), undefined);
  });
});

describe('Call Flow view: layout', () => {
  it('lays out a 60-node flow with every node placed, no two boxes overlapping, and labels clear of the boxes', () => {
    const flow = largeFlow(60);
    assert.equal(flow.nodes.length, 60);
    const laid = layoutFlow(flow, measure);
    assert.equal(laid.nodes.length, 60);
    assert.equal(laid.edges.length, flow.edges.length);
    for (let i = 0; i < laid.nodes.length; i++) {
      const a = laid.nodes[i];
      assert.ok(a.width >= 150 && a.height > 0, `${a.node.id} has a size`);
      assert.ok(a.x >= 0 && a.y >= 0 && a.x + a.width <= laid.width && a.y + a.height <= laid.height, `${a.node.id} is inside the drawing`);
      for (let j = i + 1; j < laid.nodes.length; j++) assert.ok(!overlaps(a, laid.nodes[j]), `${a.node.id} overlaps ${laid.nodes[j].node.id}`);
    }
    for (const edge of laid.edges) {
      assert.ok(edge.points.length >= 2, `${edge.from} → ${edge.to} has a line`);
      assert.ok(edge.labelBox, `${edge.from} → ${edge.to} has its label placed`);
      for (const placed of laid.nodes) assert.ok(!overlaps(edge.labelBox, placed), `the label "${edge.label}" covers ${placed.node.id}`);
    }
    const loop = laid.edges.filter((edge) => edge.loop);
    assert.deepEqual(
      loop.map((edge) => [edge.from, edge.to]),
      [['feature:huntGroup:g14', 'feature:huntGroup:g0']],
    );
  });

  it('places the flow top to bottom: each step below the one that sends the call to it, except along a loop', () => {
    const laid = layoutFlow(smallFlow(), measure);
    const box = new Map(laid.nodes.map((placed) => [placed.node.id, placed]));
    for (const edge of smallFlow().edges.filter((e) => !e.loop)) {
      assert.ok(box.get(edge.to)!.y > box.get(edge.from)!.y + box.get(edge.from)!.height, `${edge.to} is below ${edge.from}`);
    }
    const loop = laid.edges.find((edge) => edge.loop)!;
    assert.ok(loop.points[loop.points.length - 1].y < loop.points[0].y, 'the loop is drawn back up');
  });

  it('draws two edges between the same nodes as two lines, each with its label', () => {
    const flow: CallFlow = {
      start: 'g',
      nodes: [node('g', 'feature', 'G', { kind: 'huntGroup' }), node('v', 'voicemail', 'G voicemail')],
      edges: [
        { from: 'g', to: 'v', label: 'all busy' },
        { from: 'g', to: 'v', label: 'no answer after 3 rings' },
      ],
      loops: [],
    };
    const laid = layoutFlow(flow, measure);
    assert.deepEqual(
      laid.edges.map((edge) => edge.label),
      ['all busy', 'no answer after 3 rings'],
    );
    assert.ok(!overlaps(laid.edges[0].labelBox!, laid.edges[1].labelBox!), 'the two labels do not cover each other');
  });

  it('cuts long text to fit its box with an ellipsis, and keeps boxes between their minimum and maximum width', () => {
    const long = 'A hunt group with a name far longer than any box should ever be drawn';
    const laid = layoutFlow({ start: 'a', nodes: [node('a', 'feature', long, { kind: 'huntGroup' }), node('b', 'end', 'Busy')], edges: [{ from: 'a', to: 'b', label: 'x' }], loops: [] }, measure);
    const [a, b] = laid.nodes;
    assert.ok(a.width > 260 && a.width <= 280, `the long name's box is ${a.width} px wide`);
    assert.equal(b.width, 150);
    assert.match(a.label, /^A hunt group with a name.*…$/);
    assert.ok(measure(a.label, 'label') <= 280 - 2 * 10 - 24);
    assert.equal(fitText('short', 100, 'label', measure), 'short');
    assert.equal(fitText('abcdefghij', 7.5 * 5, 'label', measure), 'abcd…');
    // A surrogate pair is never cut in half.
    assert.equal(fitText('😀😀😀😀', 7.5 * 3, 'label', measure), '😀😀…');
  });

  it('zooms to fit, but not below the readable minimum (it scrolls instead) and never above 1', () => {
    assert.equal(fitScale({ width: 400, height: 200 }, { width: 800, height: 600 }), 1);
    assert.equal(fitScale({ width: 1600, height: 300 }, { width: 800, height: 600 }), 0.7);
    assert.equal(fitScale({ width: 1000, height: 300 }, { width: 800, height: 600 }), 0.8);
    assert.equal(fitScale({ width: 1000, height: 300 }, { width: 800, height: 600 }, 0.5), 0.8);
    assert.equal(fitScale({ width: 4000, height: 300 }, { width: 800, height: 600 }, 0.5), 0.5);
    assert.equal(fitScale({ width: 0, height: 0 }, { width: 800, height: 600 }), 1);
  });

  it('draws a line through the layout\u2019s points, rounded at the bends', () => {
    assert.equal(pathOf([]), '');
    assert.equal(
      pathOf([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
      ]),
      'M0,0 L10,0',
    );
    assert.equal(
      pathOf([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 10, y: 10 },
      ]),
      'M0,0 Q10,0 10,5 L10,10',
    );
  });
});

describe('Call Flow view: glyphs and messages', () => {
  it('names each glyph by the character the shipped codicon font has for it', () => {
    const csv = fs.readFileSync(path.join(repoRoot, 'node_modules', '@vscode', 'codicons', 'dist', 'codicon.csv'), 'utf8');
    const fontCharacters = new Map(
      csv
        .split('\n')
        .slice(1)
        .map((line) => line.split(','))
        .filter((fields) => fields.length >= 3)
        .map(([name, , code]) => [name, String.fromCodePoint(parseInt(code, 16))]),
    );
    for (const [name, character] of Object.entries(CODICON_CHARACTERS)) assert.equal(character, fontCharacters.get(name), name);
    assert.equal(glyphOf(node('q', 'feature', 'Q', { kind: 'callQueue' })), 'list-flat');
    assert.equal(glyphOf(node('w', 'member', 'W', { ownerType: 'PLACE' })), 'home');
    assert.equal(glyphOf(node('x', 'member', 'X', { ownerType: 'SOMETHING_NEW' })), 'person');
  });

  it('lets the page send only its three messages, with fields of the right types', () => {
    assert.ok(isPageMessage({ type: 'ready' }));
    assert.ok(isPageMessage({ type: 'open', nodeId: 'feature:huntGroup:1' }));
    assert.ok(isPageMessage({ type: 'rendered', key: 'k', nodes: 60, edges: 75, layoutMs: 12.5 }));
    for (const bad of [
      null,
      'open',
      { type: 'toString' },
      { type: 'runCommand', command: 'workbench.action.quit' },
      { type: 'open' },
      { type: 'open', nodeId: 7 },
      { type: 'open', nodeId: 'x'.repeat(1001) },
      { type: 'rendered', key: 'k', nodes: -1, edges: 0, layoutMs: 1 },
      { type: 'rendered', key: 'k', nodes: 1.5, edges: 0, layoutMs: 1 },
      { type: 'rendered', key: 'k', nodes: 1, edges: 0, layoutMs: Number.NaN },
      { type: 'rendered', key: 'k', nodes: 1, edges: 0 },
    ]) {
      assert.equal(isPageMessage(bad), false, JSON.stringify(bad));
    }
  });
});
