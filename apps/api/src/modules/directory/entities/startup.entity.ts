import type { LanguageCode, MarketDirectionCode, SectorCode, StageCode, TopicCode } from '@torchbridge/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A tenant SME of an incubator. */
@Entity({ name: 'startups' })
export class StartupEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  nameEn!: string;

  @Column({ type: 'text' })
  nameZh!: string;

  @Column({ type: 'uuid' })
  incubatorId!: string;

  @Column({ type: 'text', array: true })
  sectors!: SectorCode[];

  @Column({ type: 'text' })
  stage!: StageCode;

  @Column({ type: 'int' })
  foundedYear!: number;

  @Column({ type: 'int' })
  teamSize!: number;

  @Column({ type: 'text', array: true })
  languages!: LanguageCode[];

  @Column({ type: 'text' })
  timeZone!: string;

  @Column({ type: 'text' })
  marketDirection!: MarketDirectionCode;

  /** ISO 3166-1 alpha-2 codes. */
  @Column({ type: 'text', array: true })
  targetMarkets!: string[];

  @Column({ type: 'text', array: true })
  needs!: TopicCode[];

  @Column({ type: 'text' })
  pitchEn!: string;

  @Column({ type: 'text' })
  pitchZh!: string;

  @Column({ type: 'boolean' })
  highTechEnterprise!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
