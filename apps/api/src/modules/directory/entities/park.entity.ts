import type { RegionCode } from '@torchbridge/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A national science & technology industrial park (STIP), or a hub outside China. */
@Entity({ name: 'parks' })
export class ParkEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Number in the Torch Programme's list of national parks; null for hubs added by managers. */
  @Column({ type: 'int', nullable: true })
  torchNo!: number | null;

  @Column({ type: 'text' })
  nameEn!: string;

  @Column({ type: 'text', nullable: true })
  nameZh!: string | null;

  @Column({ type: 'text' })
  city!: string;

  @Column({ type: 'text', nullable: true })
  province!: string | null;

  /** ISO 3166-1 alpha-2. */
  @Column({ type: 'text' })
  country!: string;

  @Column({ type: 'text' })
  region!: RegionCode;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
