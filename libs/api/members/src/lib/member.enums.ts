import { registerEnumType } from '@nestjs/graphql';

/** A member's job (not the account's role). */
export enum Position {
  CIO = 'CIO',
  CTO = 'CTO',
  HEAD_OF_IT = 'HEAD_OF_IT',
  CISO = 'CISO',
  DATA_OFFICER = 'DATA_OFFICER',
  ARCHITECT = 'ARCHITECT',
  OTHER = 'OTHER',
}

/**
 * Who sees a member's contact details besides the member, brokers and admins (and, later, the
 * other party of an active introduction): `NETWORK` every signed-in member, `RESTRICTED` no one else.
 */
export enum ContactVisibility {
  NETWORK = 'NETWORK',
  RESTRICTED = 'RESTRICTED',
}

registerEnumType(Position, {
  name: 'Position',
  description: 'A member’s job: CIO, CTO, head of IT, CISO, data officer, architect …',
});
registerEnumType(ContactVisibility, {
  name: 'ContactVisibility',
  description:
    'NETWORK: every signed-in member sees the contact details; RESTRICTED: only brokers, admins (and introduction parties).',
});
