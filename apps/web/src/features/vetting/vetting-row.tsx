import type {
  Locale,
  MentorCard,
  VettingDecision,
} from '@torchbridge/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ReasonForm, RowActionButton } from '@torchbridge/ui';
import { useApi } from '../../lib/api/services-context';
import { pickText } from '../../lib/i18n/bilingual';
import { countryName } from '../../lib/i18n/countries';
import { taxonomyLabel } from '../../lib/taxonomy/taxonomy-labels';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { useApiFieldError } from '../../lib/api/describe-api-error';

const EXCERPT_LENGTH = 240;

function excerpt(text: string): string {
  return text.length > EXCERPT_LENGTH
    ? `${text.slice(0, EXCERPT_LENGTH).trimEnd()}…`
    : text;
}

/** One pending mentor with Approve and Reject; rejecting asks for the reason the mentor will read. */
export function VettingRow({
  mentor,
  locale,
  onDecided,
}: {
  mentor: MentorCard;
  locale: Locale;
  onDecided(decision: VettingDecision['decision']): Promise<void>;
}) {
  const { t } = useTranslation('vetting');
  const apiFieldError = useApiFieldError();
  const api = useApi();
  const headingId = useId();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  // The list has no bio; the detail is fetched per row so the manager can judge without leaving the queue.
  const detail = useQuery({
    queryKey: ['mentor', mentor.id],
    queryFn: () => api.mentor(mentor.id),
  });
  const decide = useMutation({
    mutationFn: (body: VettingDecision) => api.vetMentor(mentor.id, body),
    onSuccess: (_result, body) => onDecided(body.decision),
  });
  const headline = pickText(mentor.headlineEn, mentor.headlineZh, locale);
  const bio = detail.data
    ? pickText(detail.data.bioEn, detail.data.bioZh, locale)
    : null;

  return (
    <li className="card vetting-row" aria-labelledby={headingId}>
      <h2 id={headingId} className="park-name">
        <Link to={`/mentors/${mentor.id}`}>{mentor.displayName}</Link>
      </h2>
      <p className="directory-headline" lang={headline.lang}>
        {headline.text}
      </p>
      <p className="park-tags">
        <span className="badge">
          {taxonomyLabel('mentorCategories', mentor.category, locale)}
        </span>
        <span className="badge badge-quiet">
          {[mentor.city, countryName(mentor.country, locale)].join(', ')}
        </span>
      </p>
      {bio?.text && (
        <p className="muted vetting-bio" lang={bio.lang}>
          {excerpt(bio.text)}
        </p>
      )}
      <ApiErrorAlert error={decide.error} />
      {rejecting ? (
        <ReasonForm
          label={t('reason', { name: mentor.displayName })}
          hint={t('reasonHint')}
          requiredMessage={t('reasonRequired')}
          serverError={apiFieldError(decide.error, 'reason')}
          confirmLabel={t('confirmReject')}
          cancelLabel={t('cancel')}
          pending={decide.isPending}
          reason={reason}
          onReasonChange={setReason}
          onConfirm={(text) =>
            decide.mutate({ decision: 'rejected', reason: text })
          }
          onCancel={() => setRejecting(false)}
        />
      ) : (
        <div className="form-actions">
          <RowActionButton
            primary
            name={t('approveName', { name: mentor.displayName })}
            disabled={decide.isPending}
            onClick={() => decide.mutate({ decision: 'approved' })}
          >
            {t('approve')}
          </RowActionButton>
          <RowActionButton
            name={t('rejectName', { name: mentor.displayName })}
            disabled={decide.isPending}
            onClick={() => setRejecting(true)}
          >
            {t('reject')}
          </RowActionButton>
        </div>
      )}
    </li>
  );
}
