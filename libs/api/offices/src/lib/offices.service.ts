import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In, Repository } from 'typeorm';

import type { AuthenticatedAccount } from '@wild/api/auth';
import {
  AuditTrail,
  BadUserInputError,
  changedFields,
  DataLoaderRegistry,
  duplicatesOf,
  FieldProblem,
  languageProblems,
  NotFoundError,
  RequestMeta,
  timeZoneProblems,
} from '@wild/api/core';
import { isLanguageCode, isSt3Code } from '@wild/shared/reference-data';

import { TranslationInput, UpdateOfficeInput } from './dto/update-office.input';
import { officeToEdit } from './office-editing';
import { OfficeEntity } from './office.entity';

/**
 * Reads a WIPO ST.3 code as a person types it (`fr`, ` EP `) and refuses what ST.3 does not list.
 * `field` names the input field in the error.
 */
export function parseOfficeCode(value: string, field = 'code'): string {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code) || !isSt3Code(code)) {
    throw BadUserInputError.field(
      field,
      `“${value}” is not a WIPO ST.3 office code (such as FR, EP or WO).`,
      'unknownCode',
      { list: 'office', values: [value] },
    );
  }
  return code;
}

/** What an office always has: an update may change it, never clear it with `null`. */
const ALWAYS_SET = [
  'names',
  'acronyms',
  'languages',
  'businessSystems',
  'links',
  'mentoringCapacity',
] as const satisfies readonly (keyof UpdateOfficeInput)[];

/** Languages, names and time zone of an update, checked against the reference lists. */
function referenceProblems(input: UpdateOfficeInput): FieldProblem[] {
  const problems: FieldProblem[] = ALWAYS_SET.filter((field) => input[field] === null).map(
    (field) => ({
      field,
      message: `${field} cannot be null: give a value.`,
      rule: 'required',
    }),
  );
  problems.push(...languageProblems('languages', input.languages));
  if (input.names) {
    const languages = input.names.map((name) => name.language);
    const unknown = languages.filter((language) => !isLanguageCode(language));
    if (unknown.length > 0) {
      problems.push({
        field: 'names',
        message: 'Every name needs an ISO 639-1 language code.',
        rule: 'unknownCode',
        params: { list: 'language', values: unknown },
      });
    }
    if (!languages.includes('en'))
      problems.push({
        field: 'names',
        message: 'The English name is required.',
        rule: 'englishNameRequired',
      });
    const twice = duplicatesOf(languages);
    if (twice.length > 0) {
      problems.push({
        field: 'names',
        message: 'A language has two names.',
        rule: 'duplicate',
        params: { values: twice },
      });
    }
  }
  if (input.acronyms) {
    const languages = input.acronyms.map((acronym) => acronym.language);
    const unknown = languages.filter((language) => !isLanguageCode(language));
    if (unknown.length > 0) {
      problems.push({
        field: 'acronyms',
        message: 'Every acronym needs an ISO 639-1 language code.',
        rule: 'unknownCode',
        params: { list: 'language', values: unknown },
      });
    }
    const twice = duplicatesOf(languages);
    if (twice.length > 0) {
      problems.push({
        field: 'acronyms',
        message: 'A language has two acronyms.',
        rule: 'duplicate',
        params: { values: twice },
      });
    }
    if (input.acronym !== undefined)
      problems.push({
        field: 'acronym',
        message: 'Give the English acronym once: in acronyms, or as acronym.',
        rule: 'duplicate',
        params: { values: ['en'] },
      });
  }
  problems.push(...timeZoneProblems('timeZone', input.timeZone));
  return problems;
}

/** `acronyms` as the office keeps them: the English one, and the others where they differ. */
function acronymFields(
  acronyms: readonly TranslationInput[],
): Pick<OfficeEntity, 'acronym' | 'acronyms'> {
  const byLanguage = new Map(acronyms.map((entry) => [entry.language, entry.text.trim()]));
  const english = byLanguage.get('en') ?? null;
  byLanguage.delete('en');
  return {
    acronym: english,
    acronyms: Object.fromEntries([...byLanguage].filter(([, text]) => text !== english)),
  };
}

@Injectable()
export class OfficesService {
  constructor(
    @InjectRepository(OfficeEntity) private readonly offices: Repository<OfficeEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  async getByCode(value: string): Promise<OfficeEntity> {
    const code = parseOfficeCode(value);
    const office = await this.offices.findOneBy({ code });
    if (!office) throw new NotFoundError(`No office with code ${code} is in the network.`);
    return office;
  }

  /** Offices by code for one request, in one statement per batch. */
  loader(loaders: DataLoaderRegistry): DataLoader<string, OfficeEntity | null> {
    return loaders.get(
      'offices.byCode',
      () =>
        new DataLoader(async (codes: readonly string[]) => {
          const found = await this.offices.findBy({ code: In([...codes]) });
          const byCode = new Map(found.map((office) => [office.code, office]));
          return codes.map((code) => byCode.get(code) ?? null);
        }),
    );
  }

  /** Updates the office profile; the change is audited field by field. */
  async update(
    actor: AuthenticatedAccount,
    input: UpdateOfficeInput,
    meta: RequestMeta,
  ): Promise<OfficeEntity> {
    const code = parseOfficeCode(input.code);
    const problems = referenceProblems(input);
    if (problems.length > 0) throw new BadUserInputError(problems);
    return this.dataSource.transaction(async (manager) => {
      const office = await officeToEdit(manager, actor, code, {
        lock: true,
        refusal: 'Office admins may edit their own office only.',
      });

      const { code: _code, names, links, acronyms, ...fields } = input;
      const next: Partial<OfficeEntity> = {
        ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
        ...(names
          ? {
              names: Object.fromEntries(
                names.map((name) => [name.language, name.text.trim()]),
              ) as OfficeEntity['names'],
            }
          : {}),
        ...(acronyms ? acronymFields(acronyms) : {}),
        ...(links ? { links: links.map((link) => ({ label: link.label, url: link.url })) } : {}),
      };
      const changes = changedFields(office, next);
      if (Object.keys(changes).length === 0) return office;
      Object.assign(office, next);
      const saved = await manager.save(office);
      await this.audit.record(
        {
          action: 'office.updated',
          entity: 'office',
          entityId: code,
          actorId: actor.id,
          changes,
          request: meta,
        },
        manager,
      );
      return saved;
    });
  }
}
