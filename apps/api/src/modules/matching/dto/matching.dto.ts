import type { MatchWeights, RecommendationQuery } from '@torchbridge/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, Max, Min } from 'class-validator';
import { Optional, ToBoolean } from '../../../common/http/validators';

const weight = () => [IsInt({ message: '$property must be a whole number of points' }), Min(0, { message: '$property must not be negative' }), Max(100)];
const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));

export class WeightsDto implements MatchWeights {
  @ApiProperty() @apply(weight()) sector!: number;
  @ApiProperty() @apply(weight()) stage!: number;
  @ApiProperty() @apply(weight()) needs!: number;
  @ApiProperty() @apply(weight()) language!: number;
  @ApiProperty() @apply(weight()) overlap!: number;
  @ApiProperty() @apply(weight()) market!: number;
  @ApiProperty() @apply(weight()) load!: number;
}

export class RecommendationQueryDto implements RecommendationQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 10 }) @Optional() @Type(() => Number) @IsInt() @Min(1) @Max(50) limit?: number;
  @ApiPropertyOptional({ description: 'Include mentors the startup has worked with before' }) @Optional() @ToBoolean() @IsBoolean() allowRepeat?: boolean;
}
