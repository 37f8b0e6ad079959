import { render, screen } from '@testing-library/react';
import { SubmitButton } from './submit-button';
import { SubmitRow } from './submit-row';

describe('SubmitButton', () => {
  it('is disabled and shows its pending label while the submit is in flight', () => {
    render(<SubmitButton pending label="Save" pendingLabel="Saving…" />);
    const button = screen.getByRole('button', { name: 'Saving…' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('type', 'submit');
  });

  it('keeps its label while pending when it has no pending label', () => {
    render(<SubmitButton pending label="End" tone="danger" block />);
    expect(screen.getByRole('button', { name: 'End' })).toHaveClass(
      'button',
      'button-danger',
      'button-block',
    );
  });
});

describe('SubmitRow', () => {
  it('shows the submit, further actions and the success line', () => {
    render(
      <SubmitRow
        pending={false}
        label="Send"
        pendingLabel="Sending"
        done="Sent"
      >
        <button type="button">Cancel</button>
      </SubmitRow>,
    );
    expect(screen.getByRole('button', { name: 'Send' })).toHaveClass(
      'button-primary',
    );
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeEnabled();
    expect(screen.getByText('Sent')).toHaveClass('success-text');
  });

  it('has no success line until a submit succeeded', () => {
    render(<SubmitRow pending={false} label="Send" />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
