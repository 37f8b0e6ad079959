import type { MentorshipOutcome } from '@torchbridge/contracts';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup, SubmitRow, TextAreaField } from '@torchbridge/ui';
import { useApi } from '../../lib/api/services-context';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { useMentorshipAction } from './use-mentorship-action';

/** Close as completed, or as ended early with the reason the other side will read. */
export function EndMentorshipForm({
  mentorshipId,
  onClosed,
}: {
  mentorshipId: string;
  onClosed(): void;
}) {
  const { t } = useTranslation('mentorships');
  const api = useApi();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [outcome, setOutcome] = useState<MentorshipOutcome>('completed');
  const [reason, setReason] = useState('');
  const [attempted, setAttempted] = useState(false);
  const end = useMentorshipAction(
    mentorshipId,
    () =>
      api.endMentorship(
        mentorshipId,
        reason.trim() ? { outcome, reason: reason.trim() } : { outcome },
      ),
    onClosed,
  );
  const reasonProblem =
    outcome === 'ended' && !reason.trim() ? t('endReasonRequired') : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    if (reasonProblem) {
      reasonRef.current?.focus();
      return;
    }
    end.mutate(undefined);
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <ChoiceGroup<MentorshipOutcome>
        legend={t('outcome')}
        name="outcome"
        value={outcome}
        onChange={setOutcome}
        choices={[
          { value: 'completed', label: t('completed') },
          { value: 'ended', label: t('endedEarly') },
        ]}
      />
      <TextAreaField
        ref={reasonRef}
        label={t('endReasonLabel')}
        hint={t('endReasonHint')}
        name="reason"
        rows={3}
        maxLength={1000}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={attempted ? reasonProblem : undefined}
      />
      <ApiErrorAlert error={end.error} />
      <SubmitRow pending={end.isPending} label={t('endSubmit')} tone="danger" />
    </form>
  );
}
