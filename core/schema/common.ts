import { Type, type TUnsafe } from '@sinclair/typebox';

/** A string enum as plain JSON Schema `enum` (readable in OpenAPI), typed as the union of its values. */
export function StringEnum<const T extends readonly string[]>(
  values: T,
  options: { description?: string; default?: T[number] } = {},
): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

export const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD（北京时间日历日）' });
export const IsoDateTime = Type.String({ format: 'date-time' });

/** 统一社会信用代码: shape only here; the check character is verified by core/identifiers per policy. */
export const Uscc = Type.String({
  pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$',
  maxLength: 18, // the pattern fixes the length; maxLength states the bound to tools
  description: '统一社会信用代码 (GB 32100-2015)',
});

export const Code = Type.String({
  pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$',
  maxLength: 64,
  description: '代码（字母、数字、点、下划线、连字符）',
});

export const NonEmpty = (description: string, maxLength = 500) => Type.String({ minLength: 1, maxLength, description });

/** 长期 (no expiry) is the literal `long-term`; exported to 双公示 as 2099-12-31. */
export const ValidityEnd = Type.Union([IsoDate, Type.Literal('long-term')], {
  description: '有效期至；长期为 long-term',
});

/** An organisation as named in a record (许可机关, 处罚机关, 数据来源单位). */
export const OrgRef = Type.Object(
  {
    name: NonEmpty('机关名称', 200),
    uscc: Type.Optional(Uscc),
  },
  { additionalProperties: false },
);

/** Money in 万元 as a decimal string, exact (双公示 CF_NR_FK is in 万元). */
export const WanYuan = Type.String({
  pattern: '^\\d{1,12}(\\.\\d{1,6})?$',
  maxLength: 19,
  description: '金额（万元），十进制字符串',
});

export const Attachment = Type.Object(
  {
    name: NonEmpty('附件名称', 200),
    mediaType: Type.String({ maxLength: 100 }),
    sha256: Type.String({ pattern: '^[0-9a-f]{64}$', maxLength: 64 }),
    url: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);

/** An instant in a response: handlers return Date, the serializer writes ISO 8601. */
export const InstantOut = Type.Unsafe<Date | string>({ type: 'string', format: 'date-time' });
