export { AccountsPage } from './accounts-page';
export { InvitationsPage } from './invitations-page';
