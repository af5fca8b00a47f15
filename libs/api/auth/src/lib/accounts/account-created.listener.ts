import type { EntityManager } from 'typeorm';

import type { AccountEntity } from './account.entity';

/**
 * Told of each new account, in the transaction that creates it. Declared here, provided by a lib
 * later in the chain (members gives every account its profile); without one, nothing happens.
 */
export interface AccountCreatedListener {
  accountCreated(account: AccountEntity, manager: EntityManager): Promise<void>;
}

export const ACCOUNT_CREATED_LISTENER = Symbol('ACCOUNT_CREATED_LISTENER');
