import { render, screen } from '@testing-library/react';
import { Alert } from './alert';

describe('Alert', () => {
  it('announces the title, the message and each detail', () => {
    render(
      <Alert
        title="Could not save"
        message="Check the highlighted fields."
        details={['Country: use a two-letter code']}
      />,
    );

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Could not save');
    expect(alert).toHaveTextContent('Check the highlighted fields.');
    expect(screen.getByRole('listitem')).toHaveTextContent(
      'Country: use a two-letter code',
    );
  });

  it('has no list without details', () => {
    render(<Alert message="The server is not answering." />);
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });
});
