import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * What a person never means to type, and what can disguise a text: C0 and C1 controls (DEL
 * included), the line and paragraph separators, bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069: "evil\u202Egnp.exe" reads "evilexe.png"), and the zero-width
 * space, word joiner and byte order mark. ZWNJ and ZWJ (U+200C, U+200D) are allowed: Persian and
 * Indic scripts need them; so are the left-to-right and right-to-left marks (U+200E, U+200F).
 */
const REFUSED_IN_ONE_LINE = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]/u;

/** The same, but a line feed: a multi-line text keeps its line breaks. */
const REFUSED_IN_MULTI_LINE =
  /(?!\n)[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]/u;

/** A one-line text as it is stored: trimmed, and NFC (so `e` + U+0301 is stored as `é`). */
export function cleanOneLineText(text: string): string {
  return text.trim().normalize('NFC');
}

/** A multi-line text as it is stored: line breaks as `\n` (from `\r\n` or a lone `\r`), trimmed, NFC. */
export function cleanMultiLineText(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim().normalize('NFC');
}

/** The first character a one-line (or, with `multiLine`, a multi-line) text may not hold, if any. */
export function refusedCharacterOf(text: string, multiLine = false): string | null {
  return (multiLine ? REFUSED_IN_MULTI_LINE : REFUSED_IN_ONE_LINE).exec(text)?.[0] ?? null;
}

function textInput(multiLine: boolean, options?: ValidationOptions): PropertyDecorator {
  const clean = multiLine ? cleanMultiLineText : cleanOneLineText;
  const cleanValue = (value: unknown): unknown =>
    typeof value === 'string' ? clean(value) : value;
  return applyDecorators(
    // before validation, so that "  " is empty for MinLength and lengths count NFC characters
    Transform(({ value }: { value: unknown }) =>
      Array.isArray(value) ? value.map(cleanValue) : cleanValue(value),
    ),
    ValidateBy(
      {
        name: multiLine ? 'isMultiLineText' : 'isOneLineText',
        validator: {
          // a value of another type is IsString's to refuse
          validate: (value: unknown) =>
            typeof value !== 'string' || refusedCharacterOf(value, multiLine) === null,
          defaultMessage: (args) =>
            `${args?.property ?? 'This text'} must not contain invisible or control characters.`,
        },
      },
      options,
    ),
  );
}

/**
 * A one-line text a person enters (a name, a title, a label): trimmed and stored NFC, refused
 * (BAD_USER_INPUT naming the field) when it holds a control, bidirectional or zero-width
 * character, a line break included. `{ each: true }` for a list of such texts.
 */
export function OneLineText(options?: ValidationOptions): PropertyDecorator {
  return textInput(false, options);
}

/**
 * A multi-line text a person enters (a bio, a description, notes): as {@link OneLineText}, but
 * line breaks are kept, each stored as `\n`.
 */
export function MultiLineText(options?: ValidationOptions): PropertyDecorator {
  return textInput(true, options);
}
