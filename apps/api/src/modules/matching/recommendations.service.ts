import { Inject, Injectable } from '@nestjs/common';
import type { MatchWeights, MentorCard, ReasonView, RecommendationView } from '@torchbridge/contracts';
import { localDate, MentorIndex, scorePair, StartupFacts } from '@torchbridge/domain';
import { cached, VERSIONED_CACHE, VersionedCache } from '../../common/cache/versioned-cache';
import { AppError } from '../../common/errors/app-error';
import type { AuthUser } from '../../common/http/auth-user';
import { ProfilesService } from '../directory';
import { MentorshipsService } from '../mentorships';
import { RecommendationQueryDto } from './dto/matching.dto';
import { MATCHING_CACHE, WeightsService } from './weights.service';

/** Founders whose startup facts are kept between directory changes; past this the memo starts afresh. */
const MAX_FOUNDERS = 10_000;

interface Snapshot {
  index: MentorIndex;
  cards: Map<string, MentorCard>;
  weights: MatchWeights;
}

/** A founder's best mentors. Mentors are held in memory as a compiled index, rebuilt when the directory or the weights change. */
@Injectable()
export class RecommendationsService {
  private snapshot?: { version: string; value: Promise<Snapshot> };
  private founders: { version: string; facts: Map<string, Promise<StartupFacts>> } = { version: '', facts: new Map() };

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
      const [startup, snapshot] = await Promise.all([this.startupOf(directory, viewer.id), this.current(directory, day)]);
      const date = localDate(startup.timeZone, new Date());
      return snapshot.index
        .rank(startup, limit, { date, allowRepeat }, snapshot.weights)
        .flatMap(({ mentor, score, reasons }) => {
          const card = snapshot.cards.get(mentor.id);
          return card ? [{ mentor: card, score, reasons }] : [];
        });
    });
  }

  /**
   * How well each startup fits one mentor, scored as recommendations are, for a mentor weighing requests: a full
   * mentor or a past pairing still gets a score; a startup the mentor cannot serve (no shared language, a conflict) none.
   */
  async fits(mentorId: string, startupIds: string[]): Promise<Map<string, { score: number; reasons: ReasonView[] }>> {
    const [startups, mentors, weights] = await Promise.all([this.profiles.startupFacts(startupIds), this.profiles.mentorFacts([mentorId]), this.weights.get()]);
    const mentor = mentors[0]?.facts;
    const fits = new Map<string, { score: number; reasons: ReasonView[] }>();
    if (!mentor) {
      return fits;
    }
    for (const startup of startups) {
      const result = scorePair({ ...startup, pastMentorIds: new Set() }, mentor, weights, {
        date: localDate(startup.timeZone, new Date()),
        allowRepeat: true,
        ignoreLoad: true,
      });
      if (result.eligible) {
        fits.set(startup.id, { score: result.score, reasons: result.reasons });
      }
    }
    return fits;
  }

  /**
   * The founder's startup with its past mentors. Both change only through writes that bump the directory version
   * (a saved startup, a mentorship started or ended), so, like the mentor index, they are kept per version.
   */
  private startupOf(directory: string, userId: string): Promise<StartupFacts> {
    if (this.founders.version !== directory || this.founders.facts.size >= MAX_FOUNDERS) {
      this.founders = { version: directory, facts: new Map() };
    }
    const memo = this.founders.facts;
    let facts = memo.get(userId);
    if (!facts) {
      facts = this.loadStartup(userId);
      memo.set(userId, facts);
      facts.catch(() => memo.delete(userId));
    }
    return facts;
  }

  private async loadStartup(userId: string): Promise<StartupFacts> {
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
