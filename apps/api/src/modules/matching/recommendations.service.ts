import { Inject, Injectable } from '@nestjs/common';
import type { MatchWeights, MentorCard, RecommendationView } from '@torchbridge/contracts';
import { localDate, MentorIndex, StartupFacts } from '@torchbridge/domain';
import { cached, VERSIONED_CACHE, VersionedCache } from '../../common/cache/versioned-cache';
import { AppError } from '../../common/errors/app-error';
import type { AuthUser } from '../../common/http/auth-user';
import { ProfilesService } from '../directory';
import { MentorshipsService } from '../mentorships';
import { RecommendationQueryDto } from './dto/matching.dto';
import { MATCHING_CACHE, WeightsService } from './weights.service';

interface Snapshot {
  index: MentorIndex;
  cards: Map<string, MentorCard>;
  weights: MatchWeights;
}

/** A founder's best mentors. Mentors are held in memory as a compiled index, rebuilt when the directory or the weights change. */
@Injectable()
export class RecommendationsService {
  private snapshot?: { version: string; value: Promise<Snapshot> };

  constructor(
    @Inject(VERSIONED_CACHE) private readonly cache: VersionedCache,
    private readonly profiles: ProfilesService,
    private readonly mentorships: MentorshipsService,
    private readonly weights: WeightsService,
  ) {}

  async recommend(viewer: AuthUser, query: RecommendationQueryDto): Promise<RecommendationView[]> {
    const limit = query.limit ?? 10;
    const allowRepeat = query.allowRepeat ?? false;
    // Keyed by the founder and the directory's version, so a cached list costs no query; any directory write (their
    // startup and mentorships included), a weights change or a new day refreshes it.
    const day = new Date().toISOString().slice(0, 10);
    const directory = await this.profiles.version();
    return cached(this.cache, MATCHING_CACHE, `recommendations:${directory}:${viewer.id}:${day}:${limit}:${allowRepeat}`, async () => {
      const [startup, snapshot] = await Promise.all([this.startupOf(viewer.id), this.current(directory, day)]);
      const date = localDate(startup.timeZone, new Date());
      return snapshot.index
        .rank(startup, limit, { date, allowRepeat }, snapshot.weights)
        .flatMap(({ mentor, score, reasons }) => {
          const card = snapshot.cards.get(mentor.id);
          return card ? [{ mentor: card, score, reasons }] : [];
        });
    });
  }

  private async startupOf(userId: string): Promise<StartupFacts> {
    const startup = await this.profiles.founderStartupFacts(userId);
    if (!startup) {
      throw new AppError('recommendations.startup_required');
    }
    const pairs = await this.mentorships.pairs([startup.id]);
    return { ...startup, pastMentorIds: new Set(pairs.map((p) => p.mentorId)) };
  }

  /** The compiled mentor index for the current directory and weights; one rebuild is shared by concurrent requests. */
  private async current(directory: string, day: string): Promise<Snapshot> {
    // A new day can end a mentor's pause, so the snapshot is also rebuilt daily.
    const version = `${directory}:${await this.weights.version()}:${day}`;
    if (!this.snapshot || this.snapshot.version !== version) {
      const value = this.build();
      this.snapshot = { version, value };
      value.catch(() => {
        if (this.snapshot?.value === value) {
          this.snapshot = undefined;
        }
      });
    }
    return this.snapshot.value;
  }

  private async build(): Promise<Snapshot> {
    const [mentors, weights] = await Promise.all([this.profiles.openMentors(), this.weights.get()]);
    return {
      index: new MentorIndex(mentors.map((m) => m.facts)),
      cards: new Map(mentors.map((m) => [m.card.id, m.card])),
      weights,
    };
  }
}
