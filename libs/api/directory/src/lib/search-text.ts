/** A search as the SQL needs it: its words (each matched as a prefix), and the phrase for trigrams. */
export interface SearchText {
  /** Lower case, Unicode NFC, letters, digits and their combining marks only. */
  readonly words: readonly string[];
  /** The words, one space apart: compared with names by trigram similarity (typos). */
  readonly phrase: string;
}

/** Words past this many are ignored: a directory search is a few words, not a document. */
export const MAX_SEARCH_WORDS = 8;

/**
 * The search words as a prefix `tsquery` (`:searchWords`, a text array): each word is unaccented
 * by the same function that built the index and then quoted, so that what unaccent makes of a
 * letter (`ʼ` becomes an apostrophe, `⑴` becomes `(1)`) can never be read as query syntax.
 */
export const SEARCH_TSQUERY = `to_tsquery('simple', (
  SELECT string_agg(quote_literal(immutable_unaccent(word)) || ':*', ' & ')
  FROM unnest(CAST(:searchWords AS text[])) AS word
  WHERE immutable_unaccent(word) <> ''))`;

/**
 * Every word of a search must be found (so each word narrows the result): as the prefix of a word
 * of the document (`vector`, GIN), or, for a typo, close enough to a word of the names (`names`,
 * pg_trgm's `<%`, GIN). A word that unaccent leaves empty asks nothing.
 */
export function searchCondition(
  vector: string,
  names: string,
  text: SearchText,
): { sql: string; parameters: Record<string, string> } {
  const parameters: Record<string, string> = {};
  const conditions = text.words.map((word, index) => {
    const parameter = `searchWord${index}`;
    parameters[parameter] = word;
    const unaccented = `immutable_unaccent(:${parameter})`;
    return `(${unaccented} = '' OR ${vector} @@ to_tsquery('simple', quote_literal(${unaccented}) || ':*') OR ${unaccented} <% ${names})`;
  });
  return { sql: `(${conditions.join(' AND ')})`, parameters };
}

/**
 * Splits free text into words (letters and digits of any script, with their combining marks),
 * lower-cased and NFC-normalised, as PostgreSQL's parser splits the indexed text; `null` when
 * nothing searchable is left.
 */
export function parseSearchText(text: string | null | undefined): SearchText | null {
  const words = (text ?? '')
    .normalize('NFC')
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter(Boolean)
    .slice(0, MAX_SEARCH_WORDS);
  if (words.length === 0) return null;
  return { words, phrase: words.join(' ') };
}
