import type { Consortium } from '../catalog/consortium';
import { ancestry, applicantRelation } from '../vocabulary/applicant-types';
import { reason, type Reason } from './reason-codes';

export interface ConsortiumFit {
  reason: Extract<Reason, { criterion: 'team' }> | null;
  /** A stated make-up the team does not (or may not) have: never 対象. */
  holdsBack: boolean;
}

type RoleStatus = 'met' | 'unclear' | 'lacking';

function roleStatus(applicants: string[], orgs: string[]): RoleStatus {
  const relations = orgs.flatMap((org) => applicants.map((a) => applicantRelation(org, a)));
  if (relations.some((r) => r === 'same' || r === 'covered')) return 'met';
  if (relations.some((r) => r === 'unnamed-child' || r === 'broader' || r === 'may-be')) return 'unclear';
  return 'lacking';
}

/**
 * The members' types against the make-up a document asks for. An inferred make-up is only
 * mentioned. A single organisation is told which partners a stated make-up expects, and is held
 * back like a team lacking them: it cannot be 対象 for what it cannot apply for alone.
 */
export function consortiumFit(consortium: Consortium | null, orgs: string[], team: boolean): ConsortiumFit {
  if (!consortium) return { reason: null, holdsBack: false };
  // Each role by its types, a type under another of the same role named by the wider one alone
  // (大学等研究機関 stands for 国立研究開発法人 too); the roles stay apart, since each is needed.
  const rolesOf = (roles: Consortium['roles']) =>
    roles.map(({ applicants }) =>
      applicants.filter(
        (t) =>
          !ancestry(t)
            .slice(1)
            .some((up) => applicants.includes(up)),
      ),
    ) as [string, ...string[]][];
  if (consortium.basis === 'inferred') {
    return {
      reason: reason('consortium-inferred', { roles: rolesOf(consortium.roles) }, 'consortium'),
      holdsBack: false,
    };
  }
  const status = consortium.roles.map((role) => ({ role, status: roleStatus(role.applicants, orgs) }));
  const withStatus = (s: RoleStatus) => status.filter((x) => x.status === s).map((x) => x.role);
  const open = [...withStatus('lacking'), ...withStatus('unclear')];
  if (!team) {
    return {
      reason: open.length
        ? reason('consortium-partners', { roles: rolesOf(open) }, 'consortium')
        : reason('consortium-met', { roles: rolesOf(consortium.roles) }, 'consortium'),
      holdsBack: open.length > 0,
    };
  }
  const lacking = withStatus('lacking');
  if (lacking.length)
    return { reason: reason('consortium-lacks', { roles: rolesOf(lacking) }, 'consortium'), holdsBack: true };
  const unclear = withStatus('unclear');
  if (unclear.length)
    return {
      reason: reason('consortium-unclear', { roles: rolesOf(unclear) }, 'consortium'),
      holdsBack: true,
    };
  return {
    reason: reason('consortium-met', { roles: rolesOf(consortium.roles) }, 'consortium'),
    holdsBack: false,
  };
}
