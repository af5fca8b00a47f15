import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An opaque refresh token, stored as its SHA-256; spent (used) once, when it is rotated. A spent
 * token keeps its successor sealed with a key only the spent token gives (see successor-seal.ts),
 * for the refresh grace.
 */
@Entity({ name: 'refresh_token' })
export class RefreshTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  sessionId!: string;

  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  /** The token issued when this one was spent, sealed with a key derived from this one. */
  @Column({ type: 'text', nullable: true })
  successorSealed!: string | null;
}
