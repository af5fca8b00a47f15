export * from './lib/member-privacy';
export * from './lib/member.entity';
export * from './lib/member-expertise.sql';
export * from './lib/member.enums';
export * from './lib/members.module';
export * from './lib/members.service';
export * from './lib/models/member.model';
