import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { JOB_QUEUE, JobQueue } from '../../common/jobs/job-queue';
import { MentorshipRequestsService } from './mentorship-requests.service';

const EXPIRE_JOB = 'mentorships.expire-requests';

/** Every minute, requests left unanswered past their deadline expire. */
@Injectable()
export class RequestExpiryJob implements OnModuleInit {
  private readonly logger = new Logger(RequestExpiryJob.name);

  constructor(
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    private readonly requests: MentorshipRequestsService,
  ) {}

  async onModuleInit(): Promise<void> {
    this.jobs.register(EXPIRE_JOB, async () => {
      const expired = await this.requests.expireDue();
      if (expired > 0) {
        this.logger.log(`Expired ${expired} unanswered mentorship request(s)`);
      }
    });
    await this.jobs.enqueue(EXPIRE_JOB, {}, { jobId: EXPIRE_JOB, everyMs: 60_000 });
  }
}
