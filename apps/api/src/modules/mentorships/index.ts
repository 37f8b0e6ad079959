export { MentorshipsModule } from './mentorships.module';
export { MentorshipRequestsService, type ProposeInput } from './mentorship-requests.service';
export { MentorshipsService, type MentorshipPair } from './mentorships.service';
