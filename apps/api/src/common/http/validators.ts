import { codesOf, isIanaTimeZone, TaxonomyName } from '@torchbridge/contracts';
import { Transform } from 'class-transformer';
import { ValidateBy, ValidationOptions } from 'class-validator';

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
