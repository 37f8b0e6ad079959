import {
  Inject,
  Injectable,
  Logger,
  OnModuleDestroy,
  OnModuleInit,
} from '@nestjs/common';
import type Redis from 'ioredis';
import { createRedis } from '../../common/redis/redis.module';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import type { CommittedMessage } from './chat.service';

/** How long a message waits for an earlier one of its conversation that has not arrived yet. */
export const REORDER_WINDOW_MS = 1000;
/** Conversations whose last delivered seq an instance remembers; the least recently active are forgotten first. */
const MAX_CONVERSATIONS = 100_000;

interface Lane {
  /** Highest seq of the conversation handed to this instance's sockets. */
  last: number;
  /** Messages that arrived ahead of a missing earlier one, by seq. */
  held: Map<number, CommittedMessage>;
  timer?: NodeJS.Timeout;
}

/**
 * Carries committed messages to every instance, each of which hands them to its own sockets in sequence order per
 * conversation. Postgres numbers a conversation's messages in commit order, but two instances announce their own
 * commits independently: the instance that committed seq 5 may publish it after another instance published seq 6
 * (an event-loop stall or a GC pause between its commit and its publish). So every instance, the publisher too,
 * receives messages from one Redis channel, and a message that arrives ahead of an earlier one waits for it, at most
 * REORDER_WINDOW_MS (the earlier one's instance may have died before announcing it; clients then fetch the gap).
 * Without Redis (one instance) messages arrive in order and go straight through the same path.
 */
@Injectable()
export class ChatFanout implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('ChatFanout');
  private readonly channel: string;
  private pub?: Redis;
  private sub?: Redis;
  private readonly lanes = new Map<string, Lane>();
  private deliver: (committed: CommittedMessage) => void = () => undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.channel = `${config.REDIS_PREFIX}chat:messages`;
  }

  /** Where messages go once in order: this instance's sockets. */
  onDeliver(deliver: (committed: CommittedMessage) => void): void {
    this.deliver = deliver;
  }

  async onModuleInit(): Promise<void> {
    const url = this.config.REDIS_URL;
    if (!url) {
      return;
    }
    this.pub = createRedis(url, 'torchbridge-chat-pub', {
      autoPipelining: true,
    });
    this.sub = createRedis(url, 'torchbridge-chat-sub');
    this.sub.on('message', (channel: string, raw: string) => {
      if (channel !== this.channel) {
        return;
      }
      try {
        this.arrive(JSON.parse(raw) as CommittedMessage);
      } catch (error) {
        this.logger.error(
          `Message not delivered: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
      }
    });
    await this.sub.subscribe(this.channel);
  }

  async onModuleDestroy(): Promise<void> {
    for (const lane of this.lanes.values()) {
      clearTimeout(lane.timer);
    }
    const clients = [this.pub, this.sub].filter(
      (c): c is Redis => c !== undefined,
    );
    await Promise.all(clients.map((c) => c.quit().catch(() => c.disconnect())));
  }

  /** Sends a committed message to every instance (this one included); called in sequence order per conversation. */
  publish(committed: CommittedMessage): void {
    if (!this.pub) {
      this.arrive(committed);
      return;
    }
    // A failed publish loses only the push: members catch up by sequence.
    this.pub
      .publish(this.channel, JSON.stringify(committed))
      .catch((error: Error) =>
        this.logger.warn(`Message publish dropped: ${error.message}`),
      );
  }

  private arrive(committed: CommittedMessage): void {
    const { conversationId, seq } = committed.message;
    const lane = this.lanes.get(conversationId);
    if (!lane) {
      this.remember(conversationId, { last: seq, held: new Map() });
      this.deliver(committed);
      return;
    }
    // Re-inserted so the map's order runs from the least recently active conversation.
    this.lanes.delete(conversationId);
    this.lanes.set(conversationId, lane);
    if (seq <= lane.last) {
      // An older message announced again (a resend found it stored): clients keep each message once, by id.
      this.deliver(committed);
    } else if (seq === lane.last + 1) {
      lane.last = seq;
      this.deliver(committed);
      this.drain(lane);
    } else {
      lane.held.set(seq, committed);
      lane.timer ??= setTimeout(() => this.giveUp(lane), REORDER_WINDOW_MS);
    }
  }

  private drain(lane: Lane): void {
    for (
      let next = lane.held.get(lane.last + 1);
      next;
      next = lane.held.get(lane.last + 1)
    ) {
      lane.held.delete(lane.last + 1);
      lane.last += 1;
      this.deliver(next);
    }
    if (lane.held.size === 0 && lane.timer) {
      clearTimeout(lane.timer);
      lane.timer = undefined;
    }
  }

  /** The missing message never came: what waited goes out in order, and clients fetch the gap when they see it. */
  private giveUp(lane: Lane): void {
    lane.timer = undefined;
    const seqs = [...lane.held.keys()].sort((a, b) => a - b);
    for (const seq of seqs) {
      const committed = lane.held.get(seq) as CommittedMessage;
      lane.held.delete(seq);
      lane.last = Math.max(lane.last, seq);
      this.deliver(committed);
    }
  }

  private remember(conversationId: string, lane: Lane): void {
    if (this.lanes.size >= MAX_CONVERSATIONS) {
      for (const [id, old] of this.lanes) {
        if (old.held.size === 0) {
          this.lanes.delete(id);
          break;
        }
      }
    }
    this.lanes.set(conversationId, lane);
  }
}
