import type { OfficeEditFieldsFragment, UpdateOfficeInput } from '../../../gql/graphql';

/*
 * The office profile form as data: what it holds (a draft, as typed, kept through a refusal),
 * what it sends (only the fields that changed since the last save), and where the API's field
 * errors go (`names.2.text` of the input is the third row the form sent, not the third it shows).
 */

/** The API keeps up to 10 links per office. */
export const MAX_LINKS = 10;
/** The API keeps up to 20 names, and 20 acronyms (one per language). */
export const MAX_TRANSLATIONS = 20;
/** The API's bounds of the mentoring capacity. */
export const MENTORING_MAX = 50;

/** A name or an acronym in a language other than English. */
export interface TranslationRow {
  /** Stable for React and the row's field errors (never an index: rows come and go). */
  readonly key: string;
  readonly language: string | null;
  readonly text: string;
}

export interface LinkRow {
  readonly key: string;
  readonly label: string;
  readonly url: string;
}

/** A number input's value: a number, or '' when empty. */
export type NumberValue = number | '';

export interface Draft {
  readonly englishName: string;
  readonly otherNames: readonly TranslationRow[];
  /** The acronym of every language without one of its own. */
  readonly englishAcronym: string;
  readonly otherAcronyms: readonly TranslationRow[];
  readonly description: string;
  readonly website: string;
  readonly links: readonly LinkRow[];
  readonly languages: readonly string[];
  readonly businessSystems: readonly string[];
  readonly staffSize: NumberValue;
  readonly ictStaffSize: NumberValue;
  readonly mentoringCapacity: NumberValue;
  readonly timeZone: string | null;
}

let nextKey = 0;
/** A fresh row key; never `en` (the English rows' own key in field paths). */
export function rowKey(): string {
  nextKey += 1;
  return `row${nextKey}`;
}

export function draftOf(office: OfficeEditFieldsFragment): Draft {
  const translations = office.names.translations;
  return {
    englishName: translations.find((name) => name.language === 'en')?.text ?? '',
    otherNames: translations
      .filter((name) => name.language !== 'en')
      .map((name) => ({ key: rowKey(), language: name.language, text: name.text })),
    englishAcronym: office.acronyms.find((acronym) => acronym.language === 'en')?.text ?? '',
    otherAcronyms: office.acronyms
      .filter((acronym) => acronym.language !== 'en')
      .map((acronym) => ({ key: rowKey(), language: acronym.language, text: acronym.text })),
    description: office.description ?? '',
    website: office.website ?? '',
    links: office.links.map((link) => ({ key: rowKey(), label: link.label, url: link.url })),
    languages: office.languages,
    businessSystems: office.businessSystems,
    staffSize: office.staffSize ?? '',
    ictStaffSize: office.ictStaffSize ?? '',
    mentoringCapacity: office.mentoringCapacity,
    timeZone: office.timeZone,
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
const numberOrNull = (value: NumberValue) => (value === '' ? null : value);
const isBlankRow = (row: TranslationRow) => row.language === null && row.text.trim() === '';

/** The profile's fields as the API takes them (without `code`). */
type Profile = Omit<UpdateOfficeInput, 'code'>;

/**
 * Where each entry of a list the form sends came from: `names.0` is `names.en`, `names.1` the
 * key of the first row sent, and so on (blank rows are not sent).
 */
type Origins = Readonly<Record<string, readonly string[]>>;

function translations(
  english: string,
  englishRequired: boolean,
  rows: readonly TranslationRow[],
): { entries: { language: string; text: string }[]; origins: string[] } {
  const entries: { language: string; text: string }[] = [];
  const origins: string[] = [];
  if (englishRequired || english.trim() !== '') {
    entries.push({ language: 'en', text: english.trim() });
    origins.push('en');
  }
  for (const row of rows) {
    if (isBlankRow(row)) continue;
    entries.push({ language: row.language ?? '', text: row.text.trim() });
    origins.push(row.key);
  }
  return { entries, origins };
}

/** Everything the form holds, as the API would keep it, and where each list entry came from. */
function profileOf(draft: Draft): { profile: Profile; origins: Origins } {
  const names = translations(draft.englishName, true, draft.otherNames);
  const acronyms = translations(draft.englishAcronym, false, draft.otherAcronyms);
  const links = draft.links.filter((link) => link.label.trim() !== '' || link.url.trim() !== '');
  return {
    profile: {
      names: names.entries,
      acronyms: acronyms.entries,
      description: orNull(draft.description),
      website: orNull(draft.website),
      links: links.map((link) => ({ label: link.label.trim(), url: link.url.trim() })),
      languages: [...draft.languages],
      businessSystems: draft.businessSystems.map((system) => system.trim()).filter(Boolean),
      staffSize: numberOrNull(draft.staffSize),
      ictStaffSize: numberOrNull(draft.ictStaffSize),
      // never null: the form refuses an empty capacity before sending (see localProblems)
      mentoringCapacity: numberOrNull(draft.mentoringCapacity) ?? 0,
      timeZone: draft.timeZone,
    },
    origins: {
      names: names.origins,
      acronyms: acronyms.origins,
      links: links.map((link) => link.key),
    },
  };
}

export interface Changes {
  /** Only the fields that changed since `saved` (and `code`); null when nothing did. */
  readonly input: UpdateOfficeInput | null;
  readonly origins: Origins;
}

/**
 * What Save sends: the office's code and only the fields whose value differs from the last saved
 * one, so that a save never writes back what someone else changed meanwhile in another field. A
 * list (names, acronyms, links, languages, systems) is sent whole when any entry of it changed:
 * the API replaces lists.
 */
export function changesOf(code: string, saved: Draft, draft: Draft): Changes {
  const before = profileOf(saved).profile;
  const { profile, origins } = profileOf(draft);
  const input: Record<string, unknown> = { code };
  let changed = false;
  for (const field of Object.keys(profile) as (keyof Profile)[]) {
    if (JSON.stringify(profile[field]) === JSON.stringify(before[field])) continue;
    input[field] = profile[field];
    changed = true;
  }
  return { input: changed ? (input as unknown as UpdateOfficeInput) : null, origins };
}

/**
 * The API's field path (`links.1.url`, `names`, `website`) as the form's own key: rows by their
 * key (`links.row7.url`, `names.en.text`).
 */
export function formKey(origins: Origins, path: string): string {
  const [list, index, ...rest] = path.split('.');
  const from = list !== undefined && index !== undefined ? origins[list] : undefined;
  if (!from || !/^\d+$/.test(index ?? '')) return path;
  const key = from[Number(index)];
  return key === undefined ? list : [list, key, ...rest].join('.');
}

/** The API's field errors keyed as the form's fields. */
export function formFields(
  origins: Origins,
  fields: Readonly<Record<string, string>>,
): Record<string, string> {
  const mapped: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const key = formKey(origins, path);
    mapped[key] ??= message;
  }
  return mapped;
}

/** What the form refuses before sending anything: which fields, and what each is missing. */
export type LocalProblem = 'chooseLanguage' | 'required';

/**
 * The few things the form checks itself, because the API's answer would not say them well: a
 * name or acronym typed without its language, and an empty mentoring capacity (the API keeps a
 * number). Everything else is the API's to judge.
 */
export function localProblems(draft: Draft): Record<string, LocalProblem> {
  const problems: Record<string, LocalProblem> = {};
  for (const [list, rows] of [
    ['names', draft.otherNames],
    ['acronyms', draft.otherAcronyms],
  ] as const)
    for (const row of rows)
      if (row.language === null && row.text.trim() !== '')
        problems[`${list}.${row.key}.language`] = 'chooseLanguage';
  if (draft.mentoringCapacity === '') problems['mentoringCapacity'] = 'required';
  return problems;
}
