import { parse } from 'node:querystring';

/** Interactive payload types Bolt can route. */
const PAYLOAD_TYPES = new Set([
  'block_actions', 'block_suggestion', 'interactive_message', 'dialog_submission', 'dialog_cancellation',
  'message_action', 'shortcut', 'view_submission', 'view_closed', 'workflow_step_edit',
]);

/**
 * Whether a verified request body is one Bolt can handle; the reason when it is not. Bolt would
 * otherwise wait 3 s for an ack no listener gives, then answer 404 and log an error.
 *
 * @example
 * unroutable('{"type":"event_callback","event":{"type":"app_mention"}}', 'application/json'); // null
 * unroutable('{"type":"mystery"}', 'application/json'); // 'unknown request type "mystery"'
 */
export function unroutable(raw: string, contentType: string | undefined): string | null {
  try {
    if (contentType?.startsWith('application/x-www-form-urlencoded')) {
      // The common case, a slash command, without parsing the form: Bolt parses it next anyway.
      if (/(?:^|&)command=%2F/.test(raw) && !/(?:^|&)payload=/.test(raw)) return null;
      const form = parse(raw);
      if (form.ssl_check === '1') return null;
      if (typeof form.payload === 'string') {
        const payload = JSON.parse(form.payload) as { type?: unknown };
        if (typeof payload !== 'object' || payload === null) return 'payload is not an object';
        return typeof payload.type === 'string' && PAYLOAD_TYPES.has(payload.type) ? null : `unknown payload type ${String(JSON.stringify(payload.type)).slice(0, 40)}`;
      }
      if (typeof form.command === 'string' && form.command.startsWith('/')) return null;
      return 'neither a command nor a payload';
    }
    if (contentType?.startsWith('application/json')) {
      const body = JSON.parse(raw) as { type?: unknown; event?: { type?: unknown } };
      if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'body is not an object';
      if (body.type === 'url_verification' || body.type === 'app_rate_limited') return null;
      if (body.type === 'event_callback') return typeof body.event?.type === 'string' ? null : 'event_callback without an event';
      return `unknown request type ${String(JSON.stringify(body.type)).slice(0, 40)}`;
    }
    return `unsupported content type ${JSON.stringify(contentType ?? '')}`;
  } catch {
    return 'malformed body';
  }
}
