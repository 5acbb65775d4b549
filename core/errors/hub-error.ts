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

/** The `{name}` placeholders of a message template, as a union of names. */
type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The parameters an error's messages need, read from its Chinese and English templates. */
export type ParamsOf<C extends ErrorCode> = {
  [K in Placeholders<(typeof ERROR_CATALOGUE)[C]['zh'] | (typeof ERROR_CATALOGUE)[C]['en']>]: string | number;
};

type Options = { details?: ErrorDetail[]; cause?: unknown };

/** Arguments after the code: params are required exactly when a template has placeholders. */
type HubErrorArgs<C extends ErrorCode> = [keyof ParamsOf<C>] extends [never]
  ? [params?: Record<string, never>, options?: Options]
  : [params: ParamsOf<C>, options?: Options];

function fill(template: string, params: ErrorParams): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in params ? String(params[key]) : m));
}

/** The hub's only error type at its boundaries: stable code, HTTP status, Chinese and English text. */
class HubErrorClass extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly zh: string;
  readonly en: string;
  readonly details: ErrorDetail[];

  constructor(code: ErrorCode, params: ErrorParams = {}, options: Options = {}) {
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

/**
 * `new HubError(code, params)`, with `params` checked against the code's templates: a placeholder left
 * out (which would print `{earliest}` to staff) fails the type check, as does a name no template uses.
 */
export const HubError = HubErrorClass as unknown as {
  new <C extends ErrorCode>(code: C, ...args: HubErrorArgs<C>): HubErrorClass;
  readonly prototype: HubErrorClass;
};
export type HubError = HubErrorClass;

export function isHubError(err: unknown): err is HubError {
  return err instanceof HubErrorClass;
}
