import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Slot } from './slot';
import { SlotButton } from './slot-button';

const slot = (state: Slot['state'], label: string): Slot => ({
  start: '2026-03-28T18:00:00.000Z',
  end: '2026-03-28T19:00:00.000Z',
  label,
  state,
});

describe('SlotButton', () => {
  it('shows the time range in the display zone and is a toggle button', async () => {
    const onSelect = jest.fn();
    const user = userEvent.setup();
    render(
      <SlotButton
        slot={slot('free', 'Free')}
        timeZone="Europe/Berlin"
        locale="en"
        onSelect={onSelect}
      />,
    );

    const button = screen.getByRole('button', { name: '19:00–20:00 Free' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await user.click(button);
    expect(onSelect).toHaveBeenCalledWith(slot('free', 'Free'));
  });

  it('names its badge in words after the label', () => {
    render(
      <SlotButton
        slot={{ ...slot('free', '09:00–10:00 Berlin'), badge: 'Overlap' }}
        timeZone="Asia/Shanghai"
        locale="en"
      />,
    );

    expect(
      screen.getByRole('button', {
        name: '02:00–03:00 09:00–10:00 Berlin Overlap',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Overlap')).toHaveClass('slot-button-badge');
  });

  it('reports a selected slot as pressed', () => {
    render(
      <SlotButton
        slot={slot('selected', 'Your choice')}
        timeZone="Asia/Shanghai"
        locale="zh-CN"
      />,
    );

    expect(
      screen.getByRole('button', { name: '02:00–03:00 Your choice' }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  it.each(['held', 'booked'] as const)(
    'keeps a %s slot focusable but ignores activation',
    async (state) => {
      const onSelect = jest.fn();
      const user = userEvent.setup();
      render(
        <SlotButton
          slot={slot(state, 'Taken')}
          timeZone="Europe/Berlin"
          locale="en"
          onSelect={onSelect}
        />,
      );

      const button = screen.getByRole('button', { name: '19:00–20:00 Taken' });
      expect(button).toHaveAttribute('aria-disabled', 'true');
      await user.tab();
      expect(button).toHaveFocus();
      await user.keyboard('{Enter}');
      await user.click(button);
      expect(onSelect).not.toHaveBeenCalled();
    },
  );
});
