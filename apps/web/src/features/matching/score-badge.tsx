import { useTranslation } from 'react-i18next';
import './matching.css';

/** The 1..100 match score as a round badge; the accessible name says what the number means. */
export function ScoreBadge({ score }: { score: number }) {
  const { t } = useTranslation('matching');
  const label = t('score', { score });
  return (
    <span className="score-badge" role="img" aria-label={label} title={label}>
      {score}
    </span>
  );
}
