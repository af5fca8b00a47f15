import type { ReactNode } from 'react';

import classes from './facts.module.css';

export interface Fact {
  readonly key: string;
  readonly label: ReactNode;
  readonly value: ReactNode;
}

/** Label/value pairs as a description list (read as such by screen readers). */
export function Facts({ facts }: { facts: readonly Fact[] }) {
  return (
    <dl className={classes['facts']}>
      {facts.map((fact) => (
        <div key={fact.key} className={classes['fact']}>
          <dt className={classes['term']}>{fact.label}</dt>
          <dd className={classes['value']}>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
