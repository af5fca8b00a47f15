import { useCallback, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';

import {
  directoryParams,
  parseDirectoryParams,
  withChange,
  type DirectoryState,
} from './directory-url';

/**
 * The cursors of the pages before this one, kept in the history entry (the API pages forward
 * only): "Previous" goes back through them; a shared link has none, and offers the first page.
 */
type Trail = readonly (string | null)[];

const NO_TRAIL: Trail = [];

function trailOf(state: unknown): Trail {
  const trail = (state as { directoryTrail?: unknown } | null)?.directoryTrail;
  return Array.isArray(trail) && trail.every((entry) => entry === null || typeof entry === 'string')
    ? (trail as Trail)
    : NO_TRAIL;
}

export interface DirectoryNavigation {
  readonly state: DirectoryState;
  /** Goes to a state as it is (a tab, a cleared filter set). */
  readonly go: (next: DirectoryState, options?: { replace?: boolean }) => void;
  /** Changes search, filters or order: back to the first page. */
  readonly update: (change: Partial<DirectoryState>, options?: { replace?: boolean }) => void;
  readonly nextPage: (endCursor: string) => void;
  /** Null when this page's predecessor is not known (a shared link): offer the first page. */
  readonly previousPage: (() => void) | null;
  readonly firstPage: () => void;
}

export function useDirectoryState(): DirectoryNavigation {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const state = useMemo(() => parseDirectoryParams(params), [params]);
  const trail = trailOf(location.state);

  const go = useCallback(
    (next: DirectoryState, options: { replace?: boolean; trail?: Trail } = {}) =>
      setParams(directoryParams(next), {
        replace: options.replace,
        state: options.trail?.length ? { directoryTrail: options.trail } : null,
      }),
    [setParams],
  );

  const update = useCallback(
    (change: Partial<DirectoryState>, options?: { replace?: boolean }) =>
      go(withChange(state, change), options),
    [go, state],
  );

  const nextPage = useCallback(
    (endCursor: string) =>
      go(
        { ...state, after: endCursor, page: (state.page ?? 1) + 1 },
        { trail: [...trail, state.after] },
      ),
    [go, state, trail],
  );

  const firstPage = useCallback(() => go({ ...state, after: null, page: null }), [go, state]);

  const previous = trail.at(-1);
  const previousPage = useMemo(
    () =>
      state.after === null || previous === undefined
        ? null
        : () =>
            go(
              {
                ...state,
                after: previous,
                page: previous === null ? null : Math.max((state.page ?? 2) - 1, 2),
              },
              { trail: trail.slice(0, -1) },
            ),
    [go, state, trail, previous],
  );

  return { state, go, update, nextPage, previousPage, firstPage };
}
