import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { UserView } from '@torchbridge/contracts';
import { DataSource } from 'typeorm';
import { VERSIONED_CACHE, VersionedCache } from '../../common/cache/versioned-cache';
import { toUserView } from '../auth/auth.service';
import { UserEntity } from '../auth/entities/user.entity';
import { UpdateMeDto } from './dto/update-me.dto';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(VERSIONED_CACHE) private readonly cache: VersionedCache,
  ) {}

  async get(id: string): Promise<UserView> {
    const user = await this.db.getRepository(UserEntity).findOneBy({ id });
    if (!user) {
      throw new NotFoundException('Your account no longer exists');
    }
    return toUserView(user);
  }

  async update(id: string, dto: UpdateMeDto): Promise<UserView> {
    const changes = Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined));
    if (Object.keys(changes).length > 0) {
      await this.db.getRepository(UserEntity).update({ id }, changes);
      if (dto.displayName !== undefined) {
        // Mentors are searched by name.
        await this.cache.invalidate('directory');
      }
    }
    return this.get(id);
  }
}
