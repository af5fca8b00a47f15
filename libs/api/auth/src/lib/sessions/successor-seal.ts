import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * The successor of a spent refresh token, kept so that the spent token, presented again within the
 * refresh grace, can be answered with it. Only hashes of tokens are stored; the successor is
 * sealed with AES-256-GCM under a key derived (HKDF-SHA-256) from the spent token itself, so the
 * database alone never yields a usable token: only whoever holds the spent token can open it.
 * The additional data binds it (its row, and who spent the token: sessions.service.ts), so a sealed
 * value moved to another row, or opened by another browser, does not open.
 */
const VERSION = 'v1';
const KEY_INFO = 'wild:refresh-token-successor';
const IV_BYTES = 12;
const TAG_BYTES = 16;

function keyOf(predecessor: string): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(predecessor, 'utf8'), '', KEY_INFO, 32));
}

/** `v1.<base64url of iv ‖ tag ‖ ciphertext>` */
export function sealSuccessor(predecessor: string, successor: string, binding: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyOf(predecessor), iv, {
    authTagLength: TAG_BYTES,
  });
  cipher.setAAD(Buffer.from(binding, 'utf8'));
  const sealed = Buffer.concat([cipher.update(successor, 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url')}`;
}

/** The successor, or null when `sealed` was not sealed with this token for this row. */
export function openSuccessor(predecessor: string, sealed: string, binding: string): string | null {
  const [version, body] = sealed.split('.');
  if (version !== VERSION || !body) return null;
  const bytes = Buffer.from(body, 'base64url');
  if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      keyOf(predecessor),
      bytes.subarray(0, IV_BYTES),
      {
        authTagLength: TAG_BYTES,
      },
    );
    decipher.setAAD(Buffer.from(binding, 'utf8'));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([
      decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    return null; // another key, another row, or tampered with
  }
}
