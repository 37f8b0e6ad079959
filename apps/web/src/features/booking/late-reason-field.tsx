import { LATE_CHANGE_HOURS } from '@torchbridge/contracts';
import { TextAreaField, type TextAreaFieldProps } from '@torchbridge/ui';
import { useTranslation } from 'react-i18next';
import { REASON_MAX_LENGTH } from './reason-field';

type Props = Omit<
  TextAreaFieldProps,
  'label' | 'hint' | 'name' | 'rows' | 'required' | 'maxLength'
> & {
  /** Within LATE_CHANGE_HOURS of the start: the reason is required. */
  late: boolean;
  /** The other person, who is told the reason. */
  otherName: string;
};

/** The reason for cancelling or moving a session, required when the change comes late. */
export function LateReasonField({ late, otherName, ...textarea }: Props) {
  const { t } = useTranslation('booking');
  return (
    <TextAreaField
      {...textarea}
      label={late ? t('reason.required') : t('reason.optional')}
      hint={
        late
          ? t('reason.lateHint', { hours: LATE_CHANGE_HOURS, name: otherName })
          : t('reason.hint', { name: otherName })
      }
      name="reason"
      rows={3}
      required={late}
      maxLength={REASON_MAX_LENGTH}
    />
  );
}
