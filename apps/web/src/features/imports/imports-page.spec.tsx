import { ApiError } from '@torchbridge/api-client';
import { screen, within } from '@testing-library/react';
import { makeReport } from '../../testing/directory';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';

const CSV = 'email,displayName\nanna@example.de,Anna\nbad@example.de,Bad\n';

function csvFile(name = 'mentors.csv') {
  return new File([CSV], name, { type: 'text/csv' });
}

describe('CSV import', () => {
  it('checks the file, shows the problems by line and column, then imports the good rows', async () => {
    const report = makeReport();
    const api = signedInApi(makeUser({ role: 'manager' }), {
      previewImport: jest.fn(() => Promise.resolve(report)),
      confirmImport: jest.fn(() =>
        Promise.resolve({
          ...report,
          status: 'confirmed' as const,
          written: 2,
        }),
      ),
    });
    const { user } = renderApp({ api, route: '/imports' });

    await user.upload(await screen.findByLabelText('CSV file'), csvFile());
    await user.click(screen.getByRole('button', { name: 'Check file' }));

    expect(
      await screen.findByRole('heading', { name: '2 of 3 rows are ready.' }),
    ).toBeInTheDocument();
    expect(api.previewImport).toHaveBeenCalledWith({
      kind: 'mentors',
      csv: CSV,
      fileName: 'mentors.csv',
    });
    const table = screen.getByRole('table', { name: 'Problems found' });
    const cells = within(
      within(table).getAllByRole('row')[1] as HTMLElement,
    ).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual([
      '3',
      'timeZone',
      'timeZone must be an IANA time zone',
    ]);

    await user.click(screen.getByRole('button', { name: 'Import 2 rows' }));

    expect(
      await screen.findByText('2 rows have been imported.'),
    ).toBeInTheDocument();
    expect(api.confirmImport).toHaveBeenCalledWith(report.id);
    expect(
      screen.queryByRole('button', { name: 'Import 2 rows' }),
    ).not.toBeInTheDocument();
  });

  it('lists the columns of the chosen kind and sends that kind', async () => {
    const api = signedInApi(makeUser({ role: 'admin' }), {
      previewImport: jest.fn(() =>
        Promise.resolve(
          makeReport({ kind: 'startups', goodRows: 0, totalRows: 1 }),
        ),
      ),
    });
    const { user } = renderApp({ api, route: '/imports' });

    const columns = await screen.findByRole('region', {
      name: 'Required columns',
    });
    expect(within(columns).getByText('capacity')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Startups' }));
    expect(within(columns).queryByText('capacity')).not.toBeInTheDocument();
    expect(within(columns).getByText('incubator')).toBeInTheDocument();
    expect(within(columns).getByText('highTechEnterprise')).toBeInTheDocument();

    await user.upload(
      screen.getByLabelText('CSV file'),
      csvFile('startups.csv'),
    );
    await user.click(screen.getByRole('button', { name: 'Check file' }));

    expect(
      await screen.findByText(
        'No row is ready. Fix the file and check it again.',
      ),
    ).toBeInTheDocument();
    expect(api.previewImport).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'startups' }),
    );
    expect(
      screen.queryByRole('button', { name: /^Import/ }),
    ).not.toBeInTheDocument();
  });

  it('asks for a file before checking and explains a second confirmation', async () => {
    const api = signedInApi(makeUser({ role: 'manager' }), {
      previewImport: jest.fn(() => Promise.resolve(makeReport())),
      confirmImport: jest.fn(() =>
        Promise.reject(
          new ApiError({
            status: 409,
            code: 'import.already_confirmed',
            message: 'This import has already been confirmed',
          }),
        ),
      ),
    });
    const { user } = renderApp({ api, route: '/imports' });

    await user.click(await screen.findByRole('button', { name: 'Check file' }));
    expect(screen.getByLabelText('CSV file')).toHaveAccessibleDescription(
      'UTF-8, header row first. Choose a CSV file.',
    );
    expect(api.previewImport).not.toHaveBeenCalled();

    await user.upload(screen.getByLabelText('CSV file'), csvFile());
    await user.click(screen.getByRole('button', { name: 'Check file' }));
    await user.click(
      await screen.findByRole('button', { name: 'Import 2 rows' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This file has already been imported.',
    );
  });
});
