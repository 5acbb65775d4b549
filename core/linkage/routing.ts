import type { PolicyProfile } from '../policy/profile-schema.ts';
import type { Matter } from '../schema/catalogue.ts';
import type { Department } from '../schema/party.ts';

export interface Route {
  recipient: string;
  /** The same-level department a higher-level one is reached through (004 #6). */
  via: string | null;
  channel: 'online' | 'letter';
}

/**
 * Who receives an approval: the matters' responsible supervision departments from the catalogue — for an
 * integrated licence (一业一证, 001 §7(一)1) every department responsible for any matter on it, once each.
 * A higher-level department is reached through its same-level department where the policy says so;
 * a department without an online channel gets a letter where the policy provides one (003 §9(一)).
 */
export function routeApproval(all: Department[], matters: Matter | Matter[], profile: PolicyProfile): Route[] {
  const departments = new Map(all.map((d) => [d.code, d]));
  const codes = [...new Set((Array.isArray(matters) ? matters : [matters]).flatMap((m) => m.supervisionDepartments))];
  return codes.map((code) => {
    const dept = departments.get(code);
    const via =
      dept?.kind === 'higher-level' && profile.approvalPush.forwardThroughSameLevel && dept.forwardsTo
        ? dept.forwardsTo
        : null;
    const reachable: Department | undefined = via ? departments.get(via) : dept;
    const offline = reachable ? !reachable.onlineChannel : false;
    return { recipient: code, via, channel: offline && profile.approvalPush.letterFallback ? 'letter' : 'online' };
  });
}
