/** English text of the handoff form, feedback, copying, lists, filters, the footer and the MDX components. */
export const enHelp = {
	// "Still stuck?": the handoff form (src/components/HandoffForm.astro, elements/kb-handoff.ts)
	'handoff.heading.collapsed': 'Still stuck? Ask the helpdesk',
	'handoff.heading.open': 'Tell the helpdesk what is wrong',
	/** `{email}` is a link to the helpdesk's email address. */
	'handoff.contact': 'You can always email {email}.',
	/** `{email}` and `{phone}` are links to the helpdesk's email address and phone number. */
	'handoff.contactWithPhone': 'You can always email {email} or call {phone}.',
	/** The site's opening hours, after how to reach the helpdesk; `{hours}` may hold its own brackets. */
	'handoff.hours': 'Opening hours: {hours}',
	'handoff.errorSummary.title': 'There is a problem',
	'handoff.legend': 'Your request',
	'handoff.intro': 'Tell us once, in full: then nobody needs to ask you again.',
	'handoff.draftNote': 'What you type is kept on this device until it is sent.',
	'handoff.draftNotKept':
		'This browser does not let the portal keep a draft: send it before you leave this page.',
	/** Shown after a field's label, in lighter text. */
	'handoff.optional': '(optional)',
	'handoff.summary.label': 'What is wrong?',
	'handoff.summary.hint': '(a few words)',
	'handoff.details.label': 'More detail',
	'handoff.errorMessage.label': 'Exact error message',
	'handoff.errorMessage.hint': '(paste it, if there is one)',
	'handoff.tried.label': 'What have you already tried?',
	/** Pre-filled in "What have you already tried?": the entry the reader came from. */
	'handoff.tried.followed': 'Followed {id} "{title}".',
	/** Pre-filled too: `{steps}` are the titles of the steps marked done, joined with "; ". */
	'handoff.tried.steps': 'Steps I did: {steps}.',
	'handoff.urgency.legend': 'How urgent is it?',
	'handoff.device.legend': 'Which device is it on?',
	'handoff.device.corporate': 'A company device',
	'handoff.device.personal': 'My own device (BYOD)',
	'handoff.platform.label': 'System',
	'handoff.platform.hint': '(we guessed from your browser; change it if wrong)',
	'handoff.platform.unsure': 'Not sure',
	'handoff.name.label': 'Your name',
	'handoff.email.label': 'Your work email address',
	/** The label of a field people never see (it catches programs that fill in every field). */
	'handoff.trap.label': 'Leave this empty',
	'handoff.send': 'Send to the helpdesk',
	'handoff.writeEmail': 'Write the email',
	'handoff.sending': 'Sending…',
	'handoff.retry': 'Try again',
	'handoff.emailInstead': 'Email it instead',
	'handoff.copyDetails': 'Copy details',
	'handoff.mailtoNote':
		'The email would be too long for your mail app, so it is shortened: use “Copy details” and paste the full text into it.',
	'handoff.mailtoOpened':
		'Your email app should open with everything filled in: check it and send it. If it does not open, use “Email it instead” or copy the details into an email.',
	// What the form says once the request is sent, or when it could not be (src/lib/handoff.ts)
	'handoff.sent.received':
		'Received. The ticket system is busy, so your ticket will be created shortly: its number follows by email.',
	'handoff.sent.receivedWithReference':
		'Received. Your reference is {reference}. The ticket system is busy, so your ticket will be created shortly: its number follows by email.',
	'handoff.sent.ticket': 'Sent. Your ticket number is {ticket}. The helpdesk will reply by email.',
	'handoff.sent.reference':
		'Sent. Your reference is {reference}. The helpdesk will reply by email.',
	'handoff.sent.plain': 'Sent. The helpdesk will reply by email.',
	/** `{status}` is the HTTP status code (400, 403, …). */
	'handoff.failed.refused':
		"The helpdesk's system did not accept the request ({status}). Nothing you typed is lost.",
	/** `{reason}` is the ticket system's own explanation, as it sent it. */
	'handoff.failed.refusedWithReason':
		"The helpdesk's system did not accept the request ({status}: {reason}). Nothing you typed is lost.",
	'handoff.failed.server':
		"The helpdesk's system had a problem (error {status}). Nothing you typed is lost: try again in a moment, or email it instead.",
	'handoff.failed.timeout':
		'The helpdesk did not answer within {seconds} seconds. Nothing you typed is lost: try again, or email it instead.',
	'handoff.failed.offline':
		'Could not reach the helpdesk: you may be offline. Nothing you typed is lost: try again, or email it instead.',
	// The form's checks (src/lib/handoff.ts validateHandoff, elements/handoff-errors.ts)
	'handoff.error.summary': 'Enter what is wrong, in a few words',
	'handoff.error.urgency': 'Select how urgent this is',
	'handoff.error.device': 'Select whether this is a company or a personal device',
	'handoff.error.emailMissing': 'Enter your email address, so the helpdesk can reply',
	'handoff.error.emailFormat':
		'Enter an email address in the correct format, like name@example.com',
	/** Before a field's error message, at the field. */
	'handoff.error.prefix': 'Error: {message}',
	// Hints while typing (elements/handoff-hints.ts)
	/** `{who}` is one of `handoff.route.*` below; `{how}` is the policy's own advice, a full sentence. */
	'handoff.route.note':
		'On a personal device, “{topic}” is handled by {who}. {how} You can still send this to the helpdesk if you need to.',
	'handoff.route.vendor': 'the manufacturer or the shop you bought it from',
	'handoff.route.carrier': 'your mobile carrier',
	'handoff.route.not-supported': 'nobody at the helpdesk: it is not supported',
	'handoff.route.policyLink': 'See the personal devices policy',
	'handoff.suggestions.title': 'These may help before you send:',
	/** `{link}` is a link to the known issue, its title as the link text. */
	'handoff.suggestions.known': 'This looks like {id}, a known issue: {link}.',
	'handoff.suggestions.meanwhile': 'Meanwhile: {workaround}',
	// The request as an email, and as "Copy details" copies it (src/lib/handoff.ts formatHandoffText)
	'mail.summary': 'Summary',
	'mail.urgency': 'How urgent',
	'mail.device': 'Device',
	'mail.device.corporate': 'Company device',
	'mail.device.personal': 'Personal device',
	'mail.platform': 'Platform',
	'mail.details': 'Details',
	'mail.errorMessage': 'Exact error message',
	'mail.tried': 'Already tried',
	'mail.name': 'Name',
	'mail.email': 'Email',
	/** In place of a field left empty. */
	'mail.notGiven': '(not given)',
	'mail.context': 'Context (added by the help portal):',
	'mail.cameFrom': 'Came from',
	'mail.searchedFor': 'Searched for',
	'mail.viewed': 'Known issues viewed',
	'mail.browser': 'Browser',
	'mail.language': 'Language',
	/** At the end of an email cut to fit a mail app; "Copy details" is `handoff.copyDetails`. */
	'mail.shortened':
		'[This email was shortened to fit. Paste the full text copied from the help portal ("Copy details") here.]',
	/** The subject of a request whose summary is empty. */
	'mail.subject.default': 'Help request',
	/** `{subject}` is the summary; `{id}` the entry the request was sent from. */
	'mail.subject.after': '{subject} (after {id})',
	// "Was this helpful?" (src/components/Feedback.astro, elements/kb-feedback.ts)
	'feedback.heading': 'Was this helpful?',
	'feedback.yes': 'Yes',
	'feedback.no': 'No, I am still stuck',
	'feedback.thanks': 'Thank you: glad it helped.',
	'feedback.sorry': 'Sorry it did not help. Tell the helpdesk below; this page is attached.',
	// Copy buttons (elements/kb-copy.ts, copy-feedback.ts, kb-anchor-links.ts, mdx/ErrorText.astro)
	'copy.label': 'Copy',
	'copy.copied': 'Copied',
	'copy.failed': 'Copy failed',
	'copy.status.copied': 'Copied to the clipboard',
	'copy.status.failed': 'Could not copy; select the text and copy it instead',
	'copy.link': 'Copy link',
	/** `{name}` is the heading or step whose link is copied. */
	'copy.linkTo': 'Copy link to: {name}',
	// Lists and filters (EntryList.astro, CategoryGrid.astro, elements/kb-list-filter.ts, kb-known-errors-filter.ts)
	'list.count': { one: '{count} entry', other: '{count} entries' },
	/** `{shown}` of `{count}`: the form follows `{count}`, the whole list. */
	'filter.count.entries': { one: '{shown} of {count} entry', other: '{shown} of {count} entries' },
	'filter.count.articles': {
		one: '{shown} of {count} article',
		other: '{shown} of {count} articles',
	},
	'filter.knownErrors.count': {
		one: '{count} known issue shown',
		other: '{count} known issues shown',
	},
	// Site footer (SiteFooter.astro)
	'footer.contact.heading': 'Contact the helpdesk',
	/** `{email}` is a link to the helpdesk's email address. */
	'footer.email': 'Email: {email}',
	/** `{phone}` is a link to the helpdesk's phone number. */
	'footer.phone': 'Phone: {phone}',
	'footer.hours': 'Opening hours: {hours}',
	'footer.more.heading': 'More help',
	'footer.knownErrors': 'Known issues and their workarounds',
	'footer.categories': 'All help topics',
	'footer.search': 'Search all help',
	'footer.runBy': '{portal} is run by the {organisation} IT helpdesk.',
	// Breadcrumbs (Breadcrumbs.astro)
	'breadcrumbs.label': 'Breadcrumb',
	// A policy's support matrix (SupportMatrix.astro)
	'matrix.heading': 'Who supports what',
	'matrix.topic': 'Topic',
	'matrix.who': 'Who helps',
	'matrix.how': 'What to do',
	/** The text of a row's link when the linked page has no title. */
	'matrix.moreInformation': 'More information',
	// Components authors use in MDX (src/components/mdx/)
	'mdx.callout.info': 'Note',
	'mdx.callout.warning': 'Warning',
	'mdx.callout.danger': 'Important',
	/** Read out before a callout's own title: `{type}` is one of `mdx.callout.*` above. */
	'mdx.callout.label': '{type}:',
	'mdx.platform.yours': 'Your device',
	/** Read out for the `#` link beside a step's title. */
	'mdx.step.link': 'Link to step: {title}',
	'mdx.step.done': 'I did this step',
	/** Read out after `mdx.step.done` (not shown), so each checkbox is named after its step. */
	'mdx.step.doneFor': ': {title}',
	// /help/ (src/pages/help/index.astro)
	'helpPage.title': 'Contact the helpdesk',
	'helpPage.description': 'How to reach the {organisation} IT helpdesk.',
	'helpPage.lead': 'If the help pages did not solve it, the helpdesk will.',
	/** `{query}` is what the reader searched for, in quotation marks. */
	'helpPage.query': 'You searched for {query}; it is already filled in below.',
	// /known-errors/ (src/pages/known-errors/index.astro)
	'knownErrorsPage.title': 'Known issues',
	'knownErrorsPage.description':
		'Problems the helpdesk already knows about, with workarounds and when to expect a fix.',
	'knownErrorsPage.lead':
		'Problems we already know about, with what to do meanwhile and when to expect a fix. If yours is here, there is no need to raise a ticket.',
	'knownErrorsPage.filter.label': 'Filter known issues',
	'knownErrorsPage.filter.show': 'Show',
	'knownErrorsPage.filter.all': 'Open and resolved',
	'knownErrorsPage.filter.open': 'Open only',
	'knownErrorsPage.filter.resolved': 'Resolved only',
	'knownErrorsPage.filter.service': 'Service',
	'knownErrorsPage.filter.allServices': 'All services',
	'knownErrorsPage.filter.apply': 'Apply',
	/** `{count}` is the number of open known issues (updated as the list is filtered). */
	'knownErrorsPage.open': 'Open ({count})',
	/** `{count}` is the number of resolved known issues (updated as the list is filtered). */
	'knownErrorsPage.resolved': 'Resolved ({count})',
	'knownErrorsPage.noneOpen': 'There are no open known issues.',
	'knownErrorsPage.noneResolved': 'Nothing has been resolved yet.',
} as const;
