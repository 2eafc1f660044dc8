/** English text of the pages and layouts (src/pages/, src/layouts/, NotFound, TranslationNotice). */
export const enPages = {
	'page.skip': 'Skip to content',
	'nav.home': 'Home',
	// Home
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
	// Lists
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
	// Entry pages
	'entry.updated': 'Updated',
	'entry.appliesTo': 'Applies to',
	'entry.owner': 'Maintained by',
	'entry.shortLink': 'Short link',
	'entry.related': 'Related help',
	'entry.copyLink': 'Copy link',
	'entry.copyReply': 'Copy reply',
	'policy.version': 'Version {version}, in effect from {date}.',
	// Copied reply text (src/lib/reply.ts)
	'reply.status': 'Status',
	'reply.workaround': 'Workaround',
	// Not found, redirects
	'notFound.title': 'Page not found',
	'notFound.heading': 'We could not find that page',
	'notFound.lead':
		'The link may be mistyped, or the page may have been removed. Search for what you need instead:',
	'notFound.home': 'Go to the home page',
	'redirect.moved': 'This page is now at {link}.',
} as const;
