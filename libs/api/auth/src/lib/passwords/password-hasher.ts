import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** OWASP's argon2id settings: 19 MiB of memory, 2 passes, 1 lane. */
export const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

@Injectable()
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false; // a malformed hash never matches
    }
  }

  /**
   * Spends the time of a real verification, so that an unknown email answers as slowly as a wrong
   * password (no timing oracle for which emails have accounts).
   */
  async verifyNothing(password: string): Promise<false> {
    await argon2.hash(password, ARGON2_OPTIONS);
    return false;
  }
}
