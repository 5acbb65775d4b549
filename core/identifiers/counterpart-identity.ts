import { HubError, type ErrorDetail } from '../errors/hub-error.ts';
import type { PolicyProfile } from '../policy/profile-schema.ts';
import type { Counterpart } from '../schema/party.ts';
import { checkIdNumber } from './id-number.ts';
import { checkUscc } from './uscc.ts';

/**
 * Checks who a counterpart is. An organisation or individual business needs a USCC, a person an
 * ID type and number. A USCC whose check character or structure fails is flagged and kept (early pilot
 * codes exist) unless the policy says reject; a malformed resident ID number is always an error.
 * Returns the flags to store beside the record; throws on what must be refused.
 */
export function checkCounterpartIdentity(
  c: Counterpart,
  policy: Pick<PolicyProfile, 'identifiers'>,
  today: string,
  at = '/counterpart',
): ErrorDetail[] {
  const flags: ErrorDetail[] = [];
  const errors: ErrorDetail[] = [];
  // What each kind of counterpart must state; a natural person's number means nothing without its kind.
  const person = c.category === 'natural-person';
  const required = [
    {
      missing: !person && !c.uscc,
      code: 'USCC_MISSING',
      field: 'uscc',
      zh: '法人、非法人组织和个体工商户须提供统一社会信用代码',
      en: 'organisations and individual businesses need a unified social credit code',
    },
    {
      missing: person && !c.idNumber,
      code: 'ID_NUMBER_MISSING',
      field: 'idNumber',
      zh: '自然人须提供证件号码',
      en: 'a natural person needs an ID number',
    },
    {
      missing: person && !c.idType,
      code: 'ID_TYPE_MISSING',
      field: 'idType',
      zh: '自然人须写明证件类型',
      en: 'a natural person needs an ID type',
    },
  ];
  for (const r of required) {
    if (r.missing) errors.push({ code: r.code, pointer: `${at}/${r.field}`, zh: r.zh, en: r.en });
  }
  if (c.uscc) {
    const v = checkUscc(c.uscc);
    const detail = {
      code: 'USCC_INVALID',
      pointer: `${at}/uscc`,
      zh: `统一社会信用代码无效：${v.zh}`,
      en: `invalid unified social credit code: ${v.en}`,
    };
    // A wrong check character or structure (GB 32100 / GB 11714) is kept, flagged, where the policy says flag:
    // early pilot codes exist. A code of the wrong length or alphabet is never a USCC.
    const checkable = v.reason !== 'length' && v.reason !== 'charset';
    if (!v.valid) (checkable && policy.identifiers.invalidUsccCheck === 'flag' ? flags : errors).push(detail);
  }
  const ids: [string | undefined, string | undefined, string][] = [
    [c.idType, c.idNumber, `${at}/idNumber`],
    [c.legalRepresentative?.idType, c.legalRepresentative?.idNumber, `${at}/legalRepresentative/idNumber`],
  ];
  for (const [type, number, pointer] of ids) {
    if (type !== 'resident-id' || !number) continue;
    const v = checkIdNumber(number, today);
    if (!v.valid)
      errors.push({
        code: 'ID_NUMBER_INVALID',
        pointer,
        zh: `居民身份证号码无效：${v.zh}`,
        en: `invalid resident ID number: ${v.en}`,
      });
  }
  if (errors.length) throw new HubError('VALIDATION_FAILED', { count: errors.length }, { details: errors });
  return flags;
}
