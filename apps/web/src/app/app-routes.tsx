import type { Role } from '@torchbridge/contracts';
import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RegisterPage } from '../features/auth/register-page';
import { SignInPage } from '../features/auth/sign-in-page';
import { HomePage } from '../features/home/home-page';
import { ImportsPage } from '../features/imports/imports-page';
import { MentorPage } from '../features/mentors/mentor-page';
import { MentorsPage } from '../features/mentors/mentors-page';
import { ParksPage } from '../features/parks/parks-page';
import { MyMentorProfilePage } from '../features/profiles/my-mentor-profile-page';
import { MyStartupPage } from '../features/profiles/my-startup-page';
import { SettingsPage } from '../features/settings/settings-page';
import { StartupPage } from '../features/startups/startup-page';
import { StartupsPage } from '../features/startups/startups-page';
import { VettingPage } from '../features/vetting/vetting-page';
import { CohortRunPage } from '../features/cohorts/cohort-run-page';
import { CohortsPage } from '../features/cohorts/cohorts-page';
import { FindMentorPage } from '../features/find-mentor/find-mentor-page';
import { MentorshipPage } from '../features/mentorships/mentorship-page';
import { MentorshipsPage } from '../features/mentorships/mentorships-page';
import { RequestsPage } from '../features/requests/requests-page';
import { ConversationPage } from '../features/messages/conversation-page';
import { MessagesPage } from '../features/messages/messages-page';
import { AvailabilityPage } from '../features/booking/availability-page';
import { BookSessionPage } from '../features/booking/book-session-page';
import { SessionPage } from '../features/booking/session-page';
import { SessionsPage } from '../features/booking/sessions-page';
import { OutboxPage } from '../features/outbox/outbox-page';
import { EventsPage } from '../features/events/events-page';
import { EventPage } from '../features/events/event-page';
import { ParticipantsPage } from '../features/events/participants-page';
import { AgendaPage } from '../features/events/agenda-page';
import { SchedulePage } from '../features/events/schedule-page';
import {
  EditEventPage,
  NewEventPage,
} from '../features/events/event-form-page';
import { EventRequestsPage } from '../features/events/requests-page';
import { AppShell } from './app-shell';
import { NotFoundPage } from './not-found-page';
import { RequireAuth, RequireRole, RequireSignedOut } from './route-guards';

const STAFF: readonly Role[] = ['manager', 'admin'];

/** A signed-in page, optionally limited to some roles (the API enforces the same rule). */
function signedIn(page: ReactNode, roles?: readonly Role[]) {
  return (
    <RequireAuth>
      {roles ? <RequireRole roles={roles}>{page}</RequireRole> : page}
    </RequireAuth>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route
          path="/sign-in"
          element={
            <RequireSignedOut>
              <SignInPage />
            </RequireSignedOut>
          }
        />
        <Route
          path="/register"
          element={
            <RequireSignedOut>
              <RegisterPage />
            </RequireSignedOut>
          }
        />
        <Route index element={signedIn(<HomePage />)} />
        <Route path="/mentors" element={signedIn(<MentorsPage />)} />
        <Route path="/mentors/:id" element={signedIn(<MentorPage />)} />
        <Route
          path="/startups"
          element={signedIn(<StartupsPage />, ['mentor', ...STAFF])}
        />
        <Route path="/startups/:id" element={signedIn(<StartupPage />)} />
        <Route
          path="/me/startup"
          element={signedIn(<MyStartupPage />, ['founder'])}
        />
        <Route
          path="/me/mentor-profile"
          element={signedIn(<MyMentorProfilePage />, ['mentor'])}
        />
        <Route path="/vetting" element={signedIn(<VettingPage />, STAFF)} />
        <Route path="/imports" element={signedIn(<ImportsPage />, STAFF)} />
        <Route
          path="/find-a-mentor"
          element={signedIn(<FindMentorPage />, ['founder'])}
        />
        <Route
          path="/requests"
          element={signedIn(<RequestsPage />, ['founder', 'mentor'])}
        />
        <Route path="/mentorships" element={signedIn(<MentorshipsPage />)} />
        <Route path="/mentorships/:id" element={signedIn(<MentorshipPage />)} />
        <Route
          path="/mentorships/:id/book"
          element={signedIn(<BookSessionPage />, ['founder'])}
        />
        <Route
          path="/availability"
          element={signedIn(<AvailabilityPage />, ['mentor'])}
        />
        <Route path="/sessions" element={signedIn(<SessionsPage />)} />
        <Route path="/sessions/:id" element={signedIn(<SessionPage />)} />
        <Route path="/outbox" element={signedIn(<OutboxPage />)} />
        <Route path="/messages" element={signedIn(<MessagesPage />)} />
        <Route path="/messages/:id" element={signedIn(<ConversationPage />)} />
        <Route path="/cohorts" element={signedIn(<CohortsPage />, STAFF)} />
        <Route
          path="/cohorts/:id"
          element={signedIn(<CohortRunPage />, STAFF)}
        />
        <Route path="/events" element={signedIn(<EventsPage />)} />
        <Route path="/events/new" element={signedIn(<NewEventPage />, STAFF)} />
        <Route path="/events/:id" element={signedIn(<EventPage />)} />
        <Route
          path="/events/:id/edit"
          element={signedIn(<EditEventPage />, STAFF)}
        />
        <Route
          path="/events/:id/participants"
          element={signedIn(<ParticipantsPage />)}
        />
        <Route
          path="/events/:id/requests"
          element={signedIn(<EventRequestsPage />)}
        />
        <Route path="/events/:id/agenda" element={signedIn(<AgendaPage />)} />
        <Route
          path="/events/:id/schedule"
          element={signedIn(<SchedulePage />, STAFF)}
        />
        <Route path="/parks" element={signedIn(<ParksPage />)} />
        <Route path="/settings" element={signedIn(<SettingsPage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
