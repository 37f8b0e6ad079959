import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldError } from '@torchbridge/contracts';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own: FieldError[] = error.constraints
      ? [{ field, messages: Object.values(error.constraints).map((m) => m.replace(error.property, field)) }]
      : [];
    return own.concat(flatten(error.children ?? [], field));
  });
}

/** Turns class-validator errors into a 400 whose message names every offending field. */
export function validationException(errors: ValidationError[]): BadRequestException {
  const details = flatten(errors);
  const message = details.map((d) => d.messages.join(', ')).join('; ') || 'Invalid request';
  return new BadRequestException({ message, details });
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: validationException,
  });
}
