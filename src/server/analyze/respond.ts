/** Sends a report in the format asked for, with the CLI's renderers; the HTML page gets its own strict CSP. */
import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { CSS } from '../../render/html-css.ts';
import { renderHtml } from '../../render/html.ts';
import { renderMarkdown } from '../../render/markdown.ts';
import { renderText } from '../../render/text.ts';
import type { Report } from '../../report/schema.ts';

/**
 * The HTML report inlines its stylesheet and has no script, so its page may load nothing at all except
 * that one <style> block, allowed by hash rather than by 'unsafe-inline'.
 */
export const REPORT_PAGE_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(CSS).digest('base64')}'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

/** Sends the report as JSON, HTML, Markdown or plain text. */
export const sendReport = (reply: FastifyReply, report: Report, format: string): FastifyReply => {
  if (format === 'html')
    return reply
      .header('content-security-policy', REPORT_PAGE_CSP)
      .type('text/html; charset=utf-8')
      .send(renderHtml(report));
  if (format === 'md') return reply.type('text/markdown; charset=utf-8').send(renderMarkdown(report));
  if (format === 'text')
    return reply.type('text/plain; charset=utf-8').send(renderText(report, { color: false, width: 100 }));
  return reply.type('application/json; charset=utf-8').send(report);
};
