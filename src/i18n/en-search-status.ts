/** English text of search (header box, search page, results) and of status (banner, notices, known-error facts). */
export const enSearchStatus = {
	// Site header (src/components/SiteHeader.astro)
	'header.nav': 'Main',
	'header.nav.knownErrors': 'Known issues',
	'header.nav.articles': 'Articles',
	'header.nav.topics': 'Topics',
	'header.nav.policies': 'Policies',
	'header.nav.status': 'Status',
	'header.search.label': 'Search help articles',
	'header.search.placeholder': 'Search help',
	// Search boxes and the search page (SearchBox.astro, src/pages/search/index.astro, kb-search-page.ts)
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
	// The status page (src/pages/status/index.astro)
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
} as const;
