import { screen, within } from '@testing-library/react';
import { makeStartupDetail } from '../../testing/directory';
import { defined } from '../../testing/defined';
import { makeCohortRun } from '../../testing/matching';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';

const run = makeCohortRun();
const pair = defined(run.result.pairs[0]);

function managerApi(overrides: Parameters<typeof signedInApi>[1] = {}) {
  return signedInApi(makeUser({ role: 'manager' }), {
    cohortRun: jest.fn(() => Promise.resolve(run)),
    startup: jest.fn(() =>
      Promise.resolve(
        makeStartupDetail({
          id: run.result.unmatchedStartupIds[0],
          nameEn: 'Qilin Robotics',
          nameZh: '麒麟机器人',
        }),
      ),
    ),
    ...overrides,
  });
}

describe('Cohort run page', () => {
  it('states the optimality proof, the pairs with reasons and the unmatched startups', async () => {
    renderApp({ api: managerApi(), route: `/cohorts/${run.id}` });
    expect(
      await screen.findByText(
        'Optimal — total score 81, proven by its certificate',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Spring 2027 cohort' }),
    ).toBeInTheDocument();
    const row = within(
      screen.getByRole('row', { name: /Lumen Photonics Anna Schmidt 81/ }),
    );
    expect(row.getByText('Speaks English')).toBeInTheDocument();
    expect(
      await screen.findByRole('list', { name: 'Unmatched startups' }),
    ).toHaveTextContent('Qilin Robotics');
  });

  it('re-runs with the pins and mode the manager set', async () => {
    const api = managerApi({
      rerunCohortRun: jest.fn(() =>
        Promise.resolve(
          makeCohortRun({
            mode: 'stable',
            pins: [{ startupId: pair.startupId, mentorId: pair.mentorId }],
            result: {
              ...run.result,
              pairs: [{ ...pair, pinned: true }],
              objective: 75,
              blockingPairs: 0,
            },
          }),
        ),
      ),
    });
    const { user } = renderApp({ api, route: `/cohorts/${run.id}` });
    const pin = await screen.findByRole('button', {
      name: 'Pin Lumen Photonics with Anna Schmidt',
    });
    await user.click(pin);
    expect(
      screen.getByRole('button', {
        name: 'Unpin Lumen Photonics with Anna Schmidt',
      }),
    ).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('radio', { name: /^Stable/ }));
    await user.click(screen.getByRole('button', { name: 'Re-run' }));

    expect(api.rerunCohortRun).toHaveBeenCalledWith(run.id, {
      mode: 'stable',
      pins: [{ startupId: pair.startupId, mentorId: pair.mentorId }],
      forbids: [],
      allowRepeat: false,
    });
    expect(
      await screen.findByText(
        'Stable — 0 blocking pairs; 6 points below the optimum (81)',
      ),
    ).toBeInTheDocument();
  });

  it('forbidding a pair takes it out of the pins', async () => {
    const api = managerApi({
      rerunCohortRun: jest.fn(() => Promise.resolve(run)),
    });
    const { user } = renderApp({ api, route: `/cohorts/${run.id}` });
    await user.click(
      await screen.findByRole('button', {
        name: 'Pin Lumen Photonics with Anna Schmidt',
      }),
    );
    await user.click(
      screen.getByRole('button', {
        name: 'Forbid Lumen Photonics with Anna Schmidt',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Re-run' }));
    expect(api.rerunCohortRun).toHaveBeenCalledWith(run.id, {
      mode: 'optimal',
      pins: [],
      forbids: [{ startupId: pair.startupId, mentorId: pair.mentorId }],
      allowRepeat: false,
    });
  });

  it('publishes after a confirmation and then offers no more edits', async () => {
    const api = managerApi({
      publishCohortRun: jest.fn(() =>
        Promise.resolve(
          makeCohortRun({
            status: 'published',
            publishedAt: '2026-03-29T12:00:00.000Z',
          }),
        ),
      ),
    });
    const { user } = renderApp({ api, route: `/cohorts/${run.id}` });
    await user.click(await screen.findByRole('button', { name: 'Publish' }));
    const dialog = screen.getByRole('alertdialog', {
      name: 'Publish this run?',
    });
    expect(api.publishCohortRun).not.toHaveBeenCalled();
    await user.click(
      within(dialog).getByRole('button', { name: 'Publish run' }),
    );

    expect(await screen.findByText('Published')).toBeInTheDocument();
    expect(api.publishCohortRun).toHaveBeenCalledWith(run.id);
    expect(
      screen.queryByRole('button', { name: 'Re-run' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /^Pin / }),
    ).not.toBeInTheDocument();
  });

  it('shows the proof in Chinese', async () => {
    const api = signedInApi(makeUser({ role: 'manager', locale: 'zh-CN' }), {
      cohortRun: jest.fn(() => Promise.resolve(run)),
      startup: jest.fn(() => Promise.resolve(makeStartupDetail())),
    });
    renderApp({ api, route: `/cohorts/${run.id}`, locale: 'zh-CN' });
    expect(
      await screen.findByText('最优 — 总分 81，已由对偶证书验证'),
    ).toBeInTheDocument();
  });
});
