import { ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldError } from '@torchbridge/contracts';
import { AppError } from '../errors/app-error';

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
export function validationException(errors: ValidationError[]): AppError {
  const details = flatten(errors);
  const message = details.map((d) => d.messages.join(', ')).join('; ') || 'Invalid request';
  return new AppError('validation.failed', {}, details, message);
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: validationException,
  });
}
