import { Injectable } from '@nestjs/common';
import { EventEmitter } from 'node:events';

/** Things that happened, published by services after they commit and consumed by gateways and jobs. */
export interface DomainEventMap {
  'session.ended': { userId: string; sessionId: string };
  'mentorship.started': { mentorshipId: string };
}

@Injectable()
export class DomainEvents {
  private readonly emitter = new EventEmitter();

  emit<K extends keyof DomainEventMap>(name: K, payload: DomainEventMap[K]): void {
    this.emitter.emit(name, payload);
  }

  on<K extends keyof DomainEventMap>(name: K, listener: (payload: DomainEventMap[K]) => void): () => void {
    this.emitter.on(name, listener);
    return () => this.emitter.off(name, listener);
  }
}
