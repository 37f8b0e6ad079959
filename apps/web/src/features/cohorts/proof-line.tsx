import type { CohortRunView } from '@torchbridge/contracts';
import { useTranslation } from 'react-i18next';

/** What the solver proved: optimality by its dual certificate, or stability and its cost against the optimum. */
export function ProofLine({ run }: { run: CohortRunView }) {
  const { t } = useTranslation('cohorts');
  const { result } = run;
  let text: string;
  if (run.mode === 'stable') {
    text = t('proofStable', {
      blocking: result.blockingPairs ?? 0,
      gap: Math.max(0, result.optimalObjective - result.objective),
      optimum: result.optimalObjective,
    });
  } else if (result.certified) {
    text = t('proofOptimal', { total: result.objective });
  } else {
    text = t('proofOptimalUnproven', { total: result.objective });
  }
  return <p className="proof-line">{text}</p>;
}
