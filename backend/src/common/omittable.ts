import { ValidateIf } from 'class-validator';

/**
 * The field may be left out, but when present it is checked, null included: unlike
 * `@IsOptional()`, which lets `null` through to a column that cannot hold it.
 */
export function Omittable(): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined);
}
