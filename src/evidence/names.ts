/** How claims and accounts are named to readers. */

/** "MINUSMA (via Reuters)": who makes a claim, and the outlet we read it in when that differs. */
export function claimant(by: string, publisher: string | undefined): string {
  return publisher && !publisher.toLowerCase().startsWith(by.toLowerCase()) ? `${by} (via ${publisher})` : by;
}

/** Each article's outlet, by article id. */
export function publisherNames(articles: readonly { data: { id: string; source: { publisher: string } } }[]): Map<string, string> {
  return new Map(articles.map((a) => [a.data.id, shortPublisher(a.data.source.publisher)]));
}

/** The outlet's name without our parenthetical notes on it. */
export function shortPublisher(publisher: string): string {
  return publisher.replace(/\s*\(.*$/s, '').trim() || publisher;
}

