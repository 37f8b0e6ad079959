import { common } from './common';
import { errors } from './errors';
import { auth } from './auth';
import { home } from './home';
import { parks } from './parks';
import { settings } from './settings';
import { directory } from './directory';
import { mentors } from './mentors';
import { startups } from './startups';
import { profiles } from './profiles';
import { vetting } from './vetting';
import { imports } from './imports';
import { matching } from './matching';
import { findMentor } from './find-mentor';
import { requests } from './requests';
import { mentorships } from './mentorships';
import { cohorts } from './cohorts';
import { messages } from './messages';
import { notifications } from './notifications';
import { booking } from './booking';
import { outbox } from './outbox';
import { events } from './events';

/** English UI strings, one object per i18next namespace. Each Chinese namespace is typed against its English one. */
export const en = {
  common,
  errors,
  auth,
  home,
  parks,
  settings,
  directory,
  mentors,
  startups,
  profiles,
  vetting,
  imports,
  matching,
  findMentor,
  requests,
  mentorships,
  cohorts,
  messages,
  notifications,
  booking,
  outbox,
  events,
};

export type Resources = typeof en;
export type Namespace = keyof Resources;
