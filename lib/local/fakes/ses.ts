// Amazon SES API v2 SendEmail, locally: `POST /fake/ses/v2/email/outbound-emails`, REST-JSON exactly as
// @aws-sdk/client-sesv2 sends it when AWS_ENDPOINT_URL_SESV2 points at `{origin}/fake/ses`. It wants a
// SigV4 authorization header (it does not check the signature: local credentials are fake, but an
// unsigned request means the client is not the SDK), checks the Simple-content shape SES requires, and
// records subject + text body in the outbox as `agent:email`.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from '../routes';
import { type Json, reply } from './http';
import { type FailureScript, type Outbox, retryAfterHeaders } from './state';

const SEND_EMAIL_PATH = '/fake/ses/v2/email/outbound-emails';
const MAX_RECIPIENTS = 50;
const ADDRESS = /^[^\s@,<>]+@[^\s@,<>]+\.[^\s@,<>]+$/;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** SES's own error names for the statuses tests script (the SDK turns them into typed exceptions). */
function scriptedError(status: number): string {
  if (status === 429) return 'TooManyRequestsException';
  if (status === 403) return 'AccessDeniedException';
  if (status >= 500) return 'InternalFailure';
  return 'BadRequestException';
}

function sesError(res: ServerResponse, status: number, type: string, message: string, headers = {}) {
  return reply(res, status, { message }, { 'x-amzn-errortype': type, ...headers });
}

/** What SES would refuse in a SendEmail request with Simple content, or undefined. */
export function sendEmailRequestError(body: unknown): string | undefined {
  if (!isObject(body)) return 'The request body is not a JSON object';
  if (typeof body.FromEmailAddress !== 'string' || !ADDRESS.test(body.FromEmailAddress))
    return 'FromEmailAddress is missing or not an email address';
  const to = isObject(body.Destination) ? body.Destination.ToAddresses : undefined;
  if (!Array.isArray(to) || to.length === 0) return 'Destination.ToAddresses must list at least one address';
  if (to.length > MAX_RECIPIENTS) return `Recipient count exceeds ${MAX_RECIPIENTS}`;
  if (to.some((address) => typeof address !== 'string' || !ADDRESS.test(address)))
    return 'Destination.ToAddresses holds something that is not an email address';
  const simple = isObject(body.Content) ? body.Content.Simple : undefined;
  if (!isObject(simple)) return 'Content.Simple is required (this fake sends no Raw or Template messages)';
  const subject = isObject(simple.Subject) ? simple.Subject.Data : undefined;
  if (typeof subject !== 'string' || !subject) return 'Content.Simple.Subject.Data is required';
  if (/[\r\n]/.test(subject)) return 'The subject must be one line';
  const part = (name: 'Text' | 'Html') => {
    const value = isObject(simple.Body) ? simple.Body[name] : undefined;
    return isObject(value) && typeof value.Data === 'string' ? value.Data : undefined;
  };
  if (part('Text') === undefined && part('Html') === undefined)
    return 'Content.Simple.Body needs a Text or an Html part';
  return undefined;
}

export function createFakeSes(options: { outbox: Outbox; failures: FailureScript }) {
  const route = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    if (!url.pathname.startsWith('/fake/ses/')) return false;
    if (url.pathname !== SEND_EMAIL_PATH || req.method !== 'POST')
      return sesError(res, 404, 'NotFoundException', 'This fake serves only SendEmail');
    const raw = (await readBody(req)).toString('utf8');
    if (!String(req.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256'))
      return sesError(res, 403, 'MissingAuthenticationTokenException', 'Missing Authentication Token');
    const scripted = options.failures.take('agent:email');
    if (scripted)
      return sesError(
        res,
        scripted.status,
        scriptedError(scripted.status),
        'scripted failure',
        retryAfterHeaders(scripted),
      );
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return sesError(res, 400, 'BadRequestException', 'The request body is not JSON');
    }
    const problem = sendEmailRequestError(body);
    if (problem) return sesError(res, 400, 'BadRequestException', problem);
    const request = body as {
      Destination: { ToAddresses: string[] };
      Content: { Simple: { Subject: { Data: string }; Body: { Text?: { Data: string } } } };
    };
    const simple = request.Content.Simple;
    options.outbox.add({
      channel: 'agent:email',
      to: request.Destination.ToAddresses.join(', '),
      text: `${simple.Subject.Data}\n\n${simple.Body.Text?.Data ?? ''}`.trim(),
      raw: body,
      kind: 'email',
    });
    return reply(res, 200, { MessageId: `local-${randomUUID()}` });
  };
  return { route };
}
