import 'reflect-metadata';

import { PipeTransform, ValidationPipe } from '@nestjs/common';
import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { IsEmail, Max } from 'class-validator';

import { BadUserInputError } from '../errors/domain-error';
import { Args } from './args.decorator';

enum Kind {
  NATIONAL = 'NATIONAL',
}

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

  nullableInput(
    @Args('input', { type: () => ContactInput, nullable: true }) input?: ContactInput | null,
  ): ContactInput | null {
    return input ?? null;
  }

  nullableEnum(
    @Args('kind', { type: () => Kind, nullable: true }) kind?: Kind | null,
  ): Kind | null {
    return kind ?? null;
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

  it('validates an input declared with `| null` by the class its type option names', async () => {
    const [[pipe]] = pipesOf('nullableInput') as PipeTransform[][];
    // TypeScript records Object for the union: the metadata Nest hands the pipe says so too
    const metadata = { type: 'body', metatype: Object } as const;
    await expect(pipe.transform({ email: 'not an address' }, metadata)).rejects.toBeInstanceOf(
      BadUserInputError,
    );
    await expect(pipe.transform({ email: 'ada@example.org' }, metadata)).resolves.toBeInstanceOf(
      ContactInput,
    );
    expect(await pipe.transform(null, metadata)).toBeNull();
  });

  it('leaves a scalar or an enum argument to GraphQL’s own coercion', async () => {
    expect(pipesOf('named')).toEqual([[]]);
    const [[pipe]] = pipesOf('nullableEnum') as PipeTransform[][];
    expect(await pipe.transform('NATIONAL', { type: 'body', metatype: Object })).toBe('NATIONAL');
  });
});
