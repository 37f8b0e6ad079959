import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { Slot } from '../slot-button/slot';
import { WeekGrid } from './week-grid';

// The week of Europe/Berlin's change to summer time (01:00 UTC on Sunday 2026-03-29).
const WEEK = '2026-03-23';
const SLOTS: Slot[] = [
  // Saturday 19:00 in Berlin (CET, UTC+1) is Sunday 02:00 in Shanghai.
  {
    start: '2026-03-28T18:00:00.000Z',
    end: '2026-03-28T19:00:00.000Z',
    label: 'Free',
    state: 'free',
  },
  // Sunday 19:00 in Berlin (now CEST, UTC+2) is Monday 01:00 in Shanghai.
  {
    start: '2026-03-29T17:00:00.000Z',
    end: '2026-03-29T18:00:00.000Z',
    label: 'Free',
    state: 'free',
  },
  {
    start: '2026-03-29T08:00:00.000Z',
    end: '2026-03-29T09:00:00.000Z',
    label: 'Booked',
    state: 'booked',
  },
];

function day(name: string) {
  return screen.getByRole('region', { name });
}

function slotNames(name: string) {
  return within(day(name))
    .queryAllByRole('button')
    .map((button) => button.textContent);
}

function Picker({ timeZone }: { timeZone: string }) {
  const [slots, setSlots] = useState(SLOTS);
  return (
    <WeekGrid
      weekStart={WEEK}
      slots={slots}
      timeZone={timeZone}
      locale="en-GB"
      label="Free times"
      emptyDayLabel="No times"
      onSelect={(picked) =>
        setSlots((all) =>
          all.map((slot) =>
            slot.start === picked.start
              ? {
                  ...slot,
                  state: slot.state === 'selected' ? 'free' : 'selected',
                  label: slot.state === 'selected' ? 'Free' : 'Chosen',
                }
              : slot,
          ),
        )
      }
    />
  );
}

describe('WeekGrid', () => {
  it('lays out the week in Berlin, where both evenings read 19:00 across the clock change', () => {
    render(<Picker timeZone="Europe/Berlin" />);

    expect(
      screen.getByRole('group', { name: 'Free times' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual([
      'Mon 23 Mar',
      'Tue 24 Mar',
      'Wed 25 Mar',
      'Thu 26 Mar',
      'Fri 27 Mar',
      'Sat 28 Mar',
      'Sun 29 Mar',
    ]);
    expect(slotNames('Sat 28 Mar')).toEqual(['19:00–20:00 Free']);
    expect(slotNames('Sun 29 Mar')).toEqual([
      '10:00–11:00 Booked',
      '19:00–20:00 Free',
    ]);
    expect(within(day('Mon 23 Mar')).getByText('No times')).toBeInTheDocument();
  });

  it('lays out the same slots in Shanghai, a day later and an hour apart', () => {
    render(<Picker timeZone="Asia/Shanghai" />);

    expect(slotNames('Sat 28 Mar')).toEqual([]);
    expect(slotNames('Sun 29 Mar')).toEqual([
      '02:00–03:00 Free',
      '16:00–17:00 Booked',
    ]);
    // Monday 30 March 01:00 in Shanghai falls outside a week that starts on the 23rd.
    expect(
      screen.queryByText('01:00', { exact: false }),
    ).not.toBeInTheDocument();
  });

  it('selects and unselects a slot from the keyboard, moving with the arrow keys', async () => {
    const user = userEvent.setup();
    render(<Picker timeZone="Europe/Berlin" />);

    await user.tab();
    const saturday = within(day('Sat 28 Mar')).getByRole('button', {
      name: '19:00–20:00 Free',
      pressed: false,
    });
    expect(saturday).toHaveFocus();

    await user.keyboard('{ArrowRight}');
    expect(
      within(day('Sun 29 Mar')).getByRole('button', {
        name: '10:00–11:00 Booked',
      }),
    ).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(
      within(day('Sun 29 Mar')).getByRole('button', {
        name: '10:00–11:00 Booked',
      }),
    ).toHaveAttribute('aria-pressed', 'false');

    await user.keyboard('{ArrowDown}');
    const sundayEvening = within(day('Sun 29 Mar')).getByRole('button', {
      name: '19:00–20:00 Free',
    });
    expect(sundayEvening).toHaveFocus();
    await user.keyboard(' ');
    expect(
      within(day('Sun 29 Mar')).getByRole('button', {
        name: '19:00–20:00 Chosen',
      }),
    ).toHaveAttribute('aria-pressed', 'true');

    await user.keyboard('{ArrowLeft}');
    expect(within(day('Sat 28 Mar')).getByRole('button')).toHaveFocus();
    await user.keyboard('{ArrowRight}{Enter}');
    expect(
      within(day('Sun 29 Mar')).getByRole('button', {
        name: '10:00–11:00 Booked',
      }),
    ).toHaveFocus();
  });
});
