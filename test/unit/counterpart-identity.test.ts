import { describe, expect, it } from 'vitest';
import { checkCounterpartIdentity } from '../../core/identifiers/counterpart-identity.ts';
import { usccCheckCharacter } from '../../core/identifiers/index.ts';

const TODAY = '2026-11-22';
const flag = { identifiers: { invalidUsccCheck: 'flag' as const } };
const reject = { identifiers: { invalidUsccCheck: 'reject' as const } };
const org = { name: '某公司', category: 'organisation' as const, uscc: '914403001922038216' };

describe('counterpart identity', () => {
  it('passes a valid organisation and a valid person', () => {
    expect(checkCounterpartIdentity(org, flag, TODAY)).toEqual([]);
    expect(
      checkCounterpartIdentity(
        { name: '王某', category: 'natural-person', idType: 'resident-id', idNumber: '11010519491231002X' },
        flag,
        TODAY,
      ),
    ).toEqual([]);
  });

  it('flags, but keeps, a USCC whose check character fails when the policy says flag', () => {
    const flags = checkCounterpartIdentity({ ...org, uscc: '914403001922038217' }, flag, TODAY);
    expect(flags).toEqual([expect.objectContaining({ code: 'USCC_INVALID', pointer: '/counterpart/uscc' })]);
  });

  it('flags a USCC whose structure fails (embedded GB 11714 organisation code), with the reason', () => {
    const first17 = '91440300192203822';
    const flags = checkCounterpartIdentity({ ...org, uscc: first17 + usccCheckCharacter(first17) }, flag, TODAY);
    expect(flags).toEqual([
      expect.objectContaining({ code: 'USCC_INVALID', zh: expect.stringContaining('组织机构代码') }),
    ]);
  });

  it('refuses a natural person without an ID type (a number means nothing without its kind)', () => {
    expect(() =>
      checkCounterpartIdentity(
        { name: '王某', category: 'natural-person', idNumber: '11010519491231002X' },
        flag,
        TODAY,
      ),
    ).toThrowError(
      expect.objectContaining({
        details: [expect.objectContaining({ code: 'ID_TYPE_MISSING', pointer: '/counterpart/idType' })],
      }),
    );
  });

  it('rejects it when the policy says reject', () => {
    expect(() => checkCounterpartIdentity({ ...org, uscc: '914403001922038217' }, reject, TODAY)).toThrowError(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        details: [expect.objectContaining({ code: 'USCC_INVALID' })],
      }),
    );
  });

  it('rejects a missing USCC for an organisation, and a bad resident ID of a legal representative', () => {
    expect(() =>
      checkCounterpartIdentity(
        {
          name: '某公司',
          category: 'organisation',
          legalRepresentative: { name: '王某', idType: 'resident-id', idNumber: '110105194912310021' },
        },
        flag,
        TODAY,
      ),
    ).toThrowError(
      expect.objectContaining({
        details: [
          expect.objectContaining({ code: 'USCC_MISSING' }),
          expect.objectContaining({ code: 'ID_NUMBER_INVALID', pointer: '/counterpart/legalRepresentative/idNumber' }),
        ],
      }),
    );
  });
});
