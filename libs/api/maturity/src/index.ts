export * from './lib/maturity-model.entity';
export * from './lib/maturity-model.service';
export * from './lib/maturity.module';
export * from './lib/models/maturity-model.model';
