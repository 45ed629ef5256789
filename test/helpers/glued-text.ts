/**
 * Run in the page (page.evaluate): words a reader sees run together because the build's HTML
 * compression dropped a line break between text and a tag (Astro's compressHTML removes whitespace
 * that holds a newline next to a tag: `kept.\n<a>How` ships as `kept.<a>How`, read "kept.How").
 * Found: a link, code, abbreviation or emphasis whose text starts with a letter or digit straight after a
 * letter, digit, ".", ",", ";", ":" or "·"; one ending in a letter or digit followed at once by a
 * letter or digit; a word run into the parenthesis before a link; a label whose text runs into its control. Self-contained: Playwright serialises it.
 */
export function gluedText(): string[] {
  const word = /[\p{L}\p{N}]/u;
  const out: string[] = [];
  const visible = (el: Element) => el.getClientRects().length > 0 && !el.closest('.visually-hidden, [hidden]');
  const textBefore = (n: Node) => (n.previousSibling?.nodeType === Node.TEXT_NODE ? (n.previousSibling.textContent ?? '') : null);
  const textAfter = (n: Node) => (n.nextSibling?.nodeType === Node.TEXT_NODE ? (n.nextSibling.textContent ?? '') : null);
  for (const a of document.querySelectorAll('body a, body code, body abbr, body strong, body em')) {
    if (!visible(a)) continue;
    const own = (a.textContent ?? '').trim();
    if (!own) continue;
    const before = textBefore(a);
    const after = textAfter(a);
    const what = a.tagName === 'A' ? 'link' : a.tagName.toLowerCase();
    if (before !== null && /[\p{L}\p{N}.,;:·]$/u.test(before) && word.test(own[0]!)) out.push(`“${before.slice(-20)}” runs into the ${what} “${own.slice(0, 30)}”`);
    if (after !== null && word.test(own.at(-1)!) && word.test(after[0] ?? '')) out.push(`the ${what} “${own.slice(-30)}” runs into “${after.slice(0, 20)}”`);
    // "you saw(<a>…</a>)": an opening parenthesis straight after a word, before a link.
    if (before !== null && /[\p{L}\p{N}]\($/u.test(before)) out.push(`“${before.slice(-20)}” runs into the parenthesis before the ${what} “${own.slice(0, 30)}”`);
  }
  for (const control of document.querySelectorAll('label > select, label > input, label > textarea')) {
    if (!visible(control)) continue;
    const before = textBefore(control);
    if (before !== null && word.test(before.at(-1) ?? '')) out.push(`the label “${before.trim().slice(-30)}” runs into its ${control.tagName.toLowerCase()}`);
  }
  return out;
}
