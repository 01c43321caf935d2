/** The queue routes in the OpenAPI document, derived from the zod shapes in schema.ts. */
import { jsonSchema, problem, ref } from '../openapi/parts.ts';
import { QueueAnswer, RetryAnswer } from './schema.ts';

/** Component schemas of the queue routes. */
export const QUEUE_SCHEMAS = (): Record<string, unknown> => ({
  QueueAnswer: jsonSchema(QueueAnswer),
  RetryAnswer: jsonSchema(RetryAnswer),
});

const refusals = {
  '401': problem('No or wrong admin token (HS_ADMIN_UNAUTHORIZED)'),
  '403': problem('The server has no --admin-token (HS_ADMIN_OFF)'),
  '404': problem('The server has no queue: start it with --redis (HS_NO_QUEUE)'),
  '503': problem('Redis does not answer (HS_REDIS_UNREACHABLE)'),
};

/** An admin operation answering 200 with one component schema, or one of the refusals. */
const adminOp = (
  operationId: string,
  summary: string,
  answer: string,
  description: string,
  common: Record<string, unknown>,
) => ({
  operationId,
  summary,
  security: [{ admin: [] }],
  responses: {
    '200': { description, content: { 'application/json': { schema: ref(answer) } } },
    ...refusals,
    ...common,
  },
});

/** Paths of the queue routes. */
export const QUEUE_PATHS = (common: Record<string, unknown>): Record<string, unknown> => ({
  '/v1/queue': {
    get: adminOp(
      'queueStatus',
      'The job queue (admin): jobs by state, throughput, the workers’ recent jobs, the failed jobs with their reasons',
      'QueueAnswer',
      'The queue now',
      common,
    ),
  },
  '/v1/queue/retry': {
    post: adminOp(
      'retryFailedJobs',
      'Move every failed job back to waiting (admin)',
      'RetryAnswer',
      'How many went back',
      common,
    ),
  },
});
