/**
 * A tiny SVG string builder for the chart kinds: every chart's markup is a pure function of its
 * geometry, so the page, the embed, the downloads and the Open Graph card all use the same string
 * and nothing ever parses HTML back. Text is escaped like Astro's (& < > ' "), attribute values
 * for & " < > so inline markup and downloaded files are identical and valid XML.
 */
export type Attrs = Record<string, string | number | null | undefined | false>;

const ESCAPABLE = /[&<>'"]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

export function esc(value: string | number): string {
  return String(value).replace(ESCAPABLE, (c) => ENTITY[c]!);
}

/** Attribute values: & " < > escaped (valid HTML and XML, so resvg reads it), quotes ' kept as written. */
export function escAttr(value: string | number): string {
  return String(value).replace(/[&"<>]/g, (c) => ENTITY[c]!);
}

/** Markup that is already safe (built by el()/text()): a branded string, so raw text can't slip in. */
export type Markup = string & { readonly __markup: true };

export function raw(s: string): Markup {
  return s as Markup;
}

/** Text content, escaped. */
export function text(s: string | number): Markup {
  return raw(esc(s));
}

/** `<tag a="1">children</tag>`; null, undefined and false attributes and children are left out. */
export function el(tag: string, attrs: Attrs = {}, ...children: (Markup | null | undefined | false | '' | (Markup | null | undefined | false | '')[])[]): Markup {
  let open = `<${tag}`;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    open += ` ${k}="${escAttr(v)}"`;
  }
  const inner = children.flat().filter((c): c is Markup => !!c).join('');
  return raw(`${open}>${inner}</${tag}>`);
}

/** A list of children joined (for .map()). */
export function join(parts: readonly (Markup | null | undefined | false | '')[]): Markup {
  return raw(parts.filter((c): c is Markup => !!c).join(''));
}
