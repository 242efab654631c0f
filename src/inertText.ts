// Text from Webex (names, error messages, org names) or typed by the user, made safe to put into
// VS Code's own UI strings: notifications, progress titles, quick picks, input boxes and the status
// bar. Those strings are not plain text. A notification turns `[label](command:…)` into a link that
// runs the command with the arguments in the link, and quick picks, progress titles and the status
// bar turn `$(name)` into an icon. Every such value goes through inertText() and nothing else.
import { withoutBidiControls } from './tree/rowText';

/** Long enough for any real name or error sentence; a 10 KB name cannot fill the screen. */
const MAX_INERT_LENGTH = 300;

/**
 * A word joiner (U+2060) is invisible and keeps the text on one line. Put between `]` and `(`, or
 * between `$` and `(`, it breaks the link and icon syntax while the name still reads the same.
 */
const JOINER = '\u2060';

export function inertText(value: string, max = MAX_INERT_LENGTH): string {
  const flat = withoutBidiControls(value)
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/\]\(/g, `]${JOINER}(`)
    .replace(/\$\(/g, `$${JOINER}(`);
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
