import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { type FieldError, isErrorCode } from '@torchbridge/contracts';
import { AppError } from '../errors/app-error';
import { findInputProblem, inputRefusal } from './input-policy';
import { NOT_NULL } from './validators';

/** The code a failed constraint declared in its `context`, if any (e.g. `field.bad_characters`). */
function codeOf(error: ValidationError): FieldError['code'] {
  const code = Object.keys(error.constraints ?? {})
    .map((name) => (error.contexts?.[name] as { code?: unknown } | undefined)?.code)
    .find(isErrorCode);
  return code;
}

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    // A null where the field may only be left out: that is the one thing to say about it.
    const constraints = error.constraints?.[NOT_NULL] ? { [NOT_NULL]: error.constraints[NOT_NULL] } : error.constraints;
    const code = codeOf(error);
    const own: FieldError[] = constraints
      ? [{ field, messages: Object.values(constraints).map((m) => m.replace(error.property, field)), ...(code ? { code } : {}) }]
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

/**
 * The global pipe: every string of a body, query or route parameter first passes the text rule of the input policy
 * (no NUL, no lone surrogate, no control character but tab and line breaks), then the DTO's own validation.
 */
export class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const problem = findInputProblem(value, metadata.data ?? '');
      if (problem) {
        throw inputRefusal(problem);
      }
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: validationException,
  });
}
