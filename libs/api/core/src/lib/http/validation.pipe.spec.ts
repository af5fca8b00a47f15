import 'reflect-metadata';

import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

import { BadUserInputError, FieldProblem } from '../errors/domain-error';
import { OneLineText } from './text-input.decorator';
import { createValidationPipe, validateInput } from './validation.pipe';

enum Kind {
  NATIONAL = 'NATIONAL',
  REGIONAL = 'REGIONAL',
}

class NameInput {
  @IsString()
  @Length(2, 2)
  language!: string;

  @OneLineText()
  @MaxLength(20)
  text!: string;
}

class BaseInput {
  @IsOptional()
  @IsString()
  @MinLength(3)
  acronym?: string;
}

class OfficeInput extends BaseInput {
  @IsOptional()
  @IsEmail()
  email?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  level?: number;

  @IsOptional()
  @IsIn(['en', 'fr'])
  language?: string;

  @IsOptional()
  @IsEnum(Kind)
  kind?: Kind;

  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  code?: string;

  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @ValidateNested({ each: true })
  @Type(() => NameInput)
  names?: NameInput[];
}

async function problems(value: object): Promise<FieldProblem[]> {
  const error = await validateInput(OfficeInput, value).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof BadUserInputError)) throw new Error('expected BAD_USER_INPUT');
  return [...error.problems];
}

describe('problemsOf', () => {
  it('gives each class-validator refusal its rule and the rule’s parameters', async () => {
    expect(await problems({ level: 9, language: 'es', kind: 'PLANET' })).toEqual([
      {
        field: 'level',
        message: 'level must not be greater than 5',
        rule: 'max',
        params: { max: 5 },
      },
      {
        field: 'language',
        message: 'language must be one of the following values: en, fr',
        rule: 'isIn',
        params: { values: ['en', 'fr'] },
      },
      {
        field: 'kind',
        message: 'kind must be one of the following values: NATIONAL, REGIONAL',
        rule: 'isEnum',
        params: { values: ['NATIONAL', 'REGIONAL'] },
      },
    ]);
    expect(await problems({ level: 0.5, acronym: 'ab', email: 'no', code: 'fr' })).toEqual([
      expect.objectContaining({ field: 'email', rule: 'isEmail', params: {} }),
      expect.objectContaining({ field: 'level', rule: 'min', params: { min: 1 } }),
      expect.objectContaining({ field: 'level', rule: 'isInt', params: {} }),
      expect.objectContaining({ field: 'code', rule: 'matches', params: {} }),
      // a rule of a parent class
      expect.objectContaining({ field: 'acronym', rule: 'minLength', params: { min: 3 } }),
    ]);
    expect(await problems({ names: [] })).toEqual([
      expect.objectContaining({ field: 'names', rule: 'arrayMinSize', params: { min: 1 } }),
    ]);
  });

  it('names nested fields by their dotted path, with their own class’s parameters', async () => {
    const names = [
      { language: 'en', text: 'x'.repeat(21) },
      { language: 'fra', text: 'Ada\u202E' },
      { language: 'es', text: 'ok' },
    ];
    expect(await problems({ names })).toEqual([
      expect.objectContaining({ field: 'names', rule: 'arrayMaxSize', params: { max: 2 } }),
      expect.objectContaining({ field: 'names.0.text', rule: 'maxLength', params: { max: 20 } }),
      expect.objectContaining({
        field: 'names.1.language',
        rule: 'isLength',
        params: { min: 2, max: 2 },
      }),
      expect.objectContaining({ field: 'names.1.text', rule: 'isOneLineText', params: {} }),
    ]);
  });

  it('keeps neither the target nor the value in what it answers', async () => {
    const pipe = createValidationPipe();
    const error = await pipe
      .transform(
        { email: 'secret@', names: [{ language: 'en', text: 'x'.repeat(30) }] },
        { type: 'body', metatype: OfficeInput },
      )
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(BadUserInputError);
    const { problems: found, extensions } = error as BadUserInputError;
    for (const problem of found) {
      expect(Object.keys(problem).sort()).toEqual(['field', 'message', 'params', 'rule']);
    }
    expect(extensions).toEqual({
      field: 'email',
      rule: 'isEmail',
      params: {},
      errors: [
        { field: 'email', message: 'email must be an email', rule: 'isEmail', params: {} },
        {
          field: 'names.0.text',
          message: 'text must be shorter than or equal to 20 characters',
          rule: 'maxLength',
          params: { max: 20 },
        },
      ],
    });
    expect(JSON.stringify(extensions)).not.toContain('secret');
    expect(JSON.stringify(extensions)).not.toContain('xxxxx');
  });
});
