// Typed domain errors. Services throw these; the HTTP layer maps them to status codes in one
// place (http/errors.ts). Messages are Chinese and name the field where there is one.

export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
  constructor(
    message: string,
    readonly field?: string,
    readonly article?: string,
  ) {
    super(message);
  }
}

export class ValidationError extends DomainError {
  readonly status = 400;
  readonly code = 'validation';
}

export class Unauthenticated extends DomainError {
  readonly status = 401;
  readonly code = 'unauthenticated';
}

export class Forbidden extends DomainError {
  readonly status = 403;
  readonly code = 'forbidden';
}

export class NotFound extends DomainError {
  readonly status = 404;
  readonly code = 'notFound';
}

export class Conflict extends DomainError {
  readonly status = 409;
  readonly code = 'conflict';
}

export class Locked extends DomainError {
  readonly status = 423;
  readonly code = 'locked';
}

/** Too many attempts from one place in a short time; the message says when to try again. */
export class TooManyRequests extends DomainError {
  readonly status = 429;
  readonly code = 'tooManyRequests';
}

/** Something the server itself lacks (e.g. a Chinese font to render PDFs): an administrator must fix it. */
export class Unavailable extends DomainError {
  readonly status = 503;
  readonly code = 'unavailable';
}

/** A rule of law or of the house was broken; `article` cites it. */
export class RuleViolation extends DomainError {
  readonly status = 422;
  readonly code = 'ruleViolation';
}
