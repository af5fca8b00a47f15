import { Module } from '@nestjs/common';
import {
  Field,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsEmail, IsInt, Max, Min } from 'class-validator';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';

import { Authorize, Public } from '@wild/api/auth';
import {
  Args,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
} from '@wild/api/core';
import { Role } from '@wild/shared/domain';

@InputType()
class ProbeInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address.' })
  email!: string;

  @Field()
  @IsInt()
  @Min(1, { message: 'level must be between 1 and 5.' })
  @Max(5, { message: 'level must be between 1 and 5.' })
  level!: number;
}

/** A node that nests without end, to test the depth limit whatever the real schema's depth. */
@ObjectType()
class ProbeNode {
  @Field(() => Int)
  depth!: number;
}

@Resolver(() => ProbeNode)
class ProbeNodeResolver {
  @Public()
  @Query(() => ProbeNode)
  probeTree(): ProbeNode {
    return { depth: 1 };
  }

  @ResolveField(() => ProbeNode)
  child(@Parent() node: ProbeNode): ProbeNode {
    return { depth: node.depth + 1 };
  }
}

/**
 * Test-only operations that fail on purpose, so the error path can be tested for every code
 * before the features that raise them exist. Never part of the real API.
 */
@Resolver()
class ErrorProbeResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly logger: PinoLogger,
  ) {}

  /** Logs as a service does (injected PinoLogger, no request at hand), after one SQL statement. */
  @Public()
  @Query(() => Boolean)
  async probeServiceLog(@Args('message') message: string): Promise<boolean> {
    await this.dataSource.query('SELECT 1');
    this.logger.warn({ probe: true }, message);
    return true;
  }

  @Public()
  @Query(() => Boolean)
  probeError(@Args('code') code: string): boolean {
    switch (code) {
      case 'UNAUTHENTICATED':
        throw new UnauthenticatedError();
      case 'FORBIDDEN':
        throw new ForbiddenError('Only office admins may do this.');
      case 'NOT_FOUND':
        throw new NotFoundError('No such thing.');
      case 'CONFLICT':
        throw new ConflictError('This already exists.');
      case 'NOT_AN_ERROR':
        throw 'a bare string'; // what a careless library may do
      default:
        throw new Error(`internal detail that must not leak: ${code}`);
    }
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Validates its input with class-validator.' })
  probeValidation(@Args('input') _input: ProbeInput): boolean {
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Inserts an office that exists already: a real unique violation.',
  })
  async probeUniqueViolation(): Promise<boolean> {
    await this.dataSource.query(
      `INSERT INTO office (code, kind, region, names) VALUES ('WO', 'IGO', 'GLOBAL', '{"en": "Duplicate"}')`,
    );
    return true;
  }

  /** Writes, waits, then fails: its transaction must roll back without touching anyone else's. */
  @Public()
  @Mutation(() => Boolean)
  async probeWriteThenFail(@Args('label') label: string): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO audit_entry (action, entity, entity_id) VALUES ('probe.rolled_back', 'probe', $1)`,
        [label],
      );
      await new Promise((resolve) => setTimeout(resolve, 5));
      throw new ConflictError('This probe always rolls back.');
    });
    return true;
  }

  /** Has no access rule on purpose: the guard must refuse it. */
  @Query(() => Boolean)
  probeWithoutAccessRule(): boolean {
    return true;
  }
}

/** A public class with one operation for admins only: the operation's rule must win. */
@Public()
@Resolver()
class PublicClassProbeResolver {
  @Authorize(Role.ADMIN)
  @Query(() => Boolean)
  probeAdminOnlyInPublicClass(): boolean {
    return true;
  }
}

/**
 * Test-only GraphQL operations: errors of every code and an endlessly deep type. Never part of
 * the real API (only test apps import it).
 */
@Module({ providers: [ErrorProbeResolver, ProbeNodeResolver, PublicClassProbeResolver] })
export class ProbeModule {}
