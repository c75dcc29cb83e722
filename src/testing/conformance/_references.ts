// Our side of each comparison, shared by the check and assert functions. Private.
import {
  decideBalancedAssignee, decideRoundRobinAssignee, type BalancedAssigneeDecision, type DecideBalancedAssigneeInput,
  type DecideRoundRobinAssigneeInput, type RoundRobinAssigneeDecision,
} from '../../assignment/index.js';
import { balancedInputArbitrary } from '../arbitraries/balancedInputArbitrary.js';
import { roundRobinInputArbitrary } from '../arbitraries/roundRobinInputArbitrary.js';
import type { Reference } from './_run.js';

/** Balanced assignment (ASSIGN-13 to ASSIGN-17). */
export const BALANCED: Reference<DecideBalancedAssigneeInput, BalancedAssigneeDecision> = {
  fn: 'checkBalancedConformance',
  reference: 'decideBalancedAssignee',
  decide: decideBalancedAssignee,
  inputs: () => balancedInputArbitrary(),
};

/** Round robin (ASSIGN-28 to ASSIGN-31, ASSIGN-37). */
export const ROUND_ROBIN: Reference<DecideRoundRobinAssigneeInput, RoundRobinAssigneeDecision> = {
  fn: 'checkRoundRobinConformance',
  reference: 'decideRoundRobinAssignee',
  decide: decideRoundRobinAssignee,
  inputs: () => roundRobinInputArbitrary(),
};
