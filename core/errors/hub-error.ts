import { ERROR_CATALOGUE, type ErrorCode } from './catalogue.ts';

/** One problem inside an error: where it is (JSON pointer, source field, file line) and what is wrong. */
export interface ErrorDetail {
  code?: string;
  pointer?: string;
  field?: string;
  line?: number;
  zh: string;
  en: string;
}

export type ErrorParams = Record<string, string | number>;

function fill(template: string, params: ErrorParams): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in params ? String(params[key]) : m));
}

/** The hub's only error type at its boundaries: stable code, HTTP status, Chinese and English text. */
export class HubError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly zh: string;
  readonly en: string;
  readonly details: ErrorDetail[];

  constructor(code: ErrorCode, params: ErrorParams = {}, options: { details?: ErrorDetail[]; cause?: unknown } = {}) {
    const spec = ERROR_CATALOGUE[code];
    const en = fill(spec.en, params);
    super(en, { cause: options.cause });
    this.name = 'HubError';
    this.code = code;
    this.status = spec.status;
    this.zh = fill(spec.zh, params);
    this.en = en;
    this.details = options.details ?? [];
  }

  toJSON() {
    return { code: this.code, message: { zh: this.zh, en: this.en }, details: this.details };
  }
}

export function isHubError(err: unknown): err is HubError {
  return err instanceof HubError;
}
