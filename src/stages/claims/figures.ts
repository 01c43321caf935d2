/**
 * The claim figures the summary and the score both read, defined once: mind-reading of people who are
 * not quoted, and "unverifiable gossip" (private facts and mind-reading resting on anonymous or no
 * sources). Both take the report's claims and sources, so a figure and its evidence cannot disagree.
 */
import type { Claim, Source, SourceKind } from '../../report/schema.ts';

/** Source kinds a reader cannot hold to account: nobody named stands behind the claim. */
const UNACCOUNTABLE: ReadonlySet<SourceKind> = new Set(['anonymous', 'unnamed-media', 'unknown']);

/**
 * Mental-state claims about someone who is not quoted anywhere in the article: whose mind is read
 * (the experiencer, else the first person the claim is about) is not the speaker of any quotation.
 * An experiencer the text does not resolve counts: nobody is shown speaking for themselves.
 */
export function unquotedMindReading(claims: readonly Claim[], sources: readonly Source[]): Claim[] {
  const quoted = new Set<string>();
  for (const s of sources) if (s.quotes > 0 && s.entityId) quoted.add(s.entityId);
  return claims.filter((c) => {
    if (c.content !== 'mental-state') return false;
    const who = c.experiencer ?? c.about[0];
    return who === undefined || !quoted.has(who);
  });
}

/** Private facts and mind-reading that rest on an anonymous source, unnamed reports or nobody at all. */
export function unverifiableGossip(claims: readonly Claim[]): Claim[] {
  return claims.filter(
    (c) =>
      (c.content === 'mental-state' || (c.content === 'fact' && c.checkable === 'private')) &&
      (c.attribution === null || UNACCOUNTABLE.has(c.attribution.kind)),
  );
}
