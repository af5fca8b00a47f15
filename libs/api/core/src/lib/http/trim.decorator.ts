import { Transform } from 'class-transformer';

/**
 * Trims a text input before it is validated, so that `"   "` counts as empty for `MinLength` and
 * `"  Ada  "` is kept as `"Ada"`. Other values pass as they are.
 */
export function Trim(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim() : value,
  );
}
