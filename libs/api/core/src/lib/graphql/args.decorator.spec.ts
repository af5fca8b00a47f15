import 'reflect-metadata';

import { ValidationPipe } from '@nestjs/common';
import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { IsEmail, Max } from 'class-validator';

import { BadUserInputError } from '../errors/domain-error';
import { Args } from './args.decorator';

@InputType()
class ContactInput {
  @Field()
  @IsEmail()
  email!: string;
}

@ArgsType()
class PagingArgs {
  @Field(() => Int)
  @Max(100)
  first!: number;
}

class Resolver {
  contact(@Args('input') input: ContactInput): ContactInput {
    return input;
  }

  page(@Args() page: PagingArgs): PagingArgs {
    return page;
  }

  named(@Args('language', { type: () => String, nullable: true }) language?: string): string {
    return language ?? 'en';
  }
}

/** The pipes @nestjs/graphql keeps for a resolver method's parameters. */
function pipesOf(method: keyof Resolver): unknown[][] {
  const params: Record<string, { pipes: unknown[] }> =
    Reflect.getMetadata('__routeArguments__', Resolver, method) ?? {};
  return Object.values(params).map((param) => param.pipes);
}

describe('Args', () => {
  it('validates an input object and an @ArgsType class', async () => {
    for (const method of ['contact', 'page'] as const) {
      const [pipes] = pipesOf(method);
      expect(pipes).toEqual([expect.any(ValidationPipe)]);
    }
    const [[pipe]] = pipesOf('contact') as ValidationPipe[][];
    await expect(
      pipe.transform({ email: 'not an address' }, { type: 'body', metatype: ContactInput }),
    ).rejects.toBeInstanceOf(BadUserInputError);
    await expect(
      pipe.transform({ email: 'ada@example.org' }, { type: 'body', metatype: ContactInput }),
    ).resolves.toBeInstanceOf(ContactInput);
  });

  it('leaves a scalar argument to GraphQL’s own coercion', () => {
    expect(pipesOf('named')).toEqual([[]]);
  });
});
