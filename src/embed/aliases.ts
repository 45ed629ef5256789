/**
 * Renamed charts: old id → new id. An entry keeps every embed pasted with the old id working
 * (/embed/v1/<old>/, /embed/<old>/, /oembed/<old>.json): the old embed routes become redirect pages
 * (meta refresh + canonical, no script). Never remove an entry; chain a second rename by
 * pointing every old id straight at the newest one. test/embed/aliases.test.ts checks every target exists.
 */
export const EMBED_ALIASES: Readonly<Record<string, string>> = {};
