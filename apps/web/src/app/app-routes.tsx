import { Route, Routes } from 'react-router-dom';
import { RegisterPage } from '../features/auth/register-page';
import { SignInPage } from '../features/auth/sign-in-page';
import { HomePage } from '../features/home/home-page';
import { ParksPage } from '../features/parks/parks-page';
import { SettingsPage } from '../features/settings/settings-page';
import { AppShell } from './app-shell';
import { NotFoundPage } from './not-found-page';
import { RequireAuth, RequireSignedOut } from './route-guards';

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
        <Route
          index
          element={
            <RequireAuth>
              <HomePage />
            </RequireAuth>
          }
        />
        <Route
          path="/parks"
          element={
            <RequireAuth>
              <ParksPage />
            </RequireAuth>
          }
        />
        <Route
          path="/settings"
          element={
            <RequireAuth>
              <SettingsPage />
            </RequireAuth>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
