import type { Profile } from '../../../../shared/matching/profile';
import type {
  EligibleReply,
  FromMatchWorker,
  MatchReply,
  PageReply,
  Section,
  ToMatchWorker,
} from './match-protocol';

type Reply = MatchReply | PageReply | EligibleReply;

/**
 * The page's side of the matching worker. A new set of answers drops the replies still awaited
 * for older ones; a page of a section or the 対象 programs for a list are always answered.
 */
export class MatchClient {
  private readonly worker = new Worker(new URL('./match.worker.ts', import.meta.url), { type: 'module' });
  private counter = 0;
  private readonly waiting = new Map<
    number,
    { resolve: (reply: Reply) => void; reject: (error: Error) => void; match: boolean }
  >();

  constructor() {
    this.worker.onmessage = (event: MessageEvent<FromMatchWorker>) => {
      const message = event.data;
      const waiter = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if (message.type === 'failed') waiter?.reject(new Error(message.message));
      else waiter?.resolve(message);
    };
  }

  /** Starts reading the catalog, so a result asked for a minute later does not wait for it. */
  prepare(): void {
    this.worker.postMessage({ type: 'prepare' } satisfies ToMatchWorker);
  }

  match(profile: Profile, today: string, pageSize: number): Promise<MatchReply> {
    for (const [id, waiter] of this.waiting) if (waiter.match) this.waiting.delete(id);
    return this.request(
      { type: 'match', id: ++this.counter, profile, today, pageSize },
      true,
    ) as Promise<MatchReply>;
  }

  page(resultId: number, section: Section, offset: number, limit: number): Promise<PageReply> {
    return this.request({
      type: 'page',
      id: ++this.counter,
      resultId,
      section,
      offset,
      limit,
    }) as Promise<PageReply>;
  }

  eligible(resultId: number): Promise<EligibleReply> {
    return this.request({ type: 'eligible', id: ++this.counter, resultId }) as Promise<EligibleReply>;
  }

  private request(message: Exclude<ToMatchWorker, { type: 'prepare' }>, match = false): Promise<Reply> {
    return new Promise((resolve, reject) => {
      this.waiting.set(message.id, { resolve, reject, match });
      this.worker.postMessage(message);
    });
  }
}

/** One matching worker for the app: it keeps the catalog it read for the next answers. */
let shared: MatchClient | null = null;
export function matchClient(): MatchClient {
  shared ??= new MatchClient();
  return shared;
}
