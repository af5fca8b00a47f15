import { useEffect, useState } from 'react';

/**
 * The value as of the last commit. The router renders a navigation in a transition; Apollo's
 * `useQuery` re-subscribes during render when its variables change, and its update interrupts
 * that transition, whose retry re-subscribes again: the new page never commits. Query variables
 * taken from the address therefore change after the navigation has committed.
 */
export function useCommitted<T>(value: T): T {
  const [committed, setCommitted] = useState(value);
  useEffect(() => setCommitted(value), [value]);
  return committed;
}
