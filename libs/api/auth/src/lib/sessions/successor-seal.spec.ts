import { openSuccessor, sealSuccessor } from './successor-seal';

describe('the sealed successor of a spent refresh token', () => {
  const spent = 'Zm9vYmFyYmF6cXV4LXNwZW50LXJlZnJlc2gtdG9rZW4';
  const successor = 'c3VjY2Vzc29yLXJlZnJlc2gtdG9rZW4tMzItYnl0ZXM';
  const row = '5f0c7a52-6c0e-4b8e-9a55-3f2b1f0e9d11';

  it('opens with the spent token, for its row', () => {
    const sealed = sealSuccessor(spent, successor, row);
    expect(sealed).toMatch(/^v1\.[\w-]+$/);
    expect(sealed).not.toContain(successor);
    expect(openSuccessor(spent, sealed, row)).toBe(successor);
  });

  it('is sealed anew each time (a random IV)', () => {
    expect(sealSuccessor(spent, successor, row)).not.toBe(sealSuccessor(spent, successor, row));
  });

  it('does not open with another token, on another row, or tampered with', () => {
    const sealed = sealSuccessor(spent, successor, row);
    expect(openSuccessor(successor, sealed, row)).toBeNull();
    expect(openSuccessor(spent, sealed, '00000000-0000-0000-0000-000000000000')).toBeNull();
    const bytes = Buffer.from(sealed.slice(3), 'base64url');
    bytes[bytes.length - 1] ^= 1;
    expect(openSuccessor(spent, `v1.${bytes.toString('base64url')}`, row)).toBeNull();
    expect(openSuccessor(spent, 'v1.', row)).toBeNull();
    expect(openSuccessor(spent, 'v2.abc', row)).toBeNull();
    expect(openSuccessor(spent, 'garbage', row)).toBeNull();
  });
});
