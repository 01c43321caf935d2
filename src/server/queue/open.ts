/** Opening the queue named by `hearsay serve --redis URL [--queue NAME]` for the admin view. */
import { connectCommand } from '../../queue/connection.ts';
import { DEFAULT_QUEUE } from '../../queue/jobs.ts';
import { type AdminQueue, redisQueue } from './service.ts';

/** Checks Redis answers (HS_BAD_REDIS_URL, HS_REDIS_UNREACHABLE otherwise) and returns the queue. */
export const openAdminQueue = async (redisUrl: string, name: string = DEFAULT_QUEUE): Promise<AdminQueue> => {
  (await connectCommand(redisUrl)).disconnect();
  return redisQueue(redisUrl, name);
};
