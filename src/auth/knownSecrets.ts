// The secrets alive in this window that are not a session's tokens yet or any more: a client secret
// just read, a PKCE verifier, an authorization code, a token being checked. The log masks every one
// of them (see log.ts and secretMask.ts) for as long as it is registered.
export class KnownSecrets implements Iterable<string> {
  private readonly counts = new Map<string, number>();

  /** Registers a secret until the returned function is called. */
  hold(secret: string): () => void {
    this.counts.set(secret, (this.counts.get(secret) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.counts.get(secret) ?? 1) - 1;
      if (left > 0) this.counts.set(secret, left);
      else this.counts.delete(secret);
    };
  }

  /** Runs work with the secrets registered, and drops them after. */
  async while<T>(secrets: string[], work: () => Promise<T>): Promise<T> {
    const releases = secrets.filter(Boolean).map((secret) => this.hold(secret));
    try {
      return await work();
    } finally {
      for (const release of releases) release();
    }
  }

  [Symbol.iterator](): Iterator<string> {
    return this.counts.keys();
  }
}
