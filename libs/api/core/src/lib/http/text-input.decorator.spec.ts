import 'reflect-metadata';

import { IsOptional, IsString, MaxLength } from 'class-validator';

import { BadUserInputError } from '../errors/domain-error';
import {
  cleanMultiLineText,
  cleanOneLineText,
  MultiLineText,
  OneLineText,
  refusedCharacterOf,
} from './text-input.decorator';
import { validateInput } from './validation.pipe';

class ProfileInput {
  @OneLineText()
  @IsString()
  @MaxLength(10)
  fullName!: string;

  @MultiLineText()
  @IsOptional()
  @IsString()
  bio?: string | null;

  @OneLineText({ each: true })
  @IsOptional()
  @IsString({ each: true })
  systems?: string[];
}

const REFUSED: [string, string][] = [
  ['a NUL (C0)', '\u0000'],
  ['a bell (C0)', '\u0007'],
  ['a tab (C0)', '\t'],
  ['a line feed', '\n'],
  ['a carriage return', '\r'],
  ['DEL', '\u007F'],
  ['NEL (C1)', '\u0085'],
  ['a C1 control', '\u009B'],
  ['the line separator', '\u2028'],
  ['the paragraph separator', '\u2029'],
  ['a left-to-right embedding', '\u202A'],
  ['a right-to-left override', '\u202E'],
  ['a left-to-right isolate', '\u2066'],
  ['a pop directional isolate', '\u2069'],
  ['a zero-width space', '\u200B'],
  ['a word joiner', '\u2060'],
  ['a byte order mark', '\uFEFF'],
];

describe('refusedCharacterOf', () => {
  it.each(REFUSED)('refuses %s in a one-line text', (_name, character) => {
    expect(refusedCharacterOf(`Ada${character}Lovelace`)).toBe(character);
  });

  it.each(REFUSED.filter(([, character]) => character !== '\n'))(
    'refuses %s in a multi-line text',
    (_name, character) => {
      expect(refusedCharacterOf(`Ada${character}Lovelace`, true)).toBe(character);
    },
  );

  it('keeps line feeds in a multi-line text', () => {
    expect(refusedCharacterOf('one\ntwo\n\nthree', true)).toBeNull();
  });

  it('allows ZWNJ, ZWJ, the directional marks and scripts of every direction', () => {
    for (const text of [
      'می\u200Cخواهم', // Persian: ZWNJ
      'क्\u200Dष', // Devanagari: ZWJ
      'مكتب البراءات',
      'abc\u200Edef\u200F',
      'Zoë Ñúñez 日本特許庁',
    ]) {
      expect(refusedCharacterOf(text)).toBeNull();
      expect(refusedCharacterOf(text, true)).toBeNull();
    }
  });
});

describe('cleanOneLineText and cleanMultiLineText', () => {
  it('trim and store NFC', () => {
    expect(cleanOneLineText('  Ame\u0301lie  ')).toBe('Amélie');
    expect(cleanOneLineText('Amélie')).toBe('Am\u00E9lie');
    expect(cleanMultiLineText('\n Ame\u0301lie \n')).toBe('Amélie');
  });

  it('leave a text already in NFC as it is', () => {
    const arabic = 'مكتب البراءات';
    expect(cleanOneLineText(arabic)).toBe(arabic);
    expect(cleanMultiLineText(arabic)).toBe(arabic);
  });

  it('store every line break of a multi-line text as \\n', () => {
    expect(cleanMultiLineText('one\r\ntwo\rthree\nfour')).toBe('one\ntwo\nthree\nfour');
  });
});

describe('OneLineText and MultiLineText', () => {
  it('clean the texts before they are validated', async () => {
    const input = await validateInput(ProfileInput, {
      fullName: '  Ame\u0301lie ',
      bio: ' first line\r\nsecond line ',
      systems: [' IPAS ', 'Ame\u0301lie'],
    });
    expect(input).toEqual({
      fullName: 'Amélie',
      bio: 'first line\nsecond line',
      systems: ['IPAS', 'Amélie'],
    });
    // a length counts the characters stored
    await expect(validateInput(ProfileInput, { fullName: 'Ame\u0301lie Ame' })).resolves.toEqual({
      fullName: 'Amélie Ame',
    });
  });

  it('refuse a control or invisible character, naming the field', async () => {
    const refusal = (value: object) =>
      validateInput(ProfileInput, { fullName: 'Ada', ...value }).then(
        () => null,
        (error: unknown) => error,
      );
    expect(await refusal({ fullName: 'Ada\u202E' })).toMatchObject({
      problems: [
        {
          field: 'fullName',
          message: 'fullName must not contain invisible or control characters.',
          rule: 'isOneLineText',
          params: {},
        },
      ],
    });
    expect(await refusal({ fullName: 'Ada\nLovelace' })).toBeInstanceOf(BadUserInputError);
    expect(await refusal({ bio: 'one\n\u2066two' })).toMatchObject({
      problems: [
        {
          field: 'bio',
          message: 'bio must not contain invisible or control characters.',
          rule: 'isMultiLineText',
        },
      ],
    });
    expect(await refusal({ systems: ['IPAS', 'WIPO\u200BFile'] })).toMatchObject({
      problems: [{ field: 'systems' }],
    });
  });

  it('leave other types and null to the other rules', async () => {
    await expect(validateInput(ProfileInput, { fullName: 'Ada', bio: null })).resolves.toEqual({
      fullName: 'Ada',
      bio: null,
    });
    const error = await validateInput(ProfileInput, { fullName: 42 }).catch((e: unknown) => e);
    const messages = (error as BadUserInputError).problems.map((problem) => problem.message);
    expect(messages).toContain('fullName must be a string');
    expect(messages.join(' ')).not.toContain('invisible');
  });
});
