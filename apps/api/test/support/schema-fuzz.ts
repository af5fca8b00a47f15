import fc from 'fast-check';
import {
  getNamedType,
  GraphQLBoolean,
  GraphQLField,
  GraphQLInputType,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  visit,
} from 'graphql';

import { GRAPHQL_LIMITS } from '@wild/api/core';

/**
 * Schema fuzzing (issue 13, point 6): requests generated from a GraphQL schema, valid and broken,
 * as fast-check arbitraries, and the property every answer of the API keeps. Sent by
 * apps/api/test/schema-fuzz.int-spec.ts, which says how to replay a failure.
 *
 * Generated values are plain data (an operation as a tree, printed afterwards), so that fast-check
 * shrinks a failing request to a small one, and a seed gives the same requests on every machine.
 */

// ---------------------------------------------------------------------------------------------
// Settings

export interface FuzzSettings {
  readonly seed: number;
  readonly runs: number;
  /** fast-check's path to one counterexample (FUZZ_PATH), to replay only it. */
  readonly path: string | undefined;
}

/** `FUZZ_SEED` (default: from the clock), `FUZZ_RUNS` (500 in CI, 200 elsewhere), `FUZZ_PATH`. */
export function fuzzSettings(env: NodeJS.ProcessEnv = process.env): FuzzSettings {
  const integer = (name: string, fallback: number): number => {
    const text = env[name]?.trim();
    if (!text) return fallback;
    const value = Number(text);
    if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer, not "${text}".`);
    return value;
  };
  const runs = integer('FUZZ_RUNS', env['CI'] ? 500 : 200);
  if (runs < 1) throw new Error('FUZZ_RUNS must be at least 1.');
  return {
    seed: integer('FUZZ_SEED', Date.now() % 2 ** 31),
    runs,
    path: env['FUZZ_PATH']?.trim() || undefined,
  };
}

// ---------------------------------------------------------------------------------------------
// Requests

/** Who sends a request: nobody, or an account of a role. */
export const CALLERS = ['anonymous', 'MEMBER', 'OFFICE_ADMIN', 'BROKER', 'ADMIN'] as const;
export type Caller = (typeof CALLERS)[number];

export type FuzzKind =
  /** an operation the schema accepts, which the API may refuse only by its own rules */
  | 'valid'
  /** a valid operation that is over a limit of the API: tokens, aliases or directives */
  | 'over-limit'
  /** an operation with wrong types, unknown or missing fields and arguments, bad variables */
  | 'mutated'
  /** a valid document with a character inserted, removed or cut off; random text */
  | 'syntax'
  /** selections and fragments nested past the depth limit */
  | 'deep-selection'
  /** lists and input objects nested deep, in literals and in the variables' JSON */
  | 'deep-value'
  | 'aliases'
  | 'directives'
  /** several operations, operation names, subscriptions, introspection, fragment mistakes */
  | 'operations'
  /** bodies that are not a GraphQL request: raw text, malformed JSON, wrong member types */
  | 'body';

export interface FuzzRequest {
  readonly kind: FuzzKind;
  readonly caller: Caller;
  /** Instead of the caller's token: one of `FuzzPools.badTokens`, or a made-up header. */
  readonly authorization?: string;
  readonly acceptLanguage?: string;
  /** The JSON body (any JSON value, for a broken one) or, when `raw`, the text of the body. */
  readonly body: unknown;
  readonly raw?: boolean;
}

/** Values from the suite's database, so that arguments also get past "not found". */
export interface FuzzPools {
  /** Ids of accounts, members, invitations and assessments (not those of the callers). */
  readonly ids: readonly string[];
  readonly officeCodes: readonly string[];
  readonly emails: readonly string[];
  readonly passwords: readonly string[];
  /** Refresh and invitation tokens (not those of the callers' sessions). */
  readonly tokens: readonly string[];
  /** Cursors of real pages, which the generator also forges (their order tag, other values). */
  readonly cursors: readonly string[];
  readonly expertiseAreas: readonly string[];
  /** Authorization headers that must not pass: tampered, expired, of nobody … */
  readonly badTokens: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Input values

/** An input value, printed as a literal or sent as JSON in the variables. */
export type Value =
  | { readonly kind: 'null' }
  | { readonly kind: 'string'; readonly value: string; readonly block?: boolean }
  | { readonly kind: 'int' | 'float'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'enum'; readonly value: string }
  | { readonly kind: 'list'; readonly values: readonly Value[] }
  | { readonly kind: 'object'; readonly fields: readonly (readonly [string, Value])[] }
  /** Any JSON, sent as a variable's value (a broken one) */
  | { readonly kind: 'json'; readonly value: unknown }
  /**
   * A variable, declared with `type` (and `defaultValue`) and sent as `sent` (left out when
   * undefined); or, with `undeclared`, a variable of that name that is never declared.
   */
  | {
      readonly kind: 'variable';
      readonly type: string;
      readonly sent?: Value;
      readonly defaultValue?: Value;
      readonly undeclared?: string;
    };

const NUL = '\u0000';

/** `arbitrary` `present` times in `present + absent`, else undefined (to which it shrinks). */
function maybe<T>(arbitrary: fc.Arbitrary<T>, present: number, absent: number) {
  return fc.oneof(
    { weight: absent, arbitrary: fc.constant(undefined) },
    { weight: present, arbitrary },
  );
}

/** Texts nobody types by chance. None is longer than 10 KB, so requests stay in the body limit. */
const ODD_STRINGS: readonly string[] = [
  '',
  ' ',
  '\t\n\r',
  NUL,
  `a${NUL}b`,
  '\u202Eevil\u202C', // right-to-left override
  '\u2066isolated\u2069',
  '\u200B\u2060\uFEFF', // zero-width space, word joiner, byte order mark
  'نام\u200Cخانوادگی', // ZWNJ, which Persian needs
  'line\u2028break\u2029',
  '\u0085\u009F\u007F',
  'e\u0301', // a decomposed é
  'مكتب البراءات',
  '特許庁',
  '👩🏽‍💻🏳️‍🌈',
  '\uD83D', // a lone surrogate: sent in JSON; a literal cannot hold one
  "'; DROP TABLE office; --",
  '%_\\',
  '&|!():*<->',
  '${7*7}{{7*7}}',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '{"a":1}',
  'null',
  '-1',
  '1e400',
  'NaN',
  'a'.repeat(257),
  'x'.repeat(1001),
  'ü'.repeat(5000),
  '🙂'.repeat(2500),
  'word '.repeat(400),
];

const oddString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ODD_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 100, maxLength: 1500 }) },
);

const INT_EXTREMES = [0, 1, -1, 2, 3, 5, 6, 12, 20, 99, 100, 101, 1000, 2 ** 31 - 1, -(2 ** 31)];
const int32 = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...INT_EXTREMES) },
  { weight: 1, arbitrary: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }) },
);
const FLOAT_EXTREMES = [0, -0, 0.5, -1.5, 1e308, -1e308, 5e-324, 2 ** 53, Math.PI];
const float = fc.oneof(
  fc.constantFrom(...FLOAT_EXTREMES),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const DATE_TIMES = [
  '2024-02-29T12:00:00Z',
  '1970-01-01T00:00:00.000Z',
  '2999-12-31T23:59:59.999Z',
  '0001-01-01T00:00:00Z',
  '2030-06-15T08:30:00+05:30',
];
const dateTime = fc.oneof(
  fc.constantFrom(...DATE_TIMES),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
);

const LANGUAGE_CODES = ['en', 'fr', 'ar', 'es', 'zh', 'fa', 'zz', 'EN', 'e', 'eng', 'en-GB'];

/** Values the API's rules may accept, by the name of the argument or input field. */
function knownStrings(name: string, pools: FuzzPools): readonly string[] {
  switch (name) {
    case 'code':
    case 'officeCode':
    case 'offices':
    case 'countries':
      return pools.officeCodes;
    case 'email':
    case 'contactEmail':
      return pools.emails;
    case 'password':
    case 'currentPassword':
    case 'newPassword':
      return pools.passwords;
    case 'token':
      return pools.tokens;
    case 'after':
      return pools.cursors;
    case 'area':
      return pools.expertiseAreas;
    case 'entityId':
      return pools.ids;
    case 'language':
    case 'languages':
    case 'preferredLanguage':
      return LANGUAGE_CODES;
    case 'standard':
      return ['ST.26', 'ST.96', 'ST.36', 'ST.3', 'ST.999', 'st.26', 'ST.'];
    case 'timeZone':
      return ['Europe/Paris', 'UTC', 'Asia/Tehran', 'America/St_Johns', 'Mars/Olympus'];
    case 'url':
    case 'website':
      return [
        'https://example.org',
        'https://例え.jp/パス?q=1#x',
        'http://localhost:3000',
        'javascript:alert(1)',
        'ftp://example.org',
        'not a url',
        `https://example.org/${'a'.repeat(3000)}`,
      ];
    case 'plannedDate':
      return ['2030-01-01', '2030-02-30', '1999-12-31', '0000-00-00', 'tomorrow', '2030-1-1'];
    case 'entity':
      return ['account', 'invitation', 'office', 'member', 'nothing'];
    case 'search':
      return ['france', 'offic', 'ip', 'ü', 'INPI', '!?… --', 'a b c d e f', "o'brien", 'ST.26'];
    case 'systems':
    case 'businessSystems':
      return ['WIPO IPAS', 'in-house', 'SAP', 'wipo ipas'];
    case 'contactPhone':
      return ['+33 1 23 45 67 89', '123', `+${'9'.repeat(40)}`];
    case 'label':
    case 'fullName':
    case 'title':
    case 'text':
      return ['Ada Lovelace', 'Head of IT', 'Office européen', 'مكتب البراءات'];
    default:
      return [];
  }
}

/** A real cursor's order tag with other values: other types, too many, too few. */
function forgedCursor(cursors: readonly string[]): fc.Arbitrary<string> {
  const values = fc.array(
    fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom(...DATE_TIMES, ...ODD_STRINGS.slice(0, 16)),
      fc.uuid(),
    ),
    { maxLength: 5 },
  );
  return fc.tuple(fc.constantFrom(...cursors), values).map(([cursor, keys]) => {
    let tag: unknown = 'no tag';
    try {
      tag = (JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[])[0];
    } catch {
      // a cursor of another shape: keep the made-up tag
    }
    return Buffer.from(JSON.stringify([tag, ...keys]), 'utf8').toString('base64url');
  });
}

function scalarValue(scalar: string, name: string, pools: FuzzPools): fc.Arbitrary<Value> {
  const text = (arbitrary: fc.Arbitrary<string>): fc.Arbitrary<Value> =>
    arbitrary.map((value) => ({ kind: 'string', value }));
  switch (scalar) {
    case 'Int':
      return int32.map((value) => ({ kind: 'int', value }));
    case 'Float':
      return float.map((value) => ({ kind: 'float', value }));
    case 'Boolean':
      return fc.boolean().map((value) => ({ kind: 'boolean', value }));
    case 'DateTime':
      return text(dateTime);
    case 'ID':
      return text(
        fc.oneof(
          { weight: 4, arbitrary: pools.ids.length ? fc.constantFrom(...pools.ids) : fc.uuid() },
          { weight: 2, arbitrary: fc.uuid() },
          {
            weight: 1,
            arbitrary: fc.constantFrom('00000000-0000-0000-0000-000000000000', '0', ''),
          },
          { weight: 1, arbitrary: oddString },
        ),
      );
    default: {
      const known = knownStrings(name, pools);
      const strings = fc.oneof(
        { weight: 2, arbitrary: oddString },
        ...(known.length ? [{ weight: 4, arbitrary: fc.constantFrom(...known) }] : []),
        ...(name === 'after' && pools.cursors.length
          ? [{ weight: 3, arbitrary: forgedCursor(pools.cursors) }]
          : []),
      );
      // now and then as a block string (`"""…"""`), which the parser reads apart
      return fc
        .tuple(strings, fc.boolean())
        .map(([value, block]): Value => ({ kind: 'string', value, ...(block ? { block } : {}) }));
    }
  }
}

interface ValueOptions {
  readonly pools: FuzzPools;
  /** Broken values, unknown and missing input fields, bad variables: a `mutated` request. */
  readonly chaos: boolean;
  /** Whether the value may be (or hold) a variable: not in a variable's default or value. */
  readonly variables: boolean;
}

/** A value of some other type than the one asked (the chaos). */
const wrongValue: fc.Arbitrary<Value> = fc.constantFrom<Value>(
  { kind: 'null' },
  { kind: 'string', value: 'wrong' },
  { kind: 'int', value: 2 ** 31 },
  { kind: 'int', value: -(2 ** 53) },
  { kind: 'float', value: 1.5 },
  { kind: 'float', value: Infinity }, // prints as `Infinity`: an enum value, not a number
  { kind: 'boolean', value: true },
  { kind: 'enum', value: 'NOT_A_VALUE' },
  { kind: 'enum', value: 'FR' },
  {
    kind: 'list',
    values: [
      { kind: 'int', value: 1 },
      { kind: 'string', value: 'a' },
    ],
  },
  { kind: 'object', fields: [['unknownField', { kind: 'int', value: 1 }]] },
  { kind: 'object', fields: [] },
);

/** JSON that a variable of any type might be sent: wrong types, nested arrays, odd keys. */
const wrongJson: fc.Arbitrary<Value> = fc
  .oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom<unknown>('', '1', 'true', '[]', 1e300, -0, [[[[]]]], { __proto__: 1 }),
    fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
  )
  .map((value) => ({ kind: 'json', value }));

/** A value for a position of this type: as a literal or a variable (and, with chaos, wrong). */
export function inputValue(
  type: GraphQLInputType,
  name: string,
  options: ValueOptions,
  depth = 0,
): fc.Arbitrary<Value> {
  const arbitraries = [{ weight: 6, arbitrary: typedValue(type, name, options, depth) }];
  if (options.variables) {
    arbitraries.push({
      weight: depth === 0 ? 4 : 1,
      arbitrary: variableOf(type, name, options, depth),
    });
  }
  if (options.chaos) arbitraries.push({ weight: 1, arbitrary: wrongValue });
  return fc.oneof(...arbitraries);
}

function variableOf(
  type: GraphQLInputType,
  name: string,
  options: ValueOptions,
  depth: number,
): fc.Arbitrary<Value> {
  const constant = { ...options, variables: false };
  const sent = typedValue(type, name, constant, depth);
  const defaultValue = typedValue(type, name, { ...constant, chaos: false }, depth);
  const declared = String(type);
  const valid: fc.Arbitrary<Value> = fc
    .record({
      sent: fc.option(sent, { nil: undefined, freq: 5 }),
      defaultValue: maybe(defaultValue, 1, 3),
    })
    .chain(({ sent: value, defaultValue: fallback }) =>
      // a non-null variable may be left out only when it has a default
      value === undefined && fallback === undefined && isNonNullType(type)
        ? sent.map((given): Value => ({ kind: 'variable', type: declared, sent: given }))
        : fc.constant<Value>({
            kind: 'variable',
            type: declared,
            sent: value,
            defaultValue: fallback,
          }),
    );
  if (!options.chaos) return valid;
  return fc.oneof(
    valid,
    // a value of another type than the declared one
    wrongJson.map((value): Value => ({ kind: 'variable', type: declared, sent: value })),
    // a required variable that is not sent
    fc.constant<Value>({ kind: 'variable', type: `${getNamedType(type).name}!` }),
    // declared with another type, an output type, or a type that does not exist
    fc
      .tuple(
        fc.constantFrom('Strin', 'Office', '[Int]', 'Int!', 'String', 'Boolean!', '[[ID!]!]'),
        fc.option(sent, { nil: undefined }),
      )
      .map(([other, value]): Value => ({ kind: 'variable', type: other, sent: value })),
    // never declared
    fc.constant<Value>({ kind: 'variable', type: declared, undeclared: 'undeclared' }),
  );
}

function typedValue(
  type: GraphQLInputType,
  name: string,
  options: ValueOptions,
  depth: number,
): fc.Arbitrary<Value> {
  if (isNonNullType(type)) return valueOf(type.ofType, name, options, depth);
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant<Value>({ kind: 'null' }) },
    { weight: 5, arbitrary: valueOf(type, name, options, depth) },
  );
}

function valueOf(
  type: GraphQLInputType,
  name: string,
  options: ValueOptions,
  depth: number,
): fc.Arbitrary<Value> {
  if (isNonNullType(type)) return valueOf(type.ofType, name, options, depth);
  if (isListType(type)) {
    const item = inputValue(type.ofType, name, options, depth + 1);
    return fc.oneof(
      {
        weight: 5,
        arbitrary: fc
          .array(item, { maxLength: 4 })
          .map((values): Value => ({ kind: 'list', values })),
      },
      // one item where a list is asked: input coercion makes it a list of one (a variable there
      // would have the list's type)
      {
        weight: 1,
        arbitrary: inputValue(type.ofType, name, { ...options, variables: false }, depth + 1),
      },
    );
  }
  if (isEnumType(type)) {
    return fc
      .constantFrom(...type.getValues().map((value) => value.name))
      .map((value): Value => ({ kind: 'enum', value }));
  }
  if (isInputObjectType(type)) {
    // an input type that holds itself (through nullable fields) ends here
    if (depth > 6) return fc.constant(simplestValue(type, name, options.pools));
    const fields = Object.values(type.getFields());
    const entries = fields.map((field) => {
      const entry = inputValue(field.type, field.name, options, depth + 1).map(
        (value) => [field.name, value] as const,
      );
      const required = isNonNullType(field.type) && field.defaultValue === undefined;
      if (required && !options.chaos) return entry;
      return fc.option(entry, { nil: undefined, freq: required ? 8 : 2 });
    });
    const names = ['unknownField', 'role', 'accountId', 'officeCode', ...fields.map((f) => f.name)];
    // with chaos: a field the input does not have, or one given twice
    const extra = options.chaos
      ? maybe(fc.tuple(fc.constantFrom(...names), wrongValue), 1, 8)
      : fc.constant(undefined);
    return fc.tuple(fc.tuple(...entries), extra).map(([chosen, more]): Value => ({
      kind: 'object',
      fields: [...chosen, more].filter((entry) => entry !== undefined),
    }));
  }
  return scalarValue(type.name, name, options.pools);
}

/** The simplest value of a type: for the arguments of documents about something else. */
function simplestValue(type: GraphQLInputType, name: string, pools: FuzzPools): Value {
  if (isNonNullType(type)) return simplestValue(type.ofType, name, pools);
  if (isListType(type)) return { kind: 'list', values: [simplestValue(type.ofType, name, pools)] };
  if (isEnumType(type)) return { kind: 'enum', value: type.getValues()[0].name };
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter(
      (field) => isNonNullType(field.type) && field.defaultValue === undefined,
    );
    return {
      kind: 'object',
      fields: required.map((field) => [field.name, simplestValue(field.type, field.name, pools)]),
    };
  }
  switch (type.name) {
    case 'Int':
      return { kind: 'int', value: 1 };
    case 'Float':
      return { kind: 'float', value: 1 };
    case 'Boolean':
      return { kind: 'boolean', value: true };
    case 'DateTime':
      return { kind: 'string', value: DATE_TIMES[0] };
    case 'ID':
      return { kind: 'string', value: pools.ids[0] ?? '0' };
    default:
      return { kind: 'string', value: knownStrings(name, pools)[0] ?? 'x' };
  }
}

// ---------------------------------------------------------------------------------------------
// Documents

export interface Argument {
  readonly name: string;
  readonly value: Value;
}

export interface Directive {
  readonly name: string;
  readonly args: readonly Argument[];
}

export type Selection =
  | {
      readonly kind: 'field';
      readonly alias?: string;
      readonly name: string;
      readonly args: readonly Argument[];
      readonly directives: readonly Directive[];
      readonly selection?: readonly Selection[];
    }
  | {
      readonly kind: 'fragment';
      /** printed as a named fragment (it needs `on`) rather than inline */
      readonly named: boolean;
      readonly on?: string;
      readonly directives: readonly Directive[];
      readonly selection: readonly Selection[];
    };

export interface Operation {
  readonly type: 'query' | 'mutation';
  readonly name?: string;
  readonly directives: readonly Directive[];
  readonly selection: readonly Selection[];
}

const typename: Selection = { kind: 'field', name: '__typename', args: [], directives: [] };

interface SelectionOptions extends ValueOptions {
  readonly schema: GraphQLSchema;
}

function argumentsOf(
  field: GraphQLField<unknown, unknown>,
  options: ValueOptions,
): fc.Arbitrary<Argument[]> {
  const entries = field.args.map((argument) => {
    const entry = inputValue(argument.type, argument.name, options).map((value): Argument => ({
      name: argument.name,
      value,
    }));
    const required = isNonNullType(argument.type) && argument.defaultValue === undefined;
    if (required && !options.chaos) return entry;
    // optional arguments are given now and then; with chaos, a required one is left out
    return required ? maybe(entry, 7, 1) : maybe(entry, 1, 2);
  });
  const extra = options.chaos
    ? maybe(
        fc
          .tuple(fc.constantFrom('unknownArgument', 'input', 'first', 'id'), wrongValue)
          .map(([name, value]): Argument => ({ name, value })),
        1,
        8,
      )
    : fc.constant(undefined);
  return fc
    .tuple(fc.tuple(...entries), extra)
    .map(([chosen, more]) =>
      [...chosen, more].filter((entry): entry is Argument => entry !== undefined),
    );
}

const BOOLEAN = new GraphQLNonNull(GraphQLBoolean);

/** `@include(if: …)` or `@skip(if: …)` now and then, with a literal or a variable. */
function conditions(options: ValueOptions): fc.Arbitrary<Directive[]> {
  return fc.oneof(
    { weight: 9, arbitrary: fc.constant<Directive[]>([]) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('include', 'skip'), inputValue(BOOLEAN, 'if', options))
        .map(([name, value]): Directive[] => [{ name, args: [{ name: 'if', value }] }]),
    },
  );
}

/** A selection set over an object type, at most `depth` levels of objects deep. */
export function selectionOf(
  type: GraphQLObjectType,
  depth: number,
  options: SelectionOptions,
): fc.Arbitrary<Selection[]> {
  const fields = Object.values(type.getFields());
  const usable = depth > 0 ? fields : fields.filter((f) => isLeafType(getNamedType(f.type)));
  const picked = usable.length
    ? fc.subarray(usable, { minLength: 1, maxLength: Math.min(4, usable.length) })
    : fc.constant([]);
  return picked
    .chain((chosen) =>
      fc.tuple(
        fc.tuple(...chosen.map((field) => fieldOf(field, depth, options))),
        maybe(fc.constant(typename), 1, 6),
        options.chaos ? chaoticSelection(type, options) : fc.constant(undefined),
      ),
    )
    .map(([chosen, ...more]) => {
      const all = [...chosen, ...more].filter((one): one is Selection => one !== undefined);
      return all.length ? all : [typename];
    })
    .chain((selection) =>
      fc.oneof(
        { weight: 8, arbitrary: fc.constant(selection) },
        // the whole selection in a fragment: inline (with or without a type) or named
        {
          weight: 1,
          arbitrary: fc
            .record({ named: fc.boolean(), typed: fc.boolean() })
            .map(({ named, typed }): Selection[] => [
              {
                kind: 'fragment',
                named,
                on: named || typed ? type.name : undefined,
                directives: [],
                selection,
              },
            ]),
        },
      ),
    );
}

function fieldOf(
  field: GraphQLField<unknown, unknown>,
  depth: number,
  options: SelectionOptions,
): fc.Arbitrary<Selection> {
  const type = getNamedType(field.type);
  return fc
    .record({
      args: argumentsOf(field, options),
      // unique per field, so two selections of one set never clash
      alias: maybe(fc.constant(`my_${field.name}`), 1, 10),
      directives: conditions(options),
      selection: isObjectType(type)
        ? selectionOf(type, depth - 1, options)
        : fc.constant(undefined),
    })
    .map((parts): Selection => ({ kind: 'field', name: field.name, ...parts }));
}

/** With chaos: a field the type does not have, a missing or extra selection, a wrong fragment. */
function chaoticSelection(
  type: GraphQLObjectType,
  options: SelectionOptions,
): fc.Arbitrary<Selection | undefined> {
  const fields = Object.values(type.getFields());
  const otherNames = Object.values(options.schema.getTypeMap())
    .filter((other) => isObjectType(other) && !other.name.startsWith('__'))
    .flatMap((other) => Object.keys((other as GraphQLObjectType).getFields()))
    .filter((name) => !type.getFields()[name]);
  const unknownNames = ['unknownField', 'passwordHash', '__proto__', 'constructor', '__schema'];
  return maybe(
    fc.oneof(
      fc
        .constantFrom(...unknownNames, ...new Set(otherNames))
        .map((name): Selection => ({ kind: 'field', name, args: [], directives: [] })),
      fc.constantFrom(...fields).map((field): Selection => ({
        kind: 'field',
        name: field.name,
        args: [],
        directives: [],
        selection: isLeafType(getNamedType(field.type)) ? [typename] : undefined,
      })),
      fc.constant<Selection>({
        kind: 'fragment',
        named: false,
        on: type.name === 'Query' ? 'Office' : 'Query',
        directives: [],
        selection: [typename],
      }),
    ),
    1,
    4,
  );
}

/** An operation on one root field of the schema, or two for a query. */
export function operationOf(schema: GraphQLSchema, options: ValueOptions): fc.Arbitrary<Operation> {
  const selectionOptions = { ...options, schema };
  const rootOf = (type: GraphQLObjectType, operation: 'query' | 'mutation', most: number) =>
    fc
      .subarray(Object.values(type.getFields()), { minLength: 1, maxLength: most })
      .chain((fields) =>
        fc.record({
          selection: fc.tuple(
            ...fields.map((field) =>
              fc
                .integer({ min: 1, max: 4 })
                .chain((depth) => fieldOf(field, depth, selectionOptions)),
            ),
          ),
          name: fc.option(fc.constantFrom('Fuzz', 'op_1'), { nil: undefined }),
          directives: fc.constant([]),
        }),
      )
      .map((parts): Operation => ({ type: operation, ...parts }));
  const roots = [];
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) roots.push({ weight: 3, arbitrary: rootOf(query, 'query', 2) });
  if (mutation) roots.push({ weight: 2, arbitrary: rootOf(mutation, 'mutation', 1) });
  return fc.oneof(...roots);
}

// ---------------------------------------------------------------------------------------------
// Printing

/** Lone surrogates out: a GraphQL literal cannot hold one (JSON escapes them; GraphQL refuses). */
const wellFormed = (text: string) => text.replace(/\p{Surrogate}/gu, '\uFFFD');

function stringLiteral(value: string, block: boolean | undefined): string {
  const text = wellFormed(value);
  if (block && !/["\\\r]/.test(text)) return `"""${text}"""`;
  // JSON's escapes are GraphQL's
  return JSON.stringify(text);
}

function jsonOf(value: Value): unknown {
  switch (value.kind) {
    case 'null':
      return null;
    case 'list':
      return value.values.map(jsonOf);
    case 'object':
      return Object.fromEntries(value.fields.map(([name, field]) => [name, jsonOf(field)]));
    case 'variable':
      return value.sent === undefined ? null : jsonOf(value.sent);
    default:
      return value.value;
  }
}

/** Prints an operation, with its variables' definitions, their values and its named fragments. */
class DocumentPrinter {
  private readonly definitions: string[] = [];
  private readonly fragments: string[] = [];
  readonly variables: Record<string, unknown> = {};

  private literal(value: Value): string {
    switch (value.kind) {
      case 'null':
        return 'null';
      case 'string':
        return stringLiteral(value.value, value.block);
      case 'int':
        return String(value.value);
      case 'float':
        // a float literal has a fraction or an exponent (1e308 prints as 1e+308, which is one)
        return Number.isInteger(value.value) && Math.abs(value.value) < 1e21
          ? `${value.value}.0`
          : String(value.value);
      case 'boolean':
      case 'enum':
        return String(value.value);
      case 'list':
        return `[${value.values.map((item) => this.literal(item)).join(', ')}]`;
      case 'object':
        return `{${value.fields.map(([name, field]) => `${name}: ${this.literal(field)}`).join(', ')}}`;
      case 'json':
        return JSON.stringify(value.value) ?? 'null';
      case 'variable': {
        if (value.undeclared) return `$${value.undeclared}`;
        const name = `v${this.definitions.length}`;
        const fallback = value.defaultValue ? ` = ${this.literal(value.defaultValue)}` : '';
        this.definitions.push(`$${name}: ${value.type}${fallback}`);
        if (value.sent !== undefined) this.variables[name] = jsonOf(value.sent);
        return `$${name}`;
      }
    }
  }

  private args(args: readonly Argument[]): string {
    if (!args.length) return '';
    return `(${args.map((arg) => `${arg.name}: ${this.literal(arg.value)}`).join(', ')})`;
  }

  private directives(directives: readonly Directive[]): string {
    return directives.map((one) => ` @${one.name}${this.args(one.args)}`).join('');
  }

  private selection(selections: readonly Selection[]): string {
    return `{ ${selections.map((selection) => this.one(selection)).join(' ')} }`;
  }

  private one(selection: Selection): string {
    if (selection.kind === 'field') {
      const alias = selection.alias ? `${selection.alias}: ` : '';
      const sub = selection.selection ? ` ${this.selection(selection.selection)}` : '';
      return `${alias}${selection.name}${this.args(selection.args)}${this.directives(selection.directives)}${sub}`;
    }
    if (selection.named && selection.on) {
      const index = this.fragments.push('') - 1; // its name, before nested fragments take theirs
      this.fragments[index] =
        `fragment F${index} on ${selection.on} ${this.selection(selection.selection)}`;
      return `...F${index}${this.directives(selection.directives)}`;
    }
    const on = selection.on ? ` on ${selection.on}` : '';
    return `...${on}${this.directives(selection.directives)} ${this.selection(selection.selection)}`;
  }

  operation(operation: Operation): string {
    const directives = this.directives(operation.directives);
    const body = this.selection(operation.selection);
    const variables = this.definitions.length ? `(${this.definitions.join(', ')})` : '';
    const name = operation.name ? ` ${operation.name}` : '';
    const head = name || variables || directives || operation.type !== 'query';
    const text = head ? `${operation.type}${name}${variables}${directives} ${body}` : body;
    return [text, ...this.fragments].join('\n');
  }
}

export interface PrintedOperation {
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

export function printOperation(operation: Operation): PrintedOperation {
  const printer = new DocumentPrinter();
  const query = printer.operation(operation);
  return { query, variables: printer.variables };
}

// ---------------------------------------------------------------------------------------------
// Broken requests

/** Deep nesting: lists and objects `depth` levels deep, as JSON text. */
const nestedJson = (depth: number, shape: 'list' | 'object') =>
  shape === 'list'
    ? `${'['.repeat(depth)}${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** A valid document with a character inserted, removed, or cut off; random text. */
function syntaxErrors(valid: fc.Arbitrary<PrintedOperation>): fc.Arbitrary<unknown> {
  const pieces = ['{', '}', '(', ')', '[', ']', ':', '$', '@', '!', '"', '"""', '...', '=', '#'];
  const edited = fc
    .record({
      printed: valid,
      at: fc.nat(),
      edit: fc.constantFrom('insert', 'delete', 'cut'),
      piece: fc.constantFrom(
        ...pieces,
        NUL,
        '\uFEFF',
        '\u2028',
        'query',
        ' on ',
        '0x1',
        '1e',
        '01',
      ),
    })
    .map(({ printed, at, edit, piece }) => {
      const { query } = printed;
      const position = at % (query.length + 1);
      const text =
        edit === 'insert'
          ? query.slice(0, position) + piece + query.slice(position)
          : edit === 'delete'
            ? query.slice(0, position) + query.slice(position + 1)
            : query.slice(0, position);
      return { query: text, variables: printed.variables };
    });
  const texts = fc.oneof(
    fc.constantFrom(
      '',
      ' ',
      '#',
      '{',
      '{ }',
      'query',
      '{ __typename',
      '{ office(code: ) { code } }',
      '{ office(code: "\\uD800") { code } }',
      '{ office(code: "\\u{110000}") { code } }',
      '{ office(code: "\\x") { code } }',
      '{ office(code: "a\nb") { code } }',
      '{ languages(wipoOfficialOnly: tru) { code } }',
      '{ ... }',
      '{ a: b: c }',
      'fragment on on on { a }',
      '{ office(code: "FR") { code } } }',
      'query ($v: Int = $v) { __typename }',
      `{ office(code: ${'"'.repeat(3)}unterminated) { code } }`,
    ),
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.string({ unit: fc.constantFrom(...pieces, 'a', ' ', '\n'), maxLength: 80 }),
  );
  return fc.oneof(
    edited,
    texts.map((query) => ({ query })),
  );
}

/** A path of object fields from the query type, `depth` fields long, over the schema's cycles. */
function deepSelections(schema: GraphQLSchema, pools: FuzzPools): fc.Arbitrary<unknown> {
  const query = schema.getQueryType();
  if (!query) return fc.constant({ query: '{ __typename }' });
  const objectFields = (type: GraphQLObjectType) =>
    Object.values(type.getFields()).filter((field) => isObjectType(getNamedType(field.type)));
  const childOf = (field: GraphQLField<unknown, unknown>) =>
    getNamedType(field.type) as GraphQLObjectType;
  // how many object levels each type leads on (at most 64: through a cycle, as deep as asked)
  const types = Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'),
  );
  const reach = new Map(types.map((type) => [type, 0]));
  for (let round = 0; round < 64; round++) {
    for (const type of types) {
      const onward = objectFields(type).map((field) => 1 + (reach.get(childOf(field)) ?? 0));
      reach.set(type, Math.min(64, Math.max(0, ...onward)));
    }
  }
  const walk = (choices: readonly number[]): Selection[] => {
    const build = (type: GraphQLObjectType, level: number): Selection[] => {
      const fields = objectFields(type);
      if (level >= choices.length || fields.length === 0) return [typename];
      // the fields that lead as deep as the path still goes, else the deepest
      const needed = choices.length - level - 1;
      const deepEnough = fields.filter((field) => (reach.get(childOf(field)) ?? 0) >= needed);
      const most = Math.max(...fields.map((field) => reach.get(childOf(field)) ?? 0));
      const candidates = deepEnough.length
        ? deepEnough
        : fields.filter((field) => (reach.get(childOf(field)) ?? 0) === most);
      const field = candidates[choices[level] % candidates.length];
      const args = field.args
        .filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)
        .map((arg) => ({ name: arg.name, value: simplestValue(arg.type, arg.name, pools) }));
      const selection = build(childOf(field), level + 1);
      return [{ kind: 'field', name: field.name, args, directives: [], selection }];
    };
    return build(query, 0);
  };
  const fields = fc
    .array(fc.nat(), { minLength: 8, maxLength: 40 })
    .map((choices) => printOperation({ type: 'query', directives: [], selection: walk(choices) }));
  const fragments = fc
    .record({ depth: fc.integer({ min: 8, max: 60 }), named: fc.boolean() })
    .map(({ depth, named }) => {
      if (!named)
        return { query: `{ ${'... on Query { '.repeat(depth)}__typename${' }'.repeat(depth)} }` };
      const chain = Array.from(
        { length: depth },
        (_, index) =>
          `fragment F${index} on Query { ${index + 1 < depth ? `...F${index + 1}` : '__typename'} }`,
      );
      return { query: [`{ ...F0 }`, ...chain].join('\n') };
    });
  return fc.oneof(fields, fragments);
}

/** Lists and input objects nested deep: in literals (within the token limit) and in variables. */
function deepValues(valid: fc.Arbitrary<PrintedOperation>): fc.Arbitrary<FuzzBody> {
  const literal = fc
    .record({ depth: fc.integer({ min: 10, max: 990 }), shape: fc.constantFrom('list', 'object') })
    .map(({ depth, shape }) => {
      const value =
        shape === 'list'
          ? `${'['.repeat(depth)}"FR"${']'.repeat(depth)}`
          : `${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`;
      return { body: { query: `{ offices(filter: { countries: ${value} }) { totalCount } }` } };
    });
  // the variables' JSON, raw (JSON.stringify would not go that deep in every engine)
  const variables = fc
    .record({
      printed: valid,
      depth: fc.oneof(fc.integer({ min: 10, max: 1000 }), fc.integer({ min: 1000, max: 14_000 })),
      shape: fc.constantFrom<'list' | 'object'>('list', 'object'),
      name: fc.constantFrom('v0', 'input', 'undeclared'),
    })
    .map(({ printed, depth, shape, name }): FuzzBody => {
      const entries = Object.entries(printed.variables)
        .filter(([key]) => key !== name)
        .map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
      entries.push(`"${name}":${nestedJson(depth, shape)}`);
      return {
        body: `{"query":${JSON.stringify(printed.query)},"variables":{${entries.join(',')}}}`,
        raw: true,
      };
    });
  return fc.oneof(literal, variables);
}

/** Up to 60 aliases, at the root, inside a field and inside fragments. */
function manyAliases(): fc.Arbitrary<unknown> {
  const targets = [
    '__typename',
    'languages(wipoOfficialOnly: true) { code }',
    'me { id }',
    'st3Codes(kind: ORGANIZATION) { code }',
    'maturityModel { version }',
  ];
  return fc
    .record({
      count: fc.integer({ min: 5, max: 60 }),
      target: fc.constantFrom(...targets),
      place: fc.constantFrom('root', 'nested', 'fragment', 'split'),
    })
    .map(({ count, target, place }) => {
      const aliases = (from: number, to: number, of = target) =>
        Array.from({ length: to - from }, (_, index) => `a${from + index}: ${of}`).join(' ');
      switch (place) {
        case 'root':
          return { query: `{ ${aliases(0, count)} }` };
        case 'nested':
          return { query: `{ me { ${aliases(0, count, 'id')} } }` };
        case 'fragment':
          return { query: `{ ...F } fragment F on Query { ${aliases(0, count)} }` };
        default: {
          const half = Math.floor(count / 2);
          return { query: `{ ${aliases(0, half)} ... on Query { ${aliases(half, count)} } }` };
        }
      }
    });
}

/** Directives of every kind, repeated up to 30 times, on the operation, a field or a fragment. */
function manyDirectives(valid: fc.Arbitrary<Operation>): fc.Arbitrary<Operation> {
  const t = (value: boolean): Argument => ({ name: 'if', value: { kind: 'boolean', value } });
  const junk = fc.constantFrom<Directive>(
    { name: 'include', args: [t(true)] },
    { name: 'skip', args: [t(false)] },
    { name: 'skip', args: [t(true)] },
    { name: 'include', args: [] },
    { name: 'include', args: [{ name: 'if', value: { kind: 'string', value: 'yes' } }] },
    { name: 'include', args: [t(true), t(false)] },
    {
      name: 'include',
      args: [{ name: 'if', value: { kind: 'variable', type: 'Boolean', undeclared: 'nope' } }],
    },
    { name: 'deprecated', args: [] },
    { name: 'deprecated', args: [{ name: 'reason', value: { kind: 'string', value: 'x' } }] },
    { name: 'specifiedBy', args: [{ name: 'url', value: { kind: 'string', value: 'x' } }] },
    { name: 'oneOf', args: [] },
    { name: 'defer', args: [] },
    { name: 'stream', args: [{ name: 'initialCount', value: { kind: 'int', value: 1 } }] },
    { name: 'a', args: [] },
    { name: '__proto__', args: [] },
  );
  return fc
    .record({
      operation: valid,
      directives: fc.array(junk, { minLength: 1, maxLength: 30 }),
      place: fc.constantFrom('operation', 'field', 'fragment'),
    })
    .map(({ operation, directives, place }): Operation => {
      if (place === 'operation') return { ...operation, directives };
      const [first, ...rest] = operation.selection;
      const decorated: Selection =
        place === 'field' && first.kind === 'field'
          ? { ...first, directives: [...first.directives, ...directives] }
          : { kind: 'fragment', named: false, directives, selection: [first] };
      return { ...operation, selection: [decorated, ...rest] };
    });
}

/** Mistakes about operations and fragments, introspection, subscriptions. */
function operationMistakes(valid: fc.Arbitrary<PrintedOperation>): fc.Arbitrary<unknown> {
  const fixed = fc.constantFrom(
    { query: 'query A { __typename } query B { __typename }' },
    { query: 'query A { __typename } query B { __typename }', operationName: 'C' },
    { query: 'query A { __typename } query A { __typename }', operationName: 'A' },
    { query: '{ __typename } query B { __typename }', operationName: 'B' },
    { query: '{ __typename }', operationName: '' },
    { query: 'subscription { __typename }' },
    { query: 'subscription S { me { id } }', operationName: 'S' },
    { query: 'fragment F on Query { __typename }' },
    { query: '{ __typename } fragment F on Query { __typename }' },
    { query: '{ ...Nope }' },
    { query: '{ ...F } fragment F on Nope { __typename }' },
    { query: '{ ...F } fragment F on String { __typename }' },
    { query: '{ ...F } fragment F on Query { ...F }' },
    { query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' },
    { query: '{ ...F } fragment F on Query { __typename } fragment F on Query { __typename }' },
    { query: 'query ($a: Int, $a: Int) { __typename }' },
    { query: 'query ($a: Int) { __typename }', variables: { a: 1 } },
    { query: '{ __typename(x: 1) }' },
    { query: '{ __schema { types { name fields { name args { name defaultValue } } } } }' },
    {
      query:
        '{ __type(name: "Office") { name fields(includeDeprecated: true) { name type { name kind ofType { name } } } } }',
    },
    { query: '{ __type(name: "") { name } }' },
    { query: `{ __type(name: "${'\\u0000'}") { name } }` },
    { query: 'query ($f: OfficeFilterInput = { nope: 1 }) { offices(filter: $f) { totalCount } }' },
    { query: 'type Foo { a: Int }' },
    { query: 'extend type Query { x: Int }' },
    { query: 'schema { query: Query }' },
    { query: 'directive @a on FIELD' },
  );
  const twoOperations = fc
    .record({
      one: valid,
      two: valid,
      operationName: fc.option(fc.constantFrom('Fuzz', 'op_1', 'Nope'), { nil: undefined }),
    })
    .map(({ one, two, operationName }) => ({
      query: `${one.query}\n${two.query}`,
      variables: { ...two.variables, ...one.variables },
      operationName,
    }));
  return fc.oneof(fixed, twoOperations);
}

type FuzzBody = Pick<FuzzRequest, 'body' | 'raw'>;

/** Bodies that are not a GraphQL request, or not quite. */
function brokenBodies(valid: fc.Arbitrary<PrintedOperation>): fc.Arbitrary<FuzzBody> {
  const raw = fc
    .oneof(
      fc.constantFrom(
        '',
        '{',
        '{"query":',
        '{"query": "{ __typename }"',
        '{"query": "{ __typename }"}garbage',
        '{"query": "{ __typename }", "query": "{ me { id } }"}',
        '{"__proto__": {"query": "{ __typename }"}}',
        '{"query": "{ __typename }", "variables": {"__proto__": {"a": 1}}}',
        '{"constructor": {"prototype": {"query": 1}}}',
        'null',
        'true',
        '1',
        '"{ __typename }"',
        '[]',
        '[[]]',
        `${'['.repeat(40_000)}${']'.repeat(40_000)}`,
        `{"query": "{ __typename }", "variables": ${'{"a":'.repeat(15_000)}1${'}'.repeat(15_000)}}`,
        '\uFEFF{"query": "{ __typename }"}',
        '{"query": "{ office(code: \\"\\ud800\\") { code } }"}',
        "{'query': '{ __typename }'}",
      ),
      fc.string({ unit: 'binary', maxLength: 60 }),
    )
    .map((text): FuzzBody => ({ body: text, raw: true }));
  const members = fc
    .record({
      printed: valid,
      query: fc.constantFrom<unknown>(undefined, null, 1, true, [], ['{ __typename }'], {}, 'KEEP'),
      variables: fc.constantFrom<unknown>(
        undefined,
        'KEEP',
        null,
        '',
        '{"a":1}',
        '{not json',
        1,
        [],
        [1],
        true,
      ),
      operationName: fc.constantFrom<unknown>(undefined, null, 1, [], {}, '', 'Nope', '__proto__'),
      extensions: fc.constantFrom<unknown>(
        undefined,
        'x',
        [],
        {},
        { persistedQuery: { version: 1, sha256Hash: 'abc' } },
        { persistedQuery: { version: 2 } },
        { persistedQuery: null },
      ),
    })
    .map(({ printed, query, variables, operationName, extensions }): FuzzBody => {
      const body: Record<string, unknown> = {};
      if (query !== undefined) body['query'] = query === 'KEEP' ? printed.query : query;
      if (variables !== undefined)
        body['variables'] = variables === 'KEEP' ? printed.variables : variables;
      if (operationName !== undefined) body['operationName'] = operationName;
      if (extensions !== undefined) body['extensions'] = extensions;
      return { body };
    });
  const batch = fc
    .array(valid, { minLength: 1, maxLength: 3 })
    .map((operations): FuzzBody => ({ body: operations }));
  return fc.oneof(raw, members, batch);
}

// ---------------------------------------------------------------------------------------------
// The arbitrary of requests

const ACCEPT_LANGUAGES = [
  'fr',
  'fr-CA,fr;q=0.9,en;q=0.8',
  '*',
  'ar',
  'zz',
  '',
  ';q=abc',
  'en;q=2',
  'a,'.repeat(500),
];

/**
 * Whether a document the schema accepts is over one of the API's limits (not the depth: valid
 * operations stay well within it).
 */
function overLimit(query: string): boolean {
  let document;
  try {
    document = parse(query, { maxTokens: GRAPHQL_LIMITS.maxTokens });
  } catch {
    return true;
  }
  let aliases = 0;
  let directives = 0;
  visit(document, {
    Field: (field) => void (field.alias && aliases++),
    Directive: () => void directives++,
  });
  return aliases > GRAPHQL_LIMITS.maxAliases || directives > GRAPHQL_LIMITS.maxDirectives;
}

/** The fuzz's bodies stay under 100 KB (the parser reads up to 1 MB: MAX_BODY_SIZE), in bytes. */
export const BODY_LIMIT = 100 * 1024;

const bodySize = (request: Pick<FuzzRequest, 'body' | 'raw'>) =>
  Buffer.byteLength(request.raw ? String(request.body) : (JSON.stringify(request.body) ?? ''));

export function fuzzRequests(schema: GraphQLSchema, pools: FuzzPools): fc.Arbitrary<FuzzRequest> {
  const validOperation = operationOf(schema, { pools, chaos: false, variables: true });
  const valid = validOperation.map(printOperation);
  const mutated = operationOf(schema, { pools, chaos: true, variables: true }).map(printOperation);
  const kinds: {
    weight: number;
    arbitrary: fc.Arbitrary<Pick<FuzzRequest, 'kind' | 'body' | 'raw'>>;
  }[] = [
    {
      weight: 40,
      arbitrary: valid.map((body) => ({
        kind: overLimit(body.query) ? ('over-limit' as const) : ('valid' as const),
        body,
      })),
    },
    { weight: 20, arbitrary: mutated.map((body) => ({ kind: 'mutated' as const, body })) },
    {
      weight: 6,
      arbitrary: syntaxErrors(valid).map((body) => ({ kind: 'syntax' as const, body })),
    },
    {
      weight: 4,
      arbitrary: deepSelections(schema, pools).map((body) => ({
        kind: 'deep-selection' as const,
        body,
      })),
    },
    {
      weight: 4,
      arbitrary: deepValues(valid).map((body) => ({ kind: 'deep-value' as const, ...body })),
    },
    { weight: 4, arbitrary: manyAliases().map((body) => ({ kind: 'aliases' as const, body })) },
    {
      weight: 4,
      arbitrary: manyDirectives(validOperation).map((operation) => ({
        kind: 'directives' as const,
        body: printOperation(operation),
      })),
    },
    {
      weight: 6,
      arbitrary: operationMistakes(valid).map((body) => ({ kind: 'operations' as const, body })),
    },
    {
      weight: 6,
      arbitrary: brokenBodies(valid).map((body) => ({ kind: 'body' as const, ...body })),
    },
  ];
  const headerText = fc.string({
    unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz-_;=,.* 0123456789'),
    maxLength: 40,
  });
  return (
    fc
      .record({
        request: fc.oneof(...kinds),
        caller: fc.constantFrom(...CALLERS),
        authorization: maybe(
          fc.oneof(
            pools.badTokens.length ? fc.constantFrom(...pools.badTokens) : fc.constant('Bearer x'),
            fc.constantFrom(
              'Bearer',
              'Bearer ',
              'Basic YTpi',
              'bearer x.y.z',
              `Bearer ${'a'.repeat(5000)}`,
            ),
            headerText.map((text) => `Bearer ${text}`),
          ),
          1,
          4,
        ),
        acceptLanguage: maybe(fc.oneof(fc.constantFrom(...ACCEPT_LANGUAGES), headerText), 1, 5),
      })
      // within the body limit: a larger body is refused by the JSON parser, not the API
      .filter(({ request }) => bodySize(request) <= BODY_LIMIT)
      .map(({ request, caller, authorization, acceptLanguage }): FuzzRequest => ({
        ...request,
        caller,
        // a bad token stands for an anonymous caller only: the others keep their own
        ...(caller === 'anonymous' && authorization !== undefined ? { authorization } : {}),
        ...(acceptLanguage !== undefined ? { acceptLanguage } : {}),
      }))
  );
}

// ---------------------------------------------------------------------------------------------
// The property

/** The codes an answer may carry: the API's own, and those of GraphQL and Apollo for a request. */
export const ANSWER_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Codes that say the document (not the data) was wrong: a valid request never gets them. */
const DOCUMENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * What is wrong with an answer, if anything: it must be HTTP 200, 400 or 429, with `data` or
 * GraphQL errors in the API's shape (`{ message, extensions: { code } }`, a code of
 * {@link ANSWER_CODES}: never INTERNAL_SERVER_ERROR). A valid request is never refused for its
 * document: that would be the generator's mistake.
 */
export function answerProblems(
  kind: FuzzKind,
  answer: { status: number; body: unknown },
): string[] {
  const problems: string[] = [];
  if (![200, 400, 429].includes(answer.status)) problems.push(`HTTP ${answer.status}`);
  const body = answer.body as { data?: unknown; errors?: unknown } | null;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return [...problems, 'the body is not a JSON object'];
  }
  const extra = Object.keys(body).filter((key) => !['data', 'errors', 'extensions'].includes(key));
  if (extra.length) problems.push(`the body has ${extra.join(', ')} (not a GraphQL answer)`);
  if (body.errors === undefined) {
    if (typeof body.data !== 'object' || body.data === null)
      problems.push('neither data nor errors');
    if (answer.status !== 200) problems.push(`HTTP ${answer.status} without errors`);
    return problems;
  }
  if (!Array.isArray(body.errors) || body.errors.length === 0) {
    return [...problems, 'errors is not a list of errors'];
  }
  for (const error of body.errors as { message?: unknown; extensions?: { code?: unknown } }[]) {
    const code = error?.extensions?.code;
    if (typeof error?.message !== 'string' || typeof code !== 'string') {
      problems.push(`an error without a message or a code: ${JSON.stringify(error).slice(0, 300)}`);
    } else if (!ANSWER_CODES.has(code)) {
      problems.push(`${code}: ${error.message}`);
    } else if (kind === 'valid' && DOCUMENT_CODES.has(code)) {
      problems.push(`a valid request refused with ${code}: ${error.message}`);
    }
  }
  return problems;
}
