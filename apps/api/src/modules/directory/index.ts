export { DirectoryModule } from './directory.module';
export { ProfilesService, type MentorAvailability, type MentorRef, type StartupProfileFacts, type StartupRef } from './profiles.service';
