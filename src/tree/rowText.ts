// Text for tree rows: API strings made to read in their own order and kept short.

/** Longest label or description the tree shows; tooltips and the details view carry the full text. */
const MAX_SHOWN_LENGTH = 120;

/** Bidirectional controls (RLO and friends) would let a name reorder how a row reads ("gnp.exe" shown as "exe.png"). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** Text for a row: one that reads in its own order, and short (tooltips and the details view keep it whole). */
export function clip(text: string, max = MAX_SHOWN_LENGTH): string {
  const plain = withoutBidiControls(text);
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}
