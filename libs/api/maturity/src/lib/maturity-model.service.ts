import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { BadUserInputError, NotFoundError } from '@wild/api/core';
import { CONTENT_LANGUAGES, LocalizedText, pickLocalized } from '@wild/shared/domain';

import { MaturityDimensionDescriptorEntity, MaturityModelEntity } from './maturity-model.entity';
import { MaturityModelModel } from './models/maturity-model.model';

/** The language the model is written in for these preferences: the first one it has, else English. */
function contentLanguage(preferred: readonly string[]): string {
  return (
    preferred.find((language) => (CONTENT_LANGUAGES as readonly string[]).includes(language)) ??
    'en'
  );
}

@Injectable()
export class MaturityModelService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A model version (the one in force by default), in the first of `preferred` it is written in. */
  async get(version: number | null, preferred: readonly string[]): Promise<MaturityModelModel> {
    if (version !== null && (!Number.isInteger(version) || version < 1)) {
      throw BadUserInputError.field(
        'version',
        'version must be a positive whole number.',
        'positiveInteger',
      );
    }
    const model = await this.dataSource.manager.findOneBy(
      MaturityModelEntity,
      version === null ? { inForce: true } : { version },
    );
    if (!model)
      throw new NotFoundError(
        version === null
          ? 'No maturity model is in force.'
          : `There is no version ${version} of the maturity model.`,
      );
    const dimensions = await this.dataSource.manager.find(MaturityDimensionDescriptorEntity, {
      where: { version: model.version },
      order: { position: 'ASC' },
    });
    const language = contentLanguage(preferred);
    const text = (value: LocalizedText) => pickLocalized(value, [language]);
    const levelNames = model.levelNames.map(text);
    return {
      version: model.version,
      inForce: model.inForce,
      publishedAt: model.publishedAt,
      language,
      levels: levelNames.map((name, index) => ({ level: index + 1, name })),
      dimensions: dimensions.map((dimension) => ({
        dimension: dimension.dimension,
        name: text(dimension.name),
        description: text(dimension.description),
        levels: dimension.levels.map((descriptor, index) => ({
          level: index + 1,
          name: levelNames[index],
          descriptor: text(descriptor),
        })),
      })),
    };
  }
}
