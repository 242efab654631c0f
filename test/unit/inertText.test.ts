import * as assert from 'node:assert';
import { inertText } from '../../src/inertText';

// What VS Code turns into live UI in the strings it is given, as its renderers match them:
// a notification's `[label](command:… | https://… | file:…)` link, and a `$(name)` icon in
// quick picks, progress titles and the status bar.
const NOTIFICATION_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/i;
const ICON = /\$\([a-z0-9-]+(?:~[a-z0-9-]+)?\)/i;

describe('Inert text for notifications, quick picks and titles', () => {
  const retry = '[Retry](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22id%5Cn%22%7D)';

  it('leaves no command link in a hunt group named like one', () => {
    assert.match(retry, NOTIFICATION_LINK, 'the name is a link as given');
    const shown = inertText(retry);
    assert.doesNotMatch(shown, NOTIFICATION_LINK);
    assert.doesNotMatch(`Could not open ${shown}: Webex had a server error (500)`, NOTIFICATION_LINK);
  });

  it('leaves no https or file link and no icon', () => {
    for (const hostile of ['[docs](https://example.invalid/x)', '[f](file:///etc/passwd)', '$(alert) **bold**', 'a $(sync~spin) b']) {
      const shown = inertText(hostile);
      assert.doesNotMatch(shown, NOTIFICATION_LINK, hostile);
      assert.doesNotMatch(shown, ICON, hostile);
    }
  });

  it('reads as the same text: only invisible joiners are added', () => {
    const visible = (text: string): string => text.replace(/\u2060/g, '');
    assert.strictEqual(visible(inertText(retry)), retry);
    assert.strictEqual(visible(inertText('$(alert) x')), '$(alert) x');
    assert.strictEqual(inertText('Sales Line'), 'Sales Line');
  });

  it('keeps one line, in its own reading order, and short', () => {
    assert.strictEqual(inertText('a\nb\r\nc'), 'a b c');
    assert.strictEqual(inertText('\u202Egnp.exe'), 'gnp.exe');
    const long = inertText('x'.repeat(10_000));
    assert.ok(long.length <= 300 && long.endsWith('…'), `${long.length} characters`);
  });
});
