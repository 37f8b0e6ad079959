import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { JOB_QUEUE, JobQueue } from '../../common/jobs/job-queue';
import { RemindersService } from './reminders.service';

const REMIND_JOB = 'bookings.send-reminders';
/** A reminder goes out at most this late after its due time. */
export const REMINDER_SWEEP_MS = 30_000;

/**
 * Sweeps for due reminders every 30 seconds: a BullMQ job scheduler when clustered (one instance runs each sweep),
 * a timer on each instance otherwise. What is due lives in the database, so a restart loses nothing.
 */
@Injectable()
export class RemindersJob implements OnModuleInit {
  private readonly logger = new Logger(RemindersJob.name);

  constructor(
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    private readonly reminders: RemindersService,
  ) {}

  async onModuleInit(): Promise<void> {
    this.jobs.register(REMIND_JOB, async () => {
      const sent = await this.reminders.sweep();
      if (sent > 0) {
        this.logger.log(`Sent ${sent} session reminder(s)`);
      }
    });
    await this.jobs.enqueue(
      REMIND_JOB,
      {},
      { jobId: REMIND_JOB, everyMs: REMINDER_SWEEP_MS },
    );
  }
}
