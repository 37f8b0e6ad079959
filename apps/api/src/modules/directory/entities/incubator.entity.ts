import type { IncubatorKindCode } from '@torchbridge/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A technology business incubator (TBI) inside a park. */
@Entity({ name: 'incubators' })
export class IncubatorEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  nameEn!: string;

  @Column({ type: 'text' })
  nameZh!: string;

  @Column({ type: 'uuid' })
  parkId!: string;

  @Column({ type: 'text' })
  kind!: IncubatorKindCode;

  @Column({ type: 'text' })
  city!: string;

  @Column({ type: 'text' })
  country!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
