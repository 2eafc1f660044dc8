import type { Message } from './format.ts';

/**
 * The portal's own text in English: the catalog every other language translates key by key, and the
 * one home of every label the portal, its feeds, its emails and the relay's tickets show. A key another
 * catalog lacks is a type error (`LanguageCatalog` below), and the build checks it too
 * (src/i18n/index.ts `getCatalog`). Counts are objects of plural forms, chosen by `Intl.PluralRules`.
 * The sections follow the other catalogs' order, so the files read side by side.
 */
export const en = {
	// Site header (src/components/SiteHeader.astro)
	'header.nav': 'Main',
	'header.nav.knownErrors': 'Known issues',
	'header.nav.articles': 'Articles',
	'header.nav.topics': 'Topics',
	'header.nav.policies': 'Policies',
	'header.nav.status': 'Status',
	'header.search.label': 'Search help articles',
	'header.search.placeholder': 'Search help',
	// Search boxes and the search page (SearchBox.astro, src/pages/[...lang]/search/index.astro, kb-search-page.ts)
	'search.submit': 'Search',
	'search.hint': 'Describe the problem in your own words, or paste the error message.',
	'search.resultsLabel': 'Search results',
	'search.title': 'Search',
	'search.description': 'Search every help article, known issue and policy.',
	'search.heading': 'Search help',
	'search.label': 'Search for help',
	'search.filters.toggle': 'Filter results',
	'search.filters.legend': 'Filters',
	'search.filters.any': 'Any',
	'search.filters.type': 'Type',
	'search.filters.category': 'Topic',
	'search.filters.platform': 'Platform',
	'search.filters.device': 'Device',
	'search.filters.status': 'Known issue status',
	/** `{suggestion}` is the link to the corrected search. */
	'search.suggestion': 'Did you mean {suggestion}?',
	'search.more': 'Show more results',
	'search.help.heading': 'Still stuck?',
	/** `{link}` is the link whose text is `search.help.link`. */
	'search.help.text':
		'If none of these fit, the helpdesk can help: {link}. Your search is passed on, so you do not need to type it again.',
	'search.help.link': 'ask the helpdesk about this',
	'search.index.heading': 'All help, A to Z',
	'search.unavailable':
		'Search is not available right now. Browse the topics, or ask the helpdesk below.',
	'search.untranslated': '{language}, not translated yet',
	'search.noResults': 'No results for “{query}”.',
	'search.noResultsFiltered': 'No results for “{query}” with the chosen filters.',
	'search.noExactMatch': 'No exact match for “{query}”; these may help:',
	'search.noExactMatchFiltered':
		'No exact match for “{query}” with the chosen filters; these may help:',
	'search.resultCount': {
		one: '{count} result for “{query}”',
		other: '{count} results for “{query}”',
	},
	'search.resultCountFiltered': {
		one: '{count} result for “{query}” with the chosen filters',
		other: '{count} results for “{query}” with the chosen filters',
	},
	// Results as you type under the header's box (search-panel.ts)
	'search.panel.noResults': 'No results for {query}',
	'search.panel.resultCount': { one: '{count} result', other: '{count} results' },
	'search.panel.resultCountSuggestion': {
		one: '{count} result, including results for {suggestion}',
		other: '{count} results, including results for {suggestion}',
	},
	'search.panel.seeAll': { one: 'See all {count} results', other: 'See all {count} results' },
	'search.panel.tips': 'Search tips and help',
	'search.panel.openPage': 'Open the search page',
	// The status banner (StatusBanner.astro, kb-status-banner.ts)
	'banner.heading': 'Service status',
	/** `{level}` is a banner level ("Known issue"); a space and the item's title follow. */
	'banner.itemLevel': '{level}:',
	/** Read out when an item appears: `{level}` as in `banner.itemLevel`, `{title}` the item's title. */
	'banner.announce': '{level}: {title}',
	'banner.moreIssues': {
		one: '{count} more issue on the service status page',
		other: '{count} more issues on the service status page',
	},
	'banner.showMore': { one: 'Show {count} more', other: 'Show {count} more' },
	'banner.showLess': 'Show less',
	'banner.moreOnStatusPage': {
		one: '{count} more on the status page',
		other: '{count} more on the status page',
	},
	/** `{time}` is `10:42`, or `20 Nov, 10:42` when not today. */
	'banner.asOf': 'Status as of {time}',
	'banner.asOfStale':
		'Status as of {time}. This may be out of date: check again later or contact the helpdesk.',
	'banner.dismiss': 'Dismiss: {title}',
	// Notices on the status page (NoticeItem.astro)
	/** `{start}` is a date and time. */
	'notices.from': 'from {start}',
	/** `{end}` is a date and time; follows `notices.from`. */
	'notices.to': 'to {end}',
	'notices.details': 'Details',
	// A known error's facts and badges (KnownErrorFacts.astro, StatusBadge.astro, kb-next-update.ts)
	'facts.heading': 'Status of this issue',
	/** `{date}` is a date and time. */
	'facts.resolved': 'Resolved on {date}. If you still see this problem, contact the helpdesk.',
	'facts.status': 'Status',
	'facts.severity': 'Severity',
	'facts.affects': 'Affects',
	'facts.firstSeen': 'First seen',
	'facts.fixExpected': 'Fix expected',
	'facts.nextUpdate': 'Next update by',
	'facts.updateOverdue': 'Update overdue since',
	'facts.problemRecord': 'Problem record',
	'facts.recognise': 'How to recognise it',
	'facts.errorMessages': 'Error messages you may see:',
	/** Read before a severity badge by screen readers; a space and the severity follow. */
	'facts.badge.severity': 'Severity:',
	/** Read before a status badge by screen readers; a space and the status follow. */
	'facts.badge.status': 'Status:',
	// A known error's updates (Timeline.astro)
	'timeline.heading': 'Updates, newest first',
	// The status page (src/pages/[...lang]/status/index.astro)
	'statusPage.title': 'Service status',
	'statusPage.description': 'Outages, planned maintenance and known issues right now.',
	'statusPage.lead': 'What is down, what is planned and what we are working on. Times are in UTC.',
	'statusPage.now': 'Happening now',
	'statusPage.nowEmpty': 'Nothing is down or under maintenance right now.',
	'statusPage.upcoming': 'Coming up',
	'statusPage.upcomingEmpty': 'No maintenance is planned.',
	'statusPage.open': 'Open known issues ({count})',
	'statusPage.openEmpty': 'There are no open known issues.',
	'statusPage.resolved': 'Recently resolved',
	'statusPage.resolvedEmpty': 'Nothing has been resolved recently.',
	'statusPage.json': 'Status as JSON',
	'statusPage.feed': 'Known issues as an RSS feed',
	// The known-issues feed, in the portal's default language (src/pages/known-errors.xml.ts)
	/** `{services}` are the affected services, joined with commas. */
	'feed.title': '{portal}: known issues',
	'feed.description': 'Known IT issues at {organisation}, with their status and workarounds.',
	'feed.itemTitle': '{title} ({status})',
	'feed.facts': 'Status: {status}. Severity: {severity}. Affects: {services}.',
	'feed.latestUpdate': 'Latest update: {note}',
	// "Still stuck?": the handoff form (src/components/HandoffForm.astro, elements/kb-handoff.ts)
	'handoff.heading.collapsed': 'Still stuck? Ask the helpdesk',
	'handoff.heading.open': 'Tell the helpdesk what is wrong',
	/** `{email}` is a link to the helpdesk's email address. */
	'handoff.contact': 'You can always email {email}.',
	/** `{email}` and `{phone}` are links to the helpdesk's email address and phone number. */
	'handoff.contactWithPhone': 'You can always email {email} or call {phone}.',
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
	/** Shown by the form when its texts file could not be fetched (elements/handoff-texts.ts). */
	'handoff.textsMissing':
		"Part of this form's text could not be loaded. Nothing you typed is lost: check each field and send again, or email the helpdesk at the address above.",
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
	// Troubleshooter path: a walk through a troubleshooter handed to "Still stuck?" (src/lib/troubleshooter-run.ts):
	// handoff.tried.* fill the form in the reader's language; mail.* and ticket.* are the helpdesk's labels
	/** `{title}` is the troubleshooter's title, `{id}` its entry; the answers follow, one a line. */
	'handoff.tried.troubleshooter': 'I went through “{title}” on {id}:',
	/** One answered check: the question as shown, then the answer chosen. */
	'handoff.tried.troubleshooter.answer': '- {question} {answer}',
	/** `{title}` is the solution the reader tried. */
	'handoff.tried.troubleshooter.notSolved': 'I tried “{title}”: it did not help.',
	'handoff.tried.troubleshooter.solved': 'I tried “{title}”: it helped.',
	/** `{title}` is a solution only the helpdesk can carry out. */
	'handoff.tried.troubleshooter.contact': 'It ended at “{title}”, which the helpdesk has to do.',
	/** The path in the email and the ticket (src/lib/troubleshooter-run.ts formatTroubleshooterPath). */
	'mail.troubleshooter': 'Troubleshooter',
	/** `{id}` is the troubleshooter's id, `{entryId}` the entry it is in. */
	'mail.troubleshooter.which': '{id} in {entryId}',
	/** `{number}` counts the answers from 1; question and answer are in the reader's language. */
	'mail.troubleshooter.step': '{number}. {question} Answer: {answer}',
	'mail.troubleshooter.end': 'Ended at',
	/** `{step}` is the id of the step the run ended at. */
	'mail.troubleshooter.notSolved': '{step}, which did not solve the problem',
	'mail.troubleshooter.solved': '{step}, which solved the problem',
	/** A section heading of the ticket: no colon, it is underlined. */
	'ticket.troubleshooter': 'Troubleshooter path',
	// The relay's ticket, in the relay's language (src/relay/ticket.ts); it uses the mail.* labels above too
	/** A section heading of the ticket: no colon, it is underlined. */
	'ticket.summary': 'What is wrong',
	'ticket.details': 'More detail',
	'ticket.deviceAndPlatform': 'Device and platform',
	'ticket.requester': 'Requester',
	/** `{language}` is the BCP 47 tag of the page the request came from (`de`). */
	'ticket.replyIn': 'Reply in: {language}',
	'ticket.context': 'Added by the help portal',
	'ticket.noEntry': '(no entry)',
	'ticket.noSearch': '(no search)',
	'ticket.noneViewed': '(none)',
	'ticket.page': 'Page',
	'ticket.pageLanguage': 'Language of the page',
	'ticket.sent': 'Sent',
	/** `{reference}` is the relay's `REQ-…` reference; `{key}` the request's idempotency key. */
	'ticket.reference': 'Portal reference: {reference} (request {key})',
	'ticket.platformNotGiven': 'not given',
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
	// Troubleshooters: guided checks in an entry (src/components/mdx/Troubleshooter.astro and its steps)
	/** Above the first question of a troubleshooter, where a reader begins. */
	'troubleshooter.start': 'Start here',
	/** Before a question's reason (`why`), shown under the question. */
	'troubleshooter.why': 'Why we ask:',
	/** Under a solution only the helpdesk can carry out; `{handoff}` is `troubleshooter.contact.handoff`, a link to the "Still stuck?" form. */
	'troubleshooter.contact': 'Only the helpdesk can fix this. {handoff}',
	'troubleshooter.contact.handoff': 'Ask the helpdesk',
	/** Under a solution the reader carries out; `{handoff}` is `troubleshooter.solved.handoff`, a link to the "Still stuck?" form. */
	'troubleshooter.solved': 'Did this solve it? If not, {handoff}.',
	'troubleshooter.solved.handoff': 'ask the helpdesk',
	/** Under each solution: a link back to the first question. */
	'troubleshooter.restart': 'Back to the first question',
	// With scripts, one step at a time (src/components/elements/kb-troubleshooter.ts)
	'troubleshooter.yourAnswers': 'Your answers so far',
	'troubleshooter.back': 'Back',
	'troubleshooter.startOver': 'Start over',
	'troubleshooter.solved.question': 'Did this solve it?',
	'troubleshooter.solved.yes': 'Yes, it works now',
	'troubleshooter.solved.no': 'No, ask the helpdesk',
	'troubleshooter.solved.thanks': 'Good to hear. If it comes back, start over or ask the helpdesk.',
	// /help/ (src/pages/[...lang]/help/index.astro)
	'helpPage.title': 'Contact the helpdesk',
	'helpPage.description': 'How to reach the {organisation} IT helpdesk.',
	'helpPage.lead': 'If the help pages did not solve it, the helpdesk will.',
	/** `{query}` is what the reader searched for, in quotation marks. */
	'helpPage.query': 'You searched for {query}; it is already filled in below.',
	// /known-errors/ (src/pages/[...lang]/known-errors/index.astro)
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
	// Pages and layouts (src/pages/[...lang]/, src/layouts/)
	'page.skip': 'Skip to content',
	'nav.home': 'Home',
	// Home (src/pages/[...lang]/index.astro)
	'home.description':
		'Fix IT problems yourself, check known issues and contact the {organisation} helpdesk.',
	'home.heading': 'How can we help?',
	'home.searchLabel': 'Search for help',
	'home.known.heading': 'Known issues right now',
	'home.known.intro':
		'If your problem is listed here, we are already working on it: follow the workaround and there is no need to raise a ticket.',
	'home.known.none': 'There are no known issues at the moment.',
	'home.known.all': 'All known issues, including resolved ones',
	'home.start.heading': 'Start here',
	'home.start.all': 'All articles, by topic',
	'home.topics.heading': 'Browse by topic',
	'home.contact.heading': 'Contact the helpdesk',
	'home.contact.emailOrCall': 'Email {email} or call {phone}.',
	'home.contact.email': 'Email {email}.',
	'home.contact.hours': 'We answer {hours}.',
	'home.contact.advice':
		'Say what you were doing, the exact error message, which device you use and what you already tried: then nobody needs to ask you again.',
	// Lists (src/pages/[...lang]/articles/, policies/, categories/, ids/)
	'articles.title': 'All articles',
	'articles.description':
		'Every help article, by topic: step-by-step fixes and how-tos for work devices and your own.',
	'articles.lead': {
		one: 'Every help article, by topic ({count} in all). Type a few words to narrow the list; to search the text of every article and known issue, use {search}.',
		other:
			'Every help article, by topic ({count} in all). Type a few words to narrow the list; to search the text of every article and known issue, use {search}.',
	},
	'articles.lead.search': 'search',
	'articles.filter': 'Filter articles by title or topic',
	'policies.title': 'Policies',
	'policies.description': 'IT policies that say what the helpdesk supports and what it does not.',
	'policies.lead':
		'What the helpdesk supports, on which devices, and what is up to you, your carrier or the manufacturer.',
	'topics.title': 'Help topics',
	'topics.description': 'Every help topic, from passwords to printers.',
	'topic.known': 'Known issues',
	'topic.guides': 'Guides and policies',
	'topic.noGuides': 'There are no guides in this topic yet.',
	'topic.resolved': 'Resolved issues',
	'ids.title': 'All ids',
	'ids.description': "Every entry id with its type, title and status: the agents' lookup table.",
	'ids.lead':
		"Every entry and its short link. Paste {example} after the portal's address to open one.",
	'ids.filter': 'Filter by id, title or status',
	'ids.caption': 'Entry ids',
	'ids.column.id': 'Id',
	'ids.column.type': 'Type',
	'ids.column.title': 'Title',
	'ids.column.status': 'Status',
	// Entry pages (src/layouts/EntryLayout.astro)
	'entry.updated': 'Updated',
	'entry.appliesTo': 'Applies to',
	'entry.owner': 'Maintained by',
	'entry.shortLink': 'Short link',
	'entry.related': 'Related help',
	'entry.copyLink': 'Copy link',
	'entry.copyReply': 'Copy reply',
	'policy.version': 'Version {version}, in effect from {date}.',
	// Copied reply text (src/lib/reply.ts, from EntryLayout.astro)
	'reply.status': 'Status',
	'reply.workaround': 'Workaround',
	// Not found, redirects (NotFound.astro, src/pages/[...redirect].astro)
	'notFound.title': 'Page not found',
	'notFound.heading': 'We could not find that page',
	'notFound.lead':
		'The link may be mistyped, or the page may have been removed. Search for what you need instead:',
	'notFound.home': 'Go to the home page',
	'redirect.moved': 'This page is now at {link}.',
	// Entry types, statuses and severities (EntryLayout.astro, EntryList.astro, StatusBadge.astro, KnownErrorFacts.astro, Timeline.astro, the feed src/pages/known-errors.xml.ts)
	'type.article': 'Article',
	'type.known-error': 'Known error',
	'type.policy': 'Policy',
	'status.investigating': 'Investigating',
	'status.identified': 'Cause identified',
	'status.workaround': 'Workaround available',
	'status.fix-in-progress': 'Fix in progress',
	'status.monitoring': 'Fixed, monitoring',
	'status.resolved': 'Resolved',
	'severity.critical': 'Critical',
	'severity.major': 'Major',
	'severity.minor': 'Minor',
	// Notices and the banner (NoticeItem.astro, StatusBanner.astro, elements/status-messages.ts)
	'notice.info': 'Information',
	'notice.maintenance': 'Planned maintenance',
	'notice.degraded': 'Degraded service',
	'notice.outage': 'Outage',
	'banner.level.critical': 'Critical known issue',
	'banner.level.major': 'Known issue',
	'banner.level.minor': 'Known issue',
	// Platforms, devices and who supports what (EntryLayout.astro, mdx/Platform.astro, HandoffForm.astro, SupportMatrix.astro, the relay's src/relay/ticket.ts)
	'platform.windows': 'Windows',
	'platform.macos': 'macOS',
	'platform.linux': 'Linux',
	'platform.ios': 'iPhone and iPad',
	'platform.android': 'Android',
	'platform.web': 'Web browser',
	'platform.other': 'Something else',
	'device.corporate': 'Company device',
	'device.personal': 'Personal device (BYOD)',
	'route.helpdesk': 'IT helpdesk',
	'route.vendor': 'Manufacturer or shop',
	'route.carrier': 'Mobile carrier',
	'route.self-service': 'You (self-service)',
	'route.not-supported': 'Not supported',
	// How urgent a request is (HandoffForm.astro, src/lib/handoff.ts formatHandoffText, src/relay/ticket.ts)
	'urgency.blocked': 'I cannot work',
	'urgency.degraded': 'I can work, but slowly or with a workaround',
	'urgency.question': 'It is a question',
	// Languages (LanguagePicker.astro, TranslationNotice.astro)
	'language.picker': 'Language',
	'language.untranslated':
		'This page has not been translated yet, so it is shown in its original language.',
	'language.stale':
		'The original of this page was updated on {date}, after this translation was made, so some details here may be out of date.',
	'language.original': 'Read the original',
	// Known-error body sections, by their headings in this language (EntryLayout.astro, for src/lib/reply.ts)
	'section.workaround': 'Workaround',
	// ---- The relay's refusals, by the code it answers with (src/lib/handoff-refusal.ts, README
	// "Refusals"). Kept together here so that a reorganisation of the en*.ts files merges easily. ----
	'handoff.refused.origin':
		"The helpdesk's system only takes requests from its own help portal, so this one was not sent. Nothing you typed is lost: email it instead.",
	/** `{count}` is the number of seconds to wait. */
	'handoff.refused.rateLimited': {
		one: 'Too many requests from your network just now. Wait {count} second and try again; nothing you typed is lost.',
		other:
			'Too many requests from your network just now. Wait {count} seconds and try again; nothing you typed is lost.',
	},
	'handoff.refused.tooLarge':
		'The request is too large to send. Shorten the longest field, or email it instead; nothing you typed is lost.',
	'handoff.refused.unreadable':
		"The helpdesk's system could not read the request, so it was not sent. Nothing you typed is lost: try again, or email it instead.",
	'handoff.refused.invalidField':
		"The helpdesk's system did not accept what is in one of the fields. Nothing you typed is lost: check the form and try again, or email it instead.",
	/** `{field}` is the form's label of the field the helpdesk's system did not accept. */
	'handoff.refused.invalidFieldNamed':
		"The helpdesk's system did not accept what is in “{field}”. Nothing you typed is lost: check that field and try again, or email it instead.",
	'handoff.refused.outdated':
		'This page is out of date, so the helpdesk could not read the request. Nothing you typed is lost: reload the page and send it again, or email it instead.',
	'handoff.refused.automated':
		'This request looks automated, so it was not sent. Nothing you typed is lost: email it to the helpdesk instead.',
	'handoff.refused.wrongAddress':
		"The help portal sends requests to an address where the helpdesk's system does not take them. Nothing you typed is lost: email it instead, and let the helpdesk know.",
	'handoff.refused.storeFailed':
		"The helpdesk's system could not save the request, so nothing was sent. Nothing you typed is lost: try again in a moment, or email it instead.",
	/** Before what another ticket system said, shown apart as it sent it (often in English). */
	'handoff.refused.reply': "The helpdesk's system replied:",
	// ---- end of the relay's refusals ----
} as const;

export type MessageKey = keyof typeof en;

/** A language's text: every key of the English catalog. The other catalogs are typed with it. */
export type LanguageCatalog = Readonly<Record<MessageKey, Message>>;
