import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Queryable } from '../../common/events/domain-events';
import { BookingSnapshot, BookingViews } from './booking-views';

/** Sessions between a founder and a mentor: booking, the lifecycle after it, and readers for other code. */
@Injectable()
export class BookingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly views: BookingViews,
  ) {}

  /** The session as invites, mail and reminders need it; `booking.not_found` when it does not exist. */
  async snapshot(
    bookingId: string,
    runner: Queryable = this.db,
  ): Promise<BookingSnapshot> {
    const [snapshot] = await this.views.snapshots(
      [await this.views.row(bookingId, runner)],
      runner === this.db ? undefined : runner,
    );
    if (!snapshot) {
      throw new Error('A booking row gave no snapshot');
    }
    return snapshot;
  }
}
