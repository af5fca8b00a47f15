/** A search as the SQL needs it: every word as a prefix, and the words as one phrase for trigrams. */
export interface SearchText {
  /** For `to_tsquery('simple', immutable_unaccent(…))`: `proprie:* & industri:*`. */
  readonly tsquery: string;
  /** For trigram similarity (typos): the words, lower case, one space apart. */
  readonly phrase: string;
}

/** Words past this many are ignored: a directory search is a few words, not a document. */
export const MAX_SEARCH_WORDS = 8;

/**
 * Splits free text into words (letters and digits of any script), lower-cased; `null` when nothing
 * searchable is left. Only letters and digits reach `to_tsquery`, so its syntax cannot be injected.
 * Accents are removed in SQL by the same `unaccent` that built the index.
 */
export function parseSearchText(text: string | null | undefined): SearchText | null {
  const words = (text ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_SEARCH_WORDS);
  if (words.length === 0) return null;
  return { tsquery: words.map((word) => `${word}:*`).join(' & '), phrase: words.join(' ') };
}
