import {
  MILESTONE_CODES,
  MILESTONE_LABELS,
  pickLabel,
  type Locale,
  type MilestoneCode,
} from '@torchbridge/contracts';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, SubmitRow, TextField } from '@torchbridge/ui';
import { useApi } from '../../lib/api/services-context';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { useApiFieldError } from '../../lib/api/describe-api-error';
import { useMentorshipAction } from './use-mentorship-action';

function isMilestoneCode(value: string): value is MilestoneCode {
  return (MILESTONE_CODES as readonly string[]).includes(value);
}

/** Propose one of the common milestones, or a custom one with its own title. */
export function ProposeMilestoneForm({
  mentorshipId,
  locale,
}: {
  mentorshipId: string;
  locale: Locale;
}) {
  const { t } = useTranslation('mentorships');
  const apiFieldError = useApiFieldError();
  const api = useApi();
  const titleRef = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState<MilestoneCode>(MILESTONE_CODES[0]);
  const [title, setTitle] = useState('');
  const [attempted, setAttempted] = useState(false);
  const propose = useMentorshipAction(
    mentorshipId,
    () =>
      api.proposeMilestone(
        mentorshipId,
        code === 'custom' ? { code, title: title.trim() } : { code },
      ),
    () => {
      setTitle('');
      setAttempted(false);
    },
  );
  const custom = code === 'custom';
  const titleProblem = custom && !title.trim() ? t('titleRequired') : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    if (titleProblem) {
      titleRef.current?.focus();
      return;
    }
    propose.mutate(undefined);
  }

  return (
    <form
      className="form"
      noValidate
      onSubmit={submit}
      aria-label={t('propose')}
    >
      <h3>{t('propose')}</h3>
      <div className="form-row">
        <SelectField
          label={t('milestone')}
          name="code"
          value={code}
          onChange={(event) => {
            if (isMilestoneCode(event.target.value)) {
              setCode(event.target.value);
            }
          }}
        >
          {MILESTONE_CODES.map((value) => (
            <option key={value} value={value}>
              {pickLabel(MILESTONE_LABELS[value], locale)}
            </option>
          ))}
        </SelectField>
        {custom && (
          <TextField
            ref={titleRef}
            label={t('customTitle')}
            hint={t('customTitleHint')}
            name="title"
            maxLength={200}
            required
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            error={
              (attempted ? titleProblem : undefined) ??
              apiFieldError(propose.error, 'title')
            }
          />
        )}
      </div>
      <ApiErrorAlert error={propose.error} />
      <SubmitRow pending={propose.isPending} label={t('proposeSubmit')} />
    </form>
  );
}
