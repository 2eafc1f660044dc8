import { createTransport, type Transporter } from 'nodemailer';
import type { SettingsReader } from '../settings.ts';
import type { Ticket } from '../ticket.ts';
import type { Connector, ConnectorEntry } from './connector.ts';

/**
 * Any ticket system's mail intake, over SMTP (nodemailer). The mail is from the relay's sender with the
 * person as Reply-To, so the ticket system can treat them as the requester where it is set up to; the
 * payload rides along as `portal-request.json`. Its Message-ID is made from the request's reference:
 * a repeat after a crash carries the same one, which mail intakes use to drop duplicates. Mail has no
 * ticket number to give back; the person gets the reference, and the system's own reply.
 */
const PRIORITY = { high: 'high', normal: 'normal', low: 'low' } as const;

export function createEmailConnector(settings: EmailSettings, timeoutMs = 15_000): Connector {
	const url = new URL(settings.smtpUrl);
	const transport: Transporter = createTransport({
		host: url.hostname,
		port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587,
		secure: url.protocol === 'smtps:',
		...(url.username
			? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
			: {}),
		connectionTimeout: timeoutMs,
		greetingTimeout: timeoutMs,
		socketTimeout: timeoutMs,
	});
	const domain = settings.from.replace(/^.*@/, '').replace(/>.*$/, '') || 'help-portal.invalid';

	return {
		name: 'email',
		async create(ticket: Ticket) {
			await transport.sendMail({
				from: settings.from,
				to: settings.to,
				replyTo: ticket.requester.name
					? { name: ticket.requester.name, address: ticket.requester.email }
					: ticket.requester.email,
				subject: ticket.subject,
				text: ticket.body,
				messageId: `<${ticket.reference.toLowerCase()}.${ticket.idempotencyKey.replace(/[^A-Za-z0-9-]/g, '')}@${domain}>`,
				priority: PRIORITY[ticket.priority],
				headers: {
					'X-Help-Portal-Reference': ticket.reference,
					...(ticket.language ? { 'Content-Language': ticket.language } : {}),
				},
				attachments: [
					{
						filename: 'portal-request.json',
						content: JSON.stringify(ticket.payload, null, 2),
						contentType: 'application/json; charset=utf-8',
					},
				],
			});
			return null;
		},
		async check() {
			await transport.verify();
		},
		close() {
			transport.close();
		},
	};
}

export interface EmailSettings {
	connector: 'email';
	smtpUrl: string;
	to: string;
	from: string;
}

/** `KB_RELAY_SMTP_URL` (a secret: it may hold a password), `KB_RELAY_MAIL_TO`, `KB_RELAY_MAIL_FROM`. */
export function readEmailSettings(read: SettingsReader): EmailSettings {
	return {
		connector: 'email',
		smtpUrl: read.url(
			'KB_RELAY_SMTP_URL',
			'the SMTP server, e.g. smtps://user:password@mail.example.com',
			['smtp:', 'smtps:'],
		),
		to: read.email(
			'KB_RELAY_MAIL_TO',
			'the ticket system\u2019s intake address, e.g. helpdesk@example.com',
		),
		from: read.email('KB_RELAY_MAIL_FROM', 'the sender address the SMTP server accepts'),
	};
}

export const emailConnector: ConnectorEntry<EmailSettings> = {
	secrets: ['KB_RELAY_SMTP_URL'],
	readSettings: readEmailSettings,
	create: (settings, options) => createEmailConnector(settings, options.timeoutMs),
};
