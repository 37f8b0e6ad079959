import { screen, waitFor, within } from '@testing-library/react';
import { ApiError, type ApiClient } from '@torchbridge/api-client';
import type { AvailabilityInput, Locale } from '@torchbridge/contracts';
import {
  BOOKING_NOW,
  MENTOR_ID,
  makeAvailability,
  makeSlots,
} from '../../testing/booking';
import { MENTOR_USER_ID } from '../../testing/matching';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';

function setup({
  locale = 'en',
  ...overrides
}: Partial<ApiClient> & { locale?: Locale } = {}) {
  const mentor = makeUser({
    id: MENTOR_USER_ID,
    role: 'mentor',
    displayName: 'Anna Schmidt',
    timeZone: 'Europe/Berlin',
    locale,
  });
  const api = signedInApi(mentor, {
    myAvailability: jest.fn(() => Promise.resolve(makeAvailability())),
    saveAvailability: jest.fn((input: AvailabilityInput) =>
      Promise.resolve(
        makeAvailability({ ...input, updatedAt: '2026-04-06T06:00:05.000Z' }),
      ),
    ),
    mentorSlots: jest.fn(() =>
      Promise.resolve(makeSlots({ viewerTimeZone: 'Europe/Berlin', best: [] })),
    ),
    ...overrides,
  });
  return renderApp({ api, route: '/availability', locale });
}

function day(name: string) {
  return within(screen.getByRole('group', { name }));
}

describe('Availability editor', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: BOOKING_NOW, advanceTimers: true });
  });
  afterEach(() => jest.useRealTimers());

  it('sends the whole availability, with what was changed', async () => {
    const { api, user } = setup();

    const tuesday = await screen.findByRole('group', { name: 'Tuesday' });
    expect(within(tuesday).getByLabelText('From')).toHaveValue('17:00');
    expect(within(tuesday).getByLabelText('Until')).toHaveValue('19:00');
    expect(day('Monday').getByText('Not available')).toBeInTheDocument();

    await user.click(
      screen.getByRole('button', { name: 'Add hours on Monday' }),
    );
    expect(day('Monday').getByLabelText('From')).toHaveValue('09:00');
    await user.clear(day('Monday').getByLabelText('Until'));
    await user.type(day('Monday').getByLabelText('Until'), '12:30');
    await user.click(
      screen.getByRole('button', { name: 'Remove Thursday 17:00–19:00' }),
    );
    await user.click(screen.getByRole('checkbox', { name: '60 minutes' }));
    await user.clear(
      screen.getByRole('spinbutton', { name: /Minimum notice/ }),
    );
    await user.type(
      screen.getByRole('spinbutton', { name: /Minimum notice/ }),
      '24',
    );
    await user.clear(
      screen.getByRole('spinbutton', { name: /Sessions per day/ }),
    );
    await user.click(
      screen.getByRole('checkbox', { name: /Confirm bookings at once/ }),
    );
    await user.click(screen.getByRole('button', { name: 'Add a date' }));
    await user.type(screen.getByLabelText('Date'), '2026-04-10');
    await user.click(screen.getByRole('button', { name: 'Save availability' }));

    expect(api.saveAvailability).toHaveBeenCalledWith({
      timeZone: 'Europe/Berlin',
      rules: [
        { weekday: 2, startMinute: 1020, endMinute: 1140 },
        { weekday: 1, startMinute: 540, endMinute: 750 },
      ],
      overrides: [{ date: '2026-04-10', intervals: [] }],
      blackouts: [],
      sessionLengths: [30, 60],
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 10,
      minimumNoticeMinutes: 1440,
      horizonDays: 28,
      maxPerDay: null,
      maxPerWeek: null,
      meetingLink: 'https://meeting.tencent.com/dm/anna',
      meetingPlace: null,
      autoConfirm: true,
    } satisfies AvailabilityInput);
    expect(await screen.findByText('Availability saved.')).toBeInTheDocument();
    // A long form typed into key by key: slow machines need more than the default.
  }, 40_000);

  it('shows the API’s problem next to the field it names and moves focus there', async () => {
    const saveAvailability = jest.fn(() =>
      Promise.reject(
        new ApiError({
          status: 400,
          code: 'validation.failed',
          message: 'Some fields are not valid',
          details: [
            {
              field: 'rules.1.endMinute',
              code: 'field.invalid',
              messages: ['rules.1.endMinute must be after startMinute'],
            },
            {
              field: 'meetingLink',
              messages: ['meetingLink must be an https address, or null'],
            },
          ],
        }),
      ),
    );
    const { user } = setup({ saveAvailability });

    await screen.findByRole('group', { name: 'Thursday' });
    await user.click(screen.getByRole('button', { name: 'Save availability' }));

    const until = day('Thursday').getByLabelText('Until');
    await waitFor(() => expect(until).toHaveFocus());
    expect(until).toHaveAccessibleDescription('Until is not valid.');
    expect(
      day('Tuesday').getByLabelText('Until'),
    ).not.toHaveAccessibleDescription();
    expect(
      screen.getByRole('textbox', { name: 'Meeting link' }),
    ).toHaveAccessibleDescription(
      /Meeting link: meetingLink must be an https address, or null/,
    );
    const alert = screen.getByRole('alert');
    expect(
      within(alert).getByText('Weekly hours · Thursday · Until is not valid.'),
    ).toBeInTheDocument();
  });

  it('refuses a time that is no time before sending anything', async () => {
    const { api, user } = setup();
    await screen.findByRole('group', { name: 'Tuesday' });
    await user.clear(day('Tuesday').getByLabelText('From'));
    await user.click(screen.getByRole('button', { name: 'Save availability' }));
    expect(api.saveAvailability).not.toHaveBeenCalled();
    expect(day('Tuesday').getByLabelText('From')).toHaveAccessibleDescription(
      'From: enter a time such as 09:30.',
    );
  });

  it('previews the coming week on the mentor’s clock from the saved hours, as stretches of text', async () => {
    const { api } = setup();
    // Tuesday 07:00 and Wednesday 17:00 UTC are 09:00 and 19:00 in Berlin; each stands alone.
    const tuesday = (
      await screen.findByRole('heading', { level: 3, name: 'Tue, Apr 7' })
    ).closest('li') as HTMLElement;
    expect(within(tuesday).getByText('09:00–09:30')).toBeInTheDocument();
    expect(within(tuesday).getByText('17:00–17:30')).toBeInTheDocument();
    const wednesday = screen
      .getByRole('heading', { level: 3, name: 'Wed, Apr 8' })
      .closest('li') as HTMLElement;
    expect(within(wednesday).getByText('19:00–19:30')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Open times this week: 3 (30-minute sessions, on your clock in Berlin).',
      ),
    ).toBeInTheDocument();
    expect(api.mentorSlots).toHaveBeenCalledWith(
      MENTOR_ID,
      expect.objectContaining({ to: '2026-04-12T22:00:00.000Z' }),
    );
  });

  it('starts from the mentor’s own zone when nothing was saved yet, in Chinese', async () => {
    const { api } = setup({
      locale: 'zh-CN',
      myAvailability: () =>
        Promise.reject(
          new ApiError({
            status: 404,
            code: 'availability.not_set',
            message: 'not set',
          }),
        ),
      myMentorProfile: jest.fn(() =>
        Promise.reject(
          new ApiError({
            status: 404,
            code: 'mentor.profile_missing',
            message: 'none',
          }),
        ),
      ),
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: '开放时间' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '时区' })).toHaveValue(
      'Europe/Berlin',
    );
    expect(day('星期一').getByText('不开放')).toBeInTheDocument();
    expect(
      screen.getByText('保存开放时间后即可看到可预约的时间。'),
    ).toBeInTheDocument();
    expect(api.mentorSlots).not.toHaveBeenCalled();
  });
});
