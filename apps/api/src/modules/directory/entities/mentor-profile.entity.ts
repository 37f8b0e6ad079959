import type {
  LanguageCode,
  MentorCategoryCode,
  SectorCode,
  StageCode,
  TopicCode,
  VettingState,
} from '@torchbridge/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'mentor_profiles' })
export class MentorProfileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  /** Copied from the user by a trigger so search covers it. */
  @Column({ type: 'text', insert: false, update: false })
  displayName!: string;

  @Column({ type: 'text' })
  category!: MentorCategoryCode;

  @Column({ type: 'text' })
  headlineEn!: string;

  @Column({ type: 'text' })
  headlineZh!: string;

  @Column({ type: 'text' })
  bioEn!: string;

  @Column({ type: 'text' })
  bioZh!: string;

  @Column({ type: 'text', array: true })
  sectors!: SectorCode[];

  @Column({ type: 'text', array: true })
  stages!: StageCode[];

  @Column({ type: 'text', array: true })
  topics!: TopicCode[];

  @Column({ type: 'text', array: true })
  languages!: LanguageCode[];

  @Column({ type: 'text' })
  timeZone!: string;

  @Column({ type: 'text' })
  country!: string;

  @Column({ type: 'text' })
  city!: string;

  /** Maximum active mentees. */
  @Column({ type: 'int' })
  capacity!: number;

  /** Active mentorships, kept by the mentorship service; capacity minus this is the free places. */
  @Column({ type: 'int', default: 0 })
  activeMentees!: number;

  @Column({ type: 'text' })
  status!: 'open' | 'paused';

  @Column({ type: 'date', nullable: true })
  pausedUntil!: string | null;

  /** Declared conflicts of interest: companies and funds. */
  @Column({ type: 'text', array: true })
  conflicts!: string[];

  @Column({ type: 'text' })
  vetting!: VettingState;

  @Column({ type: 'text', nullable: true })
  vettingReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  vettedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  vettedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
