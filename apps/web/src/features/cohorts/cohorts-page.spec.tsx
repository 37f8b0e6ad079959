import { ApiError } from '@torchbridge/api-client';
import { screen, within } from '@testing-library/react';
import {
  INCUBATORS,
  makeMentor,
  makeStartup,
  makeStartupDetail,
  page,
} from '../../testing/directory';
import { defined } from '../../testing/defined';
import { makeCohortRun } from '../../testing/matching';
import { PARKS } from '../../testing/parks';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';
import { typeText } from '../../testing/form-input';

const WEIGHTS = {
  sector: 25,
  stage: 15,
  needs: 25,
  language: 10,
  overlap: 10,
  market: 10,
  load: 5,
};

const lumen = makeStartup();
const qilin = makeStartup({
  id: '5ca1ab1e-0000-4000-8000-000000000002',
  nameEn: 'Qilin Robotics',
  nameZh: '麒麟机器人',
});
const berlinStartup = makeStartup({
  id: '5ca1ab1e-0000-4000-8000-000000000003',
  nameEn: 'Spree Sensors',
  nameZh: '施普雷传感',
  incubatorId: defined(INCUBATORS[1]).id,
  incubatorNameEn: defined(INCUBATORS[1]).nameEn,
  incubatorNameZh: defined(INCUBATORS[1]).nameZh,
  parkId: defined(PARKS[2]).id,
});

function managerApi(overrides: Parameters<typeof signedInApi>[1] = {}) {
  return signedInApi(makeUser({ role: 'manager' }), {
    listCohortRuns: jest.fn(() => Promise.resolve([makeCohortRun()])),
    matchWeights: jest.fn(() => Promise.resolve(WEIGHTS)),
    saveMatchWeights: jest.fn(() => Promise.resolve(WEIGHTS)),
    listStartups: jest.fn(() =>
      Promise.resolve(page([lumen, qilin, berlinStartup])),
    ),
    listMentors: jest.fn(() => Promise.resolve(page([makeMentor()]))),
    parks: jest.fn(() => Promise.resolve(PARKS)),
    createCohortRun: jest.fn(() => Promise.resolve(makeCohortRun())),
    cohortRun: jest.fn(() => Promise.resolve(makeCohortRun())),
    startup: jest.fn(() => Promise.resolve(makeStartupDetail(qilin))),
    ...overrides,
  });
}

describe('Cohort matching page', () => {
  it('starts a run from the startups of one park, selected together, and opens it', async () => {
    const api = managerApi();
    const { user } = renderApp({ api, route: '/cohorts' });
    await screen.findByRole('heading', { level: 1, name: 'Cohort matching' });
    expect(
      await screen.findByRole('link', { name: 'Spring 2027 cohort' }),
    ).toHaveAttribute('href', `/cohorts/${makeCohortRun().id}`);

    await typeText(user, 'Name', 'Spring');
    const startups = within(screen.getByRole('group', { name: 'Startups' }));
    await startups.findByText('Spree Sensors');
    await user.selectOptions(
      startups.getByRole('combobox', { name: 'Science park' }),
      'Zhongguancun Science Park',
    );
    expect(startups.queryByText('Spree Sensors')).not.toBeInTheDocument();
    await user.click(
      startups.getByRole('button', { name: 'Select all shown' }),
    );
    expect(startups.getByRole('status')).toHaveTextContent('2 selected');

    const mentors = within(screen.getByRole('group', { name: 'Mentors' }));
    expect(api.listMentors).toHaveBeenCalledWith(
      expect.objectContaining({ vetting: 'approved', available: true }),
    );
    await user.click(
      await mentors.findByRole('checkbox', { name: /Anna Schmidt/ }),
    );
    expect(mentors.getByRole('status')).toHaveTextContent('1 selected');
    await user.click(screen.getByRole('radio', { name: /^Stable/ }));
    await user.click(screen.getByRole('button', { name: 'Run matching' }));

    expect(api.createCohortRun).toHaveBeenCalledWith({
      name: 'Spring',
      startupIds: [lumen.id, qilin.id],
      mentorIds: [makeMentor().id],
      mode: 'stable',
      allowRepeat: false,
    });
    expect(
      await screen.findByText(
        'Optimal — total score 81, proven by its certificate',
      ),
    ).toBeInTheDocument();
  });

  it('does not start a run without startups and mentors', async () => {
    const api = managerApi();
    const { user } = renderApp({ api, route: '/cohorts' });
    await screen.findByRole('heading', { level: 1, name: 'Cohort matching' });
    await user.click(screen.getByRole('button', { name: 'Run matching' }));
    expect(screen.getAllByText('Select at least one.')).toHaveLength(2);
    expect(screen.getByText('Give the run a name.')).toBeInTheDocument();
    expect(api.createCohortRun).not.toHaveBeenCalled();
  });

  it('adds up the weights as they change and shows the refusal when they are not 100', async () => {
    const api = managerApi({
      saveMatchWeights: jest
        .fn()
        .mockRejectedValueOnce(
          new ApiError({
            status: 400,
            code: 'field.invalid',
            params: { field: 'weights' },
            message: 'weights must add up to 100 points (they add up to 90)',
            details: [
              {
                field: 'weights',
                messages: [
                  'weights must add up to 100 points (they add up to 90)',
                ],
                code: 'field.invalid',
              },
            ],
          }),
        )
        .mockResolvedValue({ ...WEIGHTS, sector: 15, stage: 25 }),
    });
    const { user } = renderApp({ api, route: '/cohorts' });
    const weights = within(
      await screen.findByRole('region', { name: 'Matching weights' }),
    );
    const sector = await weights.findByRole('spinbutton', { name: 'Sector' });
    expect(weights.getByText('Total: 100 of 100')).toBeInTheDocument();

    await user.clear(sector);
    await user.type(sector, '15');
    expect(weights.getByText('Total: 90 of 100')).toBeInTheDocument();
    await user.click(weights.getByRole('button', { name: 'Save weights' }));
    expect(await weights.findByRole('alert')).toHaveTextContent(
      'The weights add up to 90; they must add up to 100.',
    );
    expect(api.saveMatchWeights).toHaveBeenCalledWith({
      ...WEIGHTS,
      sector: 15,
    });

    const stage = weights.getByRole('spinbutton', { name: 'Stage' });
    await user.clear(stage);
    await user.type(stage, '25');
    expect(weights.getByText('Total: 100 of 100')).toBeInTheDocument();
    await user.click(weights.getByRole('button', { name: 'Save weights' }));
    expect(
      await weights.findByText('The weights have been saved.'),
    ).toBeInTheDocument();
    expect(weights.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('is for managers and admins only', async () => {
    const api = signedInApi(makeUser({ role: 'mentor' }));
    renderApp({ api, route: '/cohorts' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Not available' }),
    ).toBeInTheDocument();
  });
});
