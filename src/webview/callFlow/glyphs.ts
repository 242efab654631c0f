// The glyph drawn in each node: a codicon, as a character of the codicon font the page loads
// (media/codicons/codicon.css). SVG text cannot take the font's CSS classes, so the characters are
// named here; the features use their kind's tree icon. A unit test checks them against the font.
import type { FlowNode } from '../../callFlow/graph';

/** Codicon names and their characters in @vscode/codicons' font. */
export const CODICON_CHARACTERS = {
  'debug-start': '\uEAD3',
  'call-incoming': '\uEB92',
  'list-flat': '\uEB84',
  'list-tree': '\uEB86',
  bell: '\uEAA2',
  'git-commit': '\uEAFC',
  person: '\uEA67',
  home: '\uEB06',
  plug: '\uEB2D',
  mail: '\uEB1C',
  globe: '\uEB01',
  'circle-slash': '\uEABD',
  'debug-stop': '\uEAD7',
  question: '\uEB32',
  error: '\uEA87',
} as const;

export type GlyphName = keyof typeof CODICON_CHARACTERS;

const kindGlyphs: Record<NonNullable<FlowNode['kind']>, GlyphName> = {
  huntGroup: 'call-incoming',
  callQueue: 'list-flat',
  autoAttendant: 'list-tree',
  callPickup: 'bell',
};

const ownerGlyphs: Record<string, GlyphName> = { PEOPLE: 'person', PLACE: 'home', VIRTUAL_LINE: 'plug' };

const typeGlyphs: Record<FlowNode['type'], GlyphName> = {
  start: 'debug-start',
  feature: 'call-incoming',
  step: 'git-commit',
  member: 'person',
  voicemail: 'mail',
  external: 'globe',
  deadEnd: 'circle-slash',
  end: 'debug-stop',
  other: 'question',
};

export function glyphOf(node: FlowNode): GlyphName {
  if (node.type === 'feature' && node.kind) return kindGlyphs[node.kind];
  if (node.type === 'member' && node.ownerType && Object.hasOwn(ownerGlyphs, node.ownerType)) return ownerGlyphs[node.ownerType];
  return typeGlyphs[node.type];
}
