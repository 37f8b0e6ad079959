export { DirectoryModule } from './directory.module';
export { mentorAccountSql, ProfilesService, type MentorAvailability, type MentorRef, type StartupProfileFacts, type StartupRef } from './profiles.service';
