import type { Request, Response } from 'express';

import { pickLanguage, pickLocalized } from '@wild/shared/domain';

import { DataLoaderRegistry } from './dataloader-registry';

/** What every resolver finds in its GraphQL context. */
export interface GraphQLContext {
  readonly req: Request;
  readonly res: Response;
  readonly loaders: DataLoaderRegistry;
  /** The caller's languages from `Accept-Language`, most preferred first (ISO 639-1). */
  readonly languages: readonly string[];
}

/** `fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5` → `['fr', 'en']`. */
export function parseAcceptLanguage(header: string | undefined): string[] {
  if (!header) return [];
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const quality = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return {
        language: tag.trim().slice(0, 2).toLowerCase(),
        q: quality ? Number(quality.slice(2)) : 1,
        index,
      };
    })
    .filter((entry) => /^[a-z]{2}$/.test(entry.language) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return [...new Set(ranked.map((entry) => entry.language))];
}

/**
 * `name(language:)` of a text kept in several languages: the asked language, else the caller's
 * (Accept-Language), else English.
 */
export function localizedFor(
  text: { readonly en: string },
  context: GraphQLContext,
  language?: string | null,
): string {
  return pickLocalized(text, language ? [language, ...context.languages] : context.languages);
}

/** The language `localizedFor` answers in for this text (`fr` when it shows the French name). */
export function languageFor(
  text: { readonly en: string },
  context: GraphQLContext,
  language?: string | null,
): string {
  return pickLanguage(text, language ? [language, ...context.languages] : context.languages);
}

export function createGraphQLContext({
  req,
  res,
}: {
  req: Request;
  res: Response;
}): GraphQLContext {
  return {
    req,
    res,
    loaders: new DataLoaderRegistry(),
    languages: parseAcceptLanguage(req.headers['accept-language']),
  };
}
