import { Module } from '@nestjs/common';
import { UsersModule } from '../users';
import { DirectoryCache } from './directory-cache';
import { DirectoryController } from './directory.controller';
import { DirectoryService } from './directory.service';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';
import { MentorsController } from './mentors.controller';
import { MentorsService } from './mentors.service';
import { ProfilesService } from './profiles.service';
import { StartupsController } from './startups.controller';
import { StartupsService } from './startups.service';

@Module({
  imports: [UsersModule],
  controllers: [DirectoryController, MentorsController, StartupsController, ImportsController],
  providers: [DirectoryCache, DirectoryService, MentorsService, StartupsService, ImportsService, ProfilesService],
  exports: [ProfilesService],
})
export class DirectoryModule {}
