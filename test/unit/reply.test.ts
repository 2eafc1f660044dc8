import { describe, expect, test } from 'vitest';
import {
	buildReplyText,
	getWorkaroundFirstLine,
	getWorkaroundSection,
	toPlainText,
} from '../../src/lib/reply.ts';
import { en } from '../../src/i18n/en.ts';

const WORKAROUND = en['section.workaround'];
const LABELS = { status: en['reply.status'], workaround: en['reply.workaround'] };

const BODY = `## Workaround

<Steps>
<Step title="Open GlobalProtect">

On Windows, select the **GlobalProtect** icon. Then wait.

</Step>
</Steps>

## Symptoms

The VPN drops.
`;

describe('reply text', () => {
	test('the workaround section ends at the next heading', () => {
		expect(getWorkaroundSection(BODY, WORKAROUND)).toContain('Open GlobalProtect');
		expect(getWorkaroundSection(BODY, WORKAROUND)).not.toContain('The VPN drops');
		expect(getWorkaroundSection('## Fix\n\nDone.', WORKAROUND)).toBeUndefined();
	});

	test('its first line reads as plain text, step title first', () => {
		expect(getWorkaroundFirstLine(BODY, WORKAROUND)).toBe(
			'Open GlobalProtect: On Windows, select the GlobalProtect icon.',
		);
		expect(
			getWorkaroundFirstLine(
				'## Workaround\n\nUse [Outlook on the web](https://outlook.office.com) in Safari.\n',
				WORKAROUND,
			),
		).toBe('Use Outlook on the web in Safari.');
	});

	test('markdown and components become plain words', () => {
		expect(toPlainText('- **Bold** and `code` and <ErrorText text="0x1" /> and _it_')).toBe(
			'Bold and code and "0x1" and it',
		);
	});

	test('articles get title, summary and link; known errors also status and workaround', () => {
		expect(
			buildReplyText(
				{
					title: 'Reset your password',
					summary: 'Reset it yourself.',
					link: 'https://help.example.com/KB-1001',
				},
				LABELS,
			),
		).toBe('Reset your password\nReset it yourself.\nhttps://help.example.com/KB-1001');
		expect(
			buildReplyText(
				{
					title: 'VPN drops',
					summary: 'Use the London gateway.',
					link: 'https://help.example.com/KE-0040',
					status: 'Workaround available',
					workaround: 'Open GlobalProtect: select the icon.',
				},
				LABELS,
			),
		).toBe(
			'VPN drops\nUse the London gateway.\nStatus: Workaround available\nWorkaround: Open GlobalProtect: select the icon.\nhttps://help.example.com/KE-0040',
		);
	});
});
