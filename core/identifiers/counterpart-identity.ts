import { HubError, type ErrorDetail } from '../errors/hub-error.ts';
import type { PolicyProfile } from '../policy/profile-schema.ts';
import type { Counterpart } from '../schema/party.ts';
import { checkIdNumber } from './id-number.ts';
import { checkUscc } from './uscc.ts';

/**
 * Checks who a counterpart is. An organisation or individual business needs a USCC, a person an
 * ID number. A USCC whose check character fails is flagged and kept (early pilot codes exist)
 * unless the policy says reject; a malformed resident ID number is always an error.
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
  if (c.category !== 'natural-person' && !c.uscc) {
    errors.push({
      code: 'USCC_MISSING',
      pointer: `${at}/uscc`,
      zh: '法人、非法人组织和个体工商户须提供统一社会信用代码',
      en: 'organisations and individual businesses need a unified social credit code',
    });
  }
  if (c.category === 'natural-person' && !c.idNumber) {
    errors.push({
      code: 'ID_NUMBER_MISSING',
      pointer: `${at}/idNumber`,
      zh: '自然人须提供证件号码',
      en: 'a natural person needs an ID number',
    });
  }
  if (c.uscc) {
    const v = checkUscc(c.uscc);
    const detail = {
      code: 'USCC_INVALID',
      pointer: `${at}/uscc`,
      zh: `统一社会信用代码无效：${v.zh}`,
      en: `invalid unified social credit code: ${v.en}`,
    };
    if (!v.valid)
      (v.reason === 'check' && policy.identifiers.invalidUsccCheck === 'flag' ? flags : errors).push(detail);
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
