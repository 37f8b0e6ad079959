import { codesOf, isIanaTimeZone, TaxonomyName } from '@torchbridge/contracts';
import { Transform } from 'class-transformer';
import { ValidateBy, ValidateIf, ValidationOptions } from 'class-validator';
import { isNameText } from './input-policy';

/** Every value is a known code of the taxonomy; the message lists the unknown ones. */
export function IsTaxonomyCode(name: TaxonomyName, options: ValidationOptions & { each?: boolean } = {}): PropertyDecorator {
  const allowed = new Set(codesOf(name));
  // `each` is handled here so the message can list every unknown code at once.
  const { each, ...rest } = options;
  return ValidateBy(
    {
      name: 'isTaxonomyCode',
      validator: {
        validate: (value: unknown) =>
          each
            ? Array.isArray(value) && value.every((v) => typeof v === 'string' && allowed.has(v))
            : typeof value === 'string' && allowed.has(value),
        defaultMessage: (args) => {
          const values = Array.isArray(args?.value) ? (args?.value as unknown[]) : [args?.value];
          const unknown = values.filter((v) => typeof v !== 'string' || !allowed.has(v)).map(String);
          return `$property has unknown ${name} code(s): ${unknown.join(', ') || '(not a list)'}`;
        },
      },
    },
    rest,
  );
}

export function IsIanaTimeZone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIanaTimeZone',
      validator: {
        validate: (value: unknown) => isIanaTimeZone(value),
        defaultMessage: () => '$property must be an IANA time zone such as Asia/Shanghai or Europe/Berlin',
      },
    },
    options,
  );
}

/** Query strings give one value or many; filters always see a list. */
export const ToList = () =>
  Transform(({ value }: { value: unknown }) => {
    if (value === undefined || value === null || value === '') {
      return undefined;
    }
    const list = Array.isArray(value) ? value : String(value).split(',');
    return list.map((v) => String(v).trim()).filter(Boolean);
  });

export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export const ToBoolean = () =>
  Transform(({ value }: { value: unknown }) => (value === 'true' || value === true ? true : value === 'false' || value === false ? false : value));

/** The constraint `Optional()` adds; the validation error names it alone when a field is null. */
export const NOT_NULL = 'notNull';

/**
 * A field that may be left out, but not sent as null (class-validator's `IsOptional` lets null through to columns
 * that refuse it). Every DTO uses this; no input field of the contracts is nullable.
 */
export function Optional(): PropertyDecorator {
  return (target, key) => {
    ValidateIf((object: Record<PropertyKey, unknown>) => object[key] !== undefined)(target, key);
    ValidateBy({
      name: NOT_NULL,
      validator: { validate: (value: unknown) => value !== null, defaultMessage: () => '$property must not be null; leave it out instead' },
    })(target, key);
  };
}

/** A name or title: one line of plain text, without control or text-direction characters (see `isNameText`). */
export function IsNameText(options: ValidationOptions = {}): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNameText',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || isNameText(value),
        defaultMessage: () => '$property must not contain control characters, line breaks or text-direction characters',
      },
    },
    { context: { code: 'field.bad_characters' }, ...options },
  );
}
