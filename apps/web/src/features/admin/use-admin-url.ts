import { useCallback, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';

/**
 * The cursors of the pages before this one, kept in the history entry (the API pages forward
 * only): "Previous" goes back through them; a shared link has none and offers the first page.
 */
type Trail = readonly (string | null)[];

function trailOf(state: unknown): Trail {
  const trail = (state as { adminTrail?: unknown } | null)?.adminTrail;
  return Array.isArray(trail) && trail.every((entry) => entry === null || typeof entry === 'string')
    ? (trail as Trail)
    : [];
}

export interface AdminUrl {
  readonly params: URLSearchParams;
  /** The cursor of the page shown (null: the first page). */
  readonly after: string | null;
  /** The page's number, when the pages before it are known. */
  readonly pageNumber: number | null;
  /** Changes filters (null removes one): back to the first page. */
  readonly update: (changes: Record<string, string | null>) => void;
  readonly nextPage: (endCursor: string) => void;
  /** Null on the first page. */
  readonly previousPage: (() => void) | null;
  /** False when the page before is not known (a shared link): "previous" is the first page. */
  readonly knowsPrevious: boolean;
}

/** Filters and the page of an administration list, in the address. */
export function useAdminUrl(): AdminUrl {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const trail = useMemo(() => trailOf(location.state), [location.state]);
  const after = params.get('after');

  const update = useCallback(
    (changes: Record<string, string | null>) => {
      const next = new URLSearchParams(params);
      for (const [name, value] of Object.entries(changes))
        if (value === null || value === '') next.delete(name);
        else next.set(name, value);
      next.delete('after');
      setParams(next);
    },
    [params, setParams],
  );

  const nextPage = useCallback(
    (endCursor: string) => {
      const next = new URLSearchParams(params);
      next.set('after', endCursor);
      setParams(next, { state: { adminTrail: [...trail, after] } });
    },
    [params, setParams, trail, after],
  );

  const previousPage = useMemo(() => {
    if (after === null) return null;
    return () => {
      const previous = trail.at(-1) ?? null;
      const next = new URLSearchParams(params);
      if (previous === null) next.delete('after');
      else next.set('after', previous);
      setParams(next, { state: { adminTrail: trail.slice(0, -1) } });
    };
  }, [after, trail, params, setParams]);

  return {
    params,
    after,
    pageNumber: after === null ? 1 : trail.length > 0 ? trail.length + 1 : null,
    update,
    nextPage,
    previousPage,
    knowsPrevious: trail.length > 0,
  };
}
