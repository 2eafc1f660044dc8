import type { LanguageCatalog } from './en.ts';

/** The portal's own text in Latvian. */
export const lv: LanguageCatalog = {
	// Site header (src/components/SiteHeader.astro)
	'header.nav': 'Galvenā izvēlne',
	'header.nav.knownErrors': 'Zināmās problēmas',
	'header.nav.articles': 'Raksti',
	'header.nav.topics': 'Tēmas',
	'header.nav.policies': 'Politikas',
	'header.nav.status': 'Statuss',
	'header.search.label': 'Meklēt palīdzības rakstos',
	'header.search.placeholder': 'Meklēt palīdzību',
	// Search boxes and the search page (SearchBox.astro, src/pages/[...lang]/search/index.astro, kb-search-page.ts)
	'search.submit': 'Meklēt',
	'search.hint': 'Aprakstiet problēmu saviem vārdiem vai ielīmējiet kļūdas ziņojumu.',
	'search.resultsLabel': 'Meklēšanas rezultāti',
	'search.title': 'Meklēšana',
	'search.description': 'Meklējiet visos palīdzības rakstos, zināmajās problēmās un politikās.',
	'search.heading': 'Meklēt palīdzību',
	'search.label': 'Meklēt palīdzību',
	'search.filters.toggle': 'Filtrēt rezultātus',
	'search.filters.legend': 'Filtri',
	'search.filters.any': 'Visi',
	'search.filters.type': 'Veids',
	'search.filters.category': 'Tēma',
	'search.filters.platform': 'Platforma',
	'search.filters.device': 'Ierīce',
	'search.filters.status': 'Zināmās problēmas statuss',
	'search.suggestion': 'Vai domājāt: {suggestion}?',
	'search.more': 'Rādīt vairāk rezultātu',
	'search.help.heading': 'Joprojām nepieciešama palīdzība?',
	'search.help.text':
		'Ja neviens no šiem rezultātiem neder, palīdzēs IT atbalsts: {link}. Jūsu meklēšanas vaicājums tiks nosūtīts līdzi, tāpēc tas nav jāraksta vēlreiz.',
	'search.help.link': 'aprakstiet savu problēmu',
	'search.index.heading': 'Visa palīdzība no A līdz Z',
	'search.unavailable':
		'Meklēšana pašlaik nav pieejama. Pārlūkojiet tēmas vai jautājiet IT atbalstam, izmantojot veidlapu zemāk.',
	'search.untranslated': '{language} valodā, vēl nav iztulkots',
	'search.noResults': 'Vaicājumam „{query}” nav rezultātu.',
	'search.noResultsFiltered': 'Vaicājumam „{query}” ar izvēlētajiem filtriem nav rezultātu.',
	'search.noExactMatch':
		'Precīzas atbilstības vaicājumam „{query}” nav; iespējams, noderēs šie rezultāti:',
	'search.noExactMatchFiltered':
		'Precīzas atbilstības vaicājumam „{query}” ar izvēlētajiem filtriem nav; iespējams, noderēs šie rezultāti:',
	'search.resultCount': {
		zero: '{count} rezultātu vaicājumam „{query}”',
		one: '{count} rezultāts vaicājumam „{query}”',
		other: '{count} rezultāti vaicājumam „{query}”',
	},
	'search.resultCountFiltered': {
		zero: '{count} rezultātu vaicājumam „{query}” ar izvēlētajiem filtriem',
		one: '{count} rezultāts vaicājumam „{query}” ar izvēlētajiem filtriem',
		other: '{count} rezultāti vaicājumam „{query}” ar izvēlētajiem filtriem',
	},
	// Results as you type under the header's box (search-panel.ts)
	'search.panel.noResults': 'Vaicājumam „{query}” nav rezultātu',
	'search.panel.resultCount': {
		zero: '{count} rezultātu',
		one: '{count} rezultāts',
		other: '{count} rezultāti',
	},
	'search.panel.resultCountSuggestion': {
		zero: '{count} rezultātu, ieskaitot rezultātus vaicājumam „{suggestion}”',
		one: '{count} rezultāts, ieskaitot rezultātus vaicājumam „{suggestion}”',
		other: '{count} rezultāti, ieskaitot rezultātus vaicājumam „{suggestion}”',
	},
	'search.panel.seeAll': {
		zero: 'Skatīt visus rezultātus ({count})',
		one: 'Skatīt visus rezultātus ({count})',
		other: 'Skatīt visus rezultātus ({count})',
	},
	'search.panel.tips': 'Meklēšanas padomi un palīdzība',
	'search.panel.openPage': 'Atvērt meklēšanas lapu',
	// The status banner (StatusBanner.astro, kb-status-banner.ts)
	'banner.heading': 'Pakalpojumu statuss',
	'banner.itemLevel': '{level}:',
	'banner.announce': '{level}: {title}',
	'banner.moreIssues': {
		zero: 'Vēl {count} problēmu pakalpojumu statusa lapā',
		one: 'Vēl {count} problēma pakalpojumu statusa lapā',
		other: 'Vēl {count} problēmas pakalpojumu statusa lapā',
	},
	'banner.showMore': {
		zero: 'Rādīt vēl {count}',
		one: 'Rādīt vēl {count}',
		other: 'Rādīt vēl {count}',
	},
	'banner.showLess': 'Rādīt mazāk',
	'banner.moreOnStatusPage': {
		zero: 'Vēl {count} statusa lapā',
		one: 'Vēl {count} statusa lapā',
		other: 'Vēl {count} statusa lapā',
	},
	'banner.asOf': 'Statuss atjaunināts: {time}',
	'banner.asOfStale':
		'Statuss atjaunināts: {time}. Informācija var būt novecojusi: pārbaudiet vēlreiz vēlāk vai sazinieties ar IT atbalstu.',
	'banner.dismiss': 'Aizvērt: {title}',
	// Notices on the status page (NoticeItem.astro)
	'notices.from': 'Sākums: {start}',
	'notices.to': '· Beigas: {end}',
	'notices.details': 'Sīkāk',
	// A known error's facts and badges (KnownErrorFacts.astro, StatusBadge.astro, kb-next-update.ts)
	'facts.heading': 'Šīs problēmas statuss',
	'facts.resolved':
		'Problēma atrisināta: {date}. Ja joprojām saskaraties ar šo problēmu, sazinieties ar IT atbalstu.',
	'facts.status': 'Statuss',
	'facts.severity': 'Nopietnība',
	'facts.affects': 'Skartie pakalpojumi',
	'facts.firstSeen': 'Pirmoreiz konstatēta',
	'facts.fixExpected': 'Paredzamais novēršanas laiks',
	'facts.nextUpdate': 'Nākamā atjauninājuma termiņš',
	'facts.updateOverdue': 'Atjauninājums kavējas, termiņš bija',
	'facts.problemRecord': 'Problēmas ieraksts',
	'facts.recognise': 'Kā to atpazīt',
	'facts.errorMessages': 'Iespējamie kļūdu ziņojumi:',
	'facts.badge.severity': 'Nopietnība:',
	'facts.badge.status': 'Statuss:',
	// A known error's updates (Timeline.astro)
	'timeline.heading': 'Informācijas atjauninājumi (jaunākie augšā)',
	// The status page (src/pages/[...lang]/status/index.astro)
	'statusPage.title': 'Pakalpojumu statuss',
	'statusPage.description':
		'Pašreizējie pakalpojumu pārtraukumi, plānotie apkopes darbi un zināmās problēmas.',
	'statusPage.lead': 'Kas nedarbojas, kas plānots un pie kā strādājam. Laiks norādīts pēc UTC.',
	'statusPage.now': 'Pašlaik notiek',
	'statusPage.nowEmpty': 'Pašlaik nav pakalpojumu pārtraukumu un nenotiek apkopes darbi.',
	'statusPage.upcoming': 'Drīzumā',
	'statusPage.upcomingEmpty': 'Apkopes darbi nav plānoti.',
	'statusPage.open': 'Neatrisinātās zināmās problēmas ({count})',
	'statusPage.openEmpty': 'Nav neatrisinātu zināmo problēmu.',
	'statusPage.resolved': 'Nesen atrisinātās',
	'statusPage.resolvedEmpty': 'Pēdējā laikā nekas nav atrisināts.',
	'statusPage.json': 'Statuss JSON formātā',
	'statusPage.feed': 'Zināmo problēmu RSS plūsma',
	// The known-issues feed, in the portal's default language (src/pages/known-errors.xml.ts)
	'feed.title': '{portal}: zināmās problēmas',
	'feed.description':
		'Zināmās IT problēmas uzņēmumā {organisation}, ar statusu un apiešanas risinājumiem.',
	'feed.itemTitle': '{title} ({status})',
	'feed.facts': 'Statuss: {status}. Nopietnība: {severity}. Skartie pakalpojumi: {services}.',
	'feed.latestUpdate': 'Pēdējais atjauninājums: {note}',

	// "Still stuck?": the handoff form (src/components/HandoffForm.astro, elements/kb-handoff.ts)
	'handoff.heading.collapsed': 'Joprojām nepieciešama palīdzība? Jautājiet IT atbalstam',
	'handoff.heading.open': 'Aprakstiet problēmu IT atbalstam',
	'handoff.contact': 'Varat arī rakstīt uz {email}.',
	'handoff.contactWithPhone': 'Varat arī rakstīt uz {email} vai zvanīt pa tālruni {phone}.',
	'handoff.errorSummary.title': 'Pārbaudiet ievadīto informāciju',
	'handoff.legend': 'Jūsu pieteikums',
	'handoff.intro': 'Aprakstiet visu uzreiz un pilnībā – tad nekas nebūs jāskaidro atkārtoti.',
	'handoff.draftNote': 'Ievadītais teksts tiek saglabāts šajā ierīcē, līdz to nosūtāt.',
	'handoff.draftNotKept':
		'Šī pārlūkprogramma neļauj portālam saglabāt melnrakstu: nosūtiet pieteikumu, pirms aizverat šo lapu.',
	'handoff.optional': '(neobligāti)',
	'handoff.summary.label': 'Kāda ir problēma?',
	'handoff.summary.hint': '(dažos vārdos)',
	'handoff.details.label': 'Sīkāka informācija',
	'handoff.errorMessage.label': 'Precīzs kļūdas ziņojums',
	'handoff.errorMessage.hint': '(ielīmējiet to, ja tāds ir)',
	'handoff.tried.label': 'Ko jau esat mēģinājuši?',
	'handoff.tried.followed': 'Izpildīju norādījumus: {id} „{title}”.',
	'handoff.tried.steps': 'Izpildītie soļi: {steps}.',
	'handoff.urgency.legend': 'Cik tas ir steidzami?',
	'handoff.device.legend': 'Kurā ierīcē ir problēma?',
	'handoff.device.corporate': 'Uzņēmuma ierīcē',
	'handoff.device.personal': 'Manā personīgajā ierīcē (BYOD)',
	'handoff.platform.label': 'Sistēma',
	'handoff.platform.hint':
		'(noteikta automātiski pēc jūsu pārlūkprogrammas; ja nav pareizi, izvēlieties citu)',
	'handoff.platform.unsure': 'Nezinu',
	'handoff.name.label': 'Jūsu vārds un uzvārds',
	'handoff.email.label': 'Jūsu darba e-pasta adrese',
	'handoff.trap.label': 'Atstājiet šo lauku tukšu',
	'handoff.send': 'Nosūtīt IT atbalstam',
	'handoff.writeEmail': 'Sagatavot e-pastu',
	'handoff.sending': 'Notiek sūtīšana…',
	'handoff.retry': 'Mēģināt vēlreiz',
	'handoff.emailInstead': 'Sūtīt pa e-pastu',
	'handoff.copyDetails': 'Kopēt informāciju',
	'handoff.mailtoNote':
		'Jūsu e-pasta lietotnei vēstule būtu par garu, tāpēc tā ir saīsināta: izmantojiet „Kopēt informāciju” un ielīmējiet vēstulē pilno tekstu.',
	'handoff.mailtoOpened':
		'Jūsu e-pasta lietotnē vajadzētu atvērties vēstulei ar jau aizpildītu informāciju: pārbaudiet to un nosūtiet. Ja tā neatveras, izmantojiet „Sūtīt pa e-pastu” vai nokopējiet informāciju un ielīmējiet to e-pasta vēstulē.',
	// What the form says once the request is sent, or when it could not be (src/lib/handoff.ts)
	'handoff.sent.received':
		'Saņemts. Pieteikumu sistēma pašlaik ir noslogota, tāpēc pieteikums tiks izveidots nedaudz vēlāk: tā numuru saņemsiet pa e-pastu.',
	'handoff.sent.receivedWithReference':
		'Saņemts. Jūsu atsauces numurs ir {reference}. Pieteikumu sistēma pašlaik ir noslogota, tāpēc pieteikums tiks izveidots nedaudz vēlāk: tā numuru saņemsiet pa e-pastu.',
	'handoff.sent.ticket':
		'Nosūtīts. Jūsu pieteikuma numurs ir {ticket}. IT atbalsts jums atbildēs pa e-pastu.',
	'handoff.sent.reference':
		'Nosūtīts. Jūsu atsauces numurs ir {reference}. IT atbalsts jums atbildēs pa e-pastu.',
	'handoff.sent.plain': 'Nosūtīts. IT atbalsts jums atbildēs pa e-pastu.',
	'handoff.failed.refused':
		'IT atbalsta sistēma nepieņēma pieteikumu ({status}). Nekas no ievadītā nav zudis.',
	'handoff.failed.refusedWithReason':
		'IT atbalsta sistēma nepieņēma pieteikumu ({status}: {reason}). Nekas no ievadītā nav zudis.',
	'handoff.failed.server':
		'IT atbalsta sistēmā radās problēma (kļūda {status}). Nekas no ievadītā nav zudis: pēc brīža mēģiniet vēlreiz vai nosūtiet pieteikumu pa e-pastu.',
	'handoff.failed.timeout':
		'IT atbalsta sistēma neatbildēja {seconds} sekunžu laikā. Nekas no ievadītā nav zudis: mēģiniet vēlreiz vai nosūtiet pieteikumu pa e-pastu.',
	'handoff.failed.offline':
		'Neizdevās sazināties ar IT atbalstu: iespējams, nav interneta savienojuma. Nekas no ievadītā nav zudis: mēģiniet vēlreiz vai nosūtiet pieteikumu pa e-pastu.',
	'handoff.textsMissing':
		'Neizdevās ielādēt daļu no šīs veidlapas tekstiem. Nekas no ievadītā nav zudis: pārbaudiet laukus un nosūtiet vēlreiz vai rakstiet IT atbalstam uz iepriekš norādīto adresi.',
	// The relay's refusals, by the code it answers with (src/lib/handoff-refusal.ts)
	'handoff.refused.origin':
		'IT atbalsta sistēma pieņem pieteikumus tikai no sava palīdzības portāla, tāpēc šis pieteikums netika nosūtīts. Nekas no ievadītā nav zudis: nosūtiet pieteikumu pa e-pastu.',
	/** `{count}` is the number of seconds to wait. */
	'handoff.refused.rateLimited': {
		zero: 'No jūsu tīkla tikko tika nosūtīts pārāk daudz pieteikumu. Mēģiniet vēlreiz pēc {count} sekundēm. Nekas no ievadītā nav zudis.',
		one: 'No jūsu tīkla tikko tika nosūtīts pārāk daudz pieteikumu. Mēģiniet vēlreiz pēc {count} sekundes. Nekas no ievadītā nav zudis.',
		other:
			'No jūsu tīkla tikko tika nosūtīts pārāk daudz pieteikumu. Mēģiniet vēlreiz pēc {count} sekundēm. Nekas no ievadītā nav zudis.',
	},
	'handoff.refused.tooLarge':
		'Pieteikums ir pārāk liels, lai to nosūtītu. Saīsiniet garāko lauku vai nosūtiet pieteikumu pa e-pastu. Nekas no ievadītā nav zudis.',
	'handoff.refused.unreadable':
		'IT atbalsta sistēma nevarēja nolasīt pieteikumu, tāpēc tas netika nosūtīts. Nekas no ievadītā nav zudis: mēģiniet vēlreiz vai nosūtiet pieteikumu pa e-pastu.',
	'handoff.refused.invalidField':
		'IT atbalsta sistēma nepieņēma kāda lauka saturu. Nekas no ievadītā nav zudis: pārbaudiet veidlapu un mēģiniet vēlreiz vai nosūtiet pieteikumu pa e-pastu.',
	'handoff.refused.invalidFieldNamed':
		'IT atbalsta sistēma nepieņēma lauka “{field}” saturu. Nekas no ievadītā nav zudis: pārbaudiet šo lauku un mēģiniet vēlreiz vai nosūtiet pieteikumu pa e-pastu.',
	'handoff.refused.outdated':
		'Šī lapa ir novecojusi, tāpēc IT atbalsts nevarēja nolasīt pieteikumu. Nekas no ievadītā nav zudis: pārlādējiet lapu un nosūtiet pieteikumu vēlreiz vai nosūtiet to pa e-pastu.',
	'handoff.refused.automated':
		'Šis pieteikums izskatās automātiski izveidots, tāpēc tas netika nosūtīts. Nekas no ievadītā nav zudis: nosūtiet pieteikumu IT atbalstam pa e-pastu.',
	'handoff.refused.wrongAddress':
		'Palīdzības portāls sūta pieteikumus uz adresi, kurā IT atbalsta sistēma tos nepieņem. Nekas no ievadītā nav zudis: nosūtiet pieteikumu pa e-pastu un pastāstiet par to IT atbalstam.',
	'handoff.refused.storeFailed':
		'IT atbalsta sistēma nevarēja saglabāt pieteikumu, tāpēc nekas netika nosūtīts. Nekas no ievadītā nav zudis: pēc brīža mēģiniet vēlreiz vai nosūtiet pieteikumu pa e-pastu.',
	/** Before what another ticket system said, shown apart as it sent it (often in English). */
	'handoff.refused.reply': 'IT atbalsta sistēmas atbilde:',
	// The form's checks (src/lib/handoff.ts validateHandoff, elements/handoff-errors.ts)
	'handoff.error.summary': 'Dažos vārdos aprakstiet problēmu',
	'handoff.error.urgency': 'Norādiet, cik tas ir steidzami',
	'handoff.error.device': 'Norādiet, vai tā ir uzņēmuma vai personīgā ierīce',
	'handoff.error.emailMissing':
		'Ievadiet savu e-pasta adresi, lai IT atbalsts varētu jums atbildēt',
	'handoff.error.emailFormat':
		'Ievadiet e-pasta adresi pareizā formātā, piemēram, vards@example.com',
	'handoff.error.prefix': 'Kļūda: {message}',
	// Hints while typing (elements/handoff-hints.ts); `{who}` is a whole clause here: see handoff.route.*
	'handoff.route.note':
		'Personīgajā ierīcē jautājumā „{topic}” {who}. {how} Ja nepieciešams, tomēr varat nosūtīt pieteikumu IT atbalstam.',
	'handoff.route.vendor': 'palīdzēs ražotājs vai veikals, kurā ierīci iegādājāties',
	'handoff.route.carrier': 'palīdzēs jūsu mobilo sakaru operators',
	'handoff.route.not-supported': 'IT atbalsts palīdzību nesniedz, jo tas netiek atbalstīts',
	'handoff.route.policyLink': 'Skatīt personīgo ierīču politiku',
	'handoff.suggestions.title': 'Pirms sūtāt pieteikumu, apskatiet šīs lapas – tās varētu palīdzēt:',
	'handoff.suggestions.known': 'Izskatās pēc zināmās problēmas {id}: {link}.',
	'handoff.suggestions.meanwhile': 'Pa to laiku: {workaround}',
	// The request as an email, and as "Copy details" copies it (src/lib/handoff.ts formatHandoffText)
	'mail.summary': 'Īss apraksts',
	'mail.urgency': 'Steidzamība',
	'mail.device': 'Ierīce',
	'mail.device.corporate': 'Uzņēmuma ierīce',
	'mail.device.personal': 'Personīgā ierīce',
	'mail.platform': 'Platforma',
	'mail.details': 'Sīkāka informācija',
	'mail.errorMessage': 'Precīzs kļūdas ziņojums',
	'mail.tried': 'Jau mēģināts',
	'mail.name': 'Vārds, uzvārds',
	'mail.email': 'E-pasts',
	'mail.notGiven': '(nav norādīts)',
	'mail.context': 'Konteksts (pievienoja palīdzības portāls):',
	'mail.cameFrom': 'Sūtīts no lapas',
	'mail.searchedFor': 'Meklēšanas vaicājums',
	'mail.viewed': 'Skatītās zināmās problēmas',
	'mail.browser': 'Pārlūkprogramma',
	'mail.language': 'Valoda',
	'mail.shortened':
		'[Šī vēstule tika saīsināta. Ielīmējiet šeit pilno tekstu, kas nokopēts palīdzības portālā („Kopēt informāciju”).]',
	'mail.subject.default': 'Palīdzības pieprasījums',
	'mail.subject.after': '{subject} (pēc {id})',
	// Troubleshooter path: a walk through a troubleshooter handed to "Still stuck?" (src/lib/troubleshooter-run.ts):
	// handoff.tried.* fill the form in the reader's language; mail.* and ticket.* are the helpdesk's labels
	'handoff.tried.troubleshooter': 'Izgāju problēmas novēršanas soļus „{title}” ({id}):',
	'handoff.tried.troubleshooter.answer': '- {question} {answer}',
	'handoff.tried.troubleshooter.notSolved': 'Izmēģināju „{title}”: tas nelīdzēja.',
	'handoff.tried.troubleshooter.solved': 'Izmēģināju „{title}”: tas palīdzēja.',
	'handoff.tried.troubleshooter.contact':
		'Nonācu līdz „{title}”, un to var izdarīt tikai IT atbalsts.',
	'mail.troubleshooter': 'Problēmas novēršana soli pa solim',
	'mail.troubleshooter.which': '{id} ({entryId})',
	'mail.troubleshooter.step': '{number}. {question} Atbilde: {answer}',
	'mail.troubleshooter.end': 'Beidzās pie',
	'mail.troubleshooter.notSolved': '{step}, problēma netika atrisināta',
	'mail.troubleshooter.solved': '{step}, problēma tika atrisināta',
	'ticket.troubleshooter': 'Problēmas novēršanas gaita',
	// The relay's ticket, in the relay's language (src/relay/ticket.ts); it uses the mail.* labels above too
	'ticket.summary': 'Kāda ir problēma',
	'ticket.details': 'Sīkāka informācija',
	'ticket.deviceAndPlatform': 'Ierīce un platforma',
	'ticket.requester': 'Pieteicējs',
	'ticket.replyIn': 'Atbildēt valodā: {language}',
	'ticket.context': 'Pievienoja palīdzības portāls',
	'ticket.noEntry': '(nav raksta)',
	'ticket.noSearch': '(nav meklēšanas)',
	'ticket.noneViewed': '(nav)',
	'ticket.page': 'Lapa',
	'ticket.pageLanguage': 'Lapas valoda',
	'ticket.sent': 'Nosūtīts',
	'ticket.reference': 'Portāla atsauce: {reference} (pieprasījums {key})',
	'ticket.platformNotGiven': 'nav norādīts',
	// "Was this helpful?" (src/components/Feedback.astro, elements/kb-feedback.ts)
	'feedback.heading': 'Vai šī informācija bija noderīga?',
	'feedback.yes': 'Jā',
	'feedback.no': 'Nē, problēma joprojām nav atrisināta',
	'feedback.thanks': 'Paldies! Priecājamies, ka tas palīdzēja.',
	'feedback.sorry':
		'Žēl, ka tas nepalīdzēja. Pastāstiet par to IT atbalstam, izmantojot veidlapu zemāk: saite uz šo lapu tiks pievienota automātiski.',
	// Copy buttons (elements/kb-copy.ts, copy-feedback.ts, kb-anchor-links.ts, mdx/ErrorText.astro)
	'copy.label': 'Kopēt',
	'copy.copied': 'Nokopēts',
	'copy.failed': 'Neizdevās nokopēt',
	'copy.status.copied': 'Nokopēts starpliktuvē',
	'copy.status.failed': 'Neizdevās nokopēt. Atlasiet tekstu un nokopējiet to manuāli.',
	'copy.link': 'Kopēt saiti',
	'copy.linkTo': 'Kopēt saiti: {name}',
	// Lists and filters (EntryList.astro, CategoryGrid.astro, elements/kb-list-filter.ts, kb-known-errors-filter.ts)
	'list.count': {
		zero: '{count} ierakstu',
		one: '{count} ieraksts',
		other: '{count} ieraksti',
	},
	'filter.count.entries': {
		zero: '{shown} no {count} ierakstiem',
		one: '{shown} no {count} ieraksta',
		other: '{shown} no {count} ierakstiem',
	},
	'filter.count.articles': {
		zero: '{shown} no {count} rakstiem',
		one: '{shown} no {count} raksta',
		other: '{shown} no {count} rakstiem',
	},
	'filter.knownErrors.count': {
		zero: 'Parādīts {count} zināmo problēmu',
		one: 'Parādīta {count} zināmā problēma',
		other: 'Parādītas {count} zināmās problēmas',
	},
	// Site footer (SiteFooter.astro)
	'footer.contact.heading': 'Sazināties ar IT atbalstu',
	'footer.email': 'E-pasts: {email}',
	'footer.phone': 'Tālrunis: {phone}',
	'footer.hours': 'Darba laiks: {hours}',
	'footer.more.heading': 'Papildu palīdzība',
	'footer.knownErrors': 'Zināmās problēmas un to apiešanas risinājumi',
	'footer.categories': 'Visas palīdzības tēmas',
	'footer.search': 'Meklēt visā palīdzībā',
	'footer.runBy': 'Portālu {portal} uztur uzņēmuma {organisation} IT atbalsts.',
	// Breadcrumbs (Breadcrumbs.astro)
	'breadcrumbs.label': 'Navigācijas ceļš',
	// A policy's support matrix (SupportMatrix.astro)
	'matrix.heading': 'Kas par ko atbild',
	'matrix.topic': 'Tēma',
	'matrix.who': 'Kas palīdz',
	'matrix.how': 'Kā rīkoties',
	'matrix.moreInformation': 'Plašāka informācija',
	// Components authors use in MDX (src/components/mdx/)
	'mdx.callout.info': 'Piezīme',
	'mdx.callout.warning': 'Brīdinājums',
	'mdx.callout.danger': 'Svarīgi',
	'mdx.callout.label': '{type}:',
	'mdx.platform.yours': 'Jūsu ierīce',
	'mdx.step.link': 'Saite uz soli: {title}',
	'mdx.step.done': 'Solis izpildīts',
	'mdx.step.doneFor': ': {title}',
	// Troubleshooters: guided checks in an entry (src/components/mdx/Troubleshooter.astro and its steps)
	'troubleshooter.start': 'Sāciet šeit',
	'troubleshooter.why': 'Kāpēc mēs jautājam:',
	'troubleshooter.contact': 'To var novērst tikai IT atbalsts. {handoff}',
	'troubleshooter.contact.handoff': 'Jautājiet IT atbalstam',
	'troubleshooter.solved': 'Vai tas palīdzēja? Ja ne, {handoff}.',
	'troubleshooter.solved.handoff': 'jautājiet IT atbalstam',
	'troubleshooter.restart': 'Atpakaļ uz pirmo jautājumu',
	'troubleshooter.yourAnswers': 'Jūsu atbildes līdz šim',
	'troubleshooter.back': 'Atpakaļ',
	'troubleshooter.startOver': 'Sākt no jauna',
	'troubleshooter.solved.question': 'Vai tas palīdzēja?',
	'troubleshooter.solved.yes': 'Jā, tagad darbojas',
	'troubleshooter.solved.no': 'Nē, jautāt IT atbalstam',
	'troubleshooter.solved.thanks':
		'Lieliski. Ja problēma atkārtojas, sāciet no jauna vai sazinieties ar IT atbalstu.',
	// /help/ (src/pages/[...lang]/help/index.astro)
	'helpPage.title': 'Sazināties ar IT atbalstu',
	'helpPage.description': 'Kā sazināties ar uzņēmuma {organisation} IT atbalstu.',
	'helpPage.lead': 'Ja palīdzības lapās risinājumu neatradāt, palīdzēs IT atbalsts.',
	'helpPage.query': 'Jūs meklējāt {query} – tas jau ir ievadīts veidlapā zemāk.',
	// /known-errors/ (src/pages/[...lang]/known-errors/index.astro)
	'knownErrorsPage.title': 'Zināmās problēmas',
	'knownErrorsPage.description':
		'Problēmas, par kurām IT atbalsts jau zina, ar apiešanas risinājumiem un paredzamo novēršanas laiku.',
	'knownErrorsPage.lead':
		'Problēmas, par kurām jau zinām: ko darīt pa to laiku un kad gaidīt risinājumu. Ja jūsu problēma ir šajā sarakstā, pieteikums nav jāreģistrē.',
	'knownErrorsPage.filter.label': 'Filtrēt zināmās problēmas',
	'knownErrorsPage.filter.show': 'Rādīt',
	'knownErrorsPage.filter.all': 'Neatrisinātās un atrisinātās',
	'knownErrorsPage.filter.open': 'Tikai neatrisinātās',
	'knownErrorsPage.filter.resolved': 'Tikai atrisinātās',
	'knownErrorsPage.filter.service': 'Pakalpojums',
	'knownErrorsPage.filter.allServices': 'Visi pakalpojumi',
	'knownErrorsPage.filter.apply': 'Lietot',
	'knownErrorsPage.open': 'Neatrisinātās ({count})',
	'knownErrorsPage.resolved': 'Atrisinātās ({count})',
	'knownErrorsPage.noneOpen': 'Nav neatrisinātu zināmo problēmu.',
	'knownErrorsPage.noneResolved': 'Vēl nekas nav atrisināts.',

	// Pages and layouts (src/pages/[...lang]/, src/layouts/)
	'page.skip': 'Pāriet uz saturu',
	'nav.home': 'Sākums',
	// Home (src/pages/[...lang]/index.astro)
	'home.description':
		'Atrisiniet IT problēmas paši, skatiet zināmās problēmas un sazinieties ar uzņēmuma {organisation} IT atbalstu.',
	'home.heading': 'Kā varam palīdzēt?',
	'home.searchLabel': 'Meklēt palīdzību',
	'home.known.heading': 'Aktuālās zināmās problēmas',
	'home.known.intro':
		'Ja jūsu problēma ir šajā sarakstā, mēs pie tās jau strādājam: izmantojiet apiešanas risinājumu, un pieteikums nav jāreģistrē.',
	'home.known.none': 'Pašlaik nav zināmu problēmu.',
	'home.known.all': 'Visas zināmās problēmas, arī atrisinātās',
	'home.start.heading': 'Sāciet šeit',
	'home.start.all': 'Visi raksti pa tēmām',
	'home.topics.heading': 'Pārlūkot pa tēmām',
	'home.contact.heading': 'Sazināties ar IT atbalstu',
	'home.contact.emailOrCall': 'Rakstiet uz {email} vai zvaniet pa tālruni {phone}.',
	'home.contact.email': 'Rakstiet uz {email}.',
	'home.contact.hours': 'Atbildam darba laikā: {hours}.',
	'home.contact.advice':
		'Norādiet, ko darījāt, precīzu kļūdas ziņojumu, kādu ierīci izmantojat un ko jau esat mēģinājuši – tad nekas nebūs jāskaidro atkārtoti.',
	// Lists (src/pages/[...lang]/articles/, policies/, categories/, ids/)
	'articles.title': 'Visi raksti',
	'articles.description':
		'Visi palīdzības raksti pa tēmām: soli pa solim aprakstīti risinājumi un pamācības darba ierīcēm un jūsu personīgajām ierīcēm.',
	'articles.lead': {
		zero: 'Visi palīdzības raksti pa tēmām (kopā {count}). Ierakstiet dažus vārdus, lai sašaurinātu sarakstu; lai meklētu visu rakstu un zināmo problēmu tekstā, izmantojiet {search}.',
		one: 'Visi palīdzības raksti pa tēmām (kopā {count}). Ierakstiet dažus vārdus, lai sašaurinātu sarakstu; lai meklētu visu rakstu un zināmo problēmu tekstā, izmantojiet {search}.',
		other:
			'Visi palīdzības raksti pa tēmām (kopā {count}). Ierakstiet dažus vārdus, lai sašaurinātu sarakstu; lai meklētu visu rakstu un zināmo problēmu tekstā, izmantojiet {search}.',
	},
	'articles.lead.search': 'meklēšanu',
	'articles.filter': 'Filtrēt rakstus pēc nosaukuma vai tēmas',
	'policies.title': 'Politikas',
	'policies.description': 'IT politikas, kas nosaka, ar ko IT atbalsts palīdz un ar ko ne.',
	'policies.lead':
		'Ar ko un kurās ierīcēs palīdz IT atbalsts un kas ir jūsu, jūsu mobilo sakaru operatora vai ražotāja ziņā.',
	'topics.title': 'Palīdzības tēmas',
	'topics.description': 'Visas palīdzības tēmas – no parolēm līdz printeriem.',
	'topic.known': 'Zināmās problēmas',
	'topic.guides': 'Pamācības un politikas',
	'topic.noGuides': 'Šajā tēmā vēl nav pamācību.',
	'topic.resolved': 'Atrisinātās problēmas',
	'ids.title': 'Visi ID',
	'ids.description':
		'Visu ierakstu ID ar veidu, nosaukumu un statusu: IT atbalsta speciālistu uzziņu tabula.',
	'ids.lead':
		'Visi ieraksti un to īsās saites. Lai atvērtu ierakstu, ielīmējiet {example} aiz portāla adreses.',
	'ids.filter': 'Filtrēt pēc ID, nosaukuma vai statusa',
	'ids.caption': 'Ierakstu ID',
	'ids.column.id': 'ID',
	'ids.column.type': 'Veids',
	'ids.column.title': 'Nosaukums',
	'ids.column.status': 'Statuss',
	// Entry pages (src/layouts/EntryLayout.astro)
	'entry.updated': 'Atjaunināts',
	'entry.appliesTo': 'Attiecas uz',
	'entry.owner': 'Uztur',
	'entry.shortLink': 'Īsā saite',
	'entry.related': 'Saistītā palīdzība',
	'entry.copyLink': 'Kopēt saiti',
	'entry.copyReply': 'Kopēt atbildi',
	'policy.version': 'Versija {version}. Spēkā no: {date}.',
	// Copied reply text (src/lib/reply.ts, from EntryLayout.astro)
	'reply.status': 'Statuss',
	'reply.workaround': 'Apiešanas risinājums',
	// Not found, redirects (NotFound.astro, src/pages/[...redirect].astro)
	'notFound.title': 'Lapa nav atrasta',
	'notFound.heading': 'Šo lapu neizdevās atrast',
	'notFound.lead':
		'Iespējams, saitē ir drukas kļūda vai lapa ir noņemta. Meklējiet vajadzīgo šeit:',
	'notFound.home': 'Uz sākumlapu',
	'redirect.moved': 'Šī lapa tagad atrodas šeit: {link}.',

	// Entry types, statuses and severities (EntryLayout.astro, EntryList.astro, StatusBadge.astro, KnownErrorFacts.astro, Timeline.astro, the feed src/pages/known-errors.xml.ts)
	'type.article': 'Raksts',
	'type.known-error': 'Zināmā problēma',
	'type.policy': 'Politika',
	'status.investigating': 'Notiek izpēte',
	'status.identified': 'Cēlonis noskaidrots',
	'status.workaround': 'Pieejams apiešanas risinājums',
	'status.fix-in-progress': 'Notiek novēršana',
	'status.monitoring': 'Novērsts, tiek uzraudzīts',
	'status.resolved': 'Atrisināts',
	'severity.critical': 'Kritiska',
	'severity.major': 'Būtiska',
	'severity.minor': 'Neliela',
	// Notices and the banner (NoticeItem.astro, StatusBanner.astro, elements/status-messages.ts)
	'notice.info': 'Informācija',
	'notice.maintenance': 'Plānoti apkopes darbi',
	'notice.degraded': 'Darbības traucējumi',
	'notice.outage': 'Pakalpojuma pārtraukums',
	'banner.level.critical': 'Kritiska zināmā problēma',
	'banner.level.major': 'Zināmā problēma',
	'banner.level.minor': 'Zināmā problēma',
	// Platforms, devices and who supports what (EntryLayout.astro, mdx/Platform.astro, HandoffForm.astro, SupportMatrix.astro, the relay's src/relay/ticket.ts)
	'platform.windows': 'Windows',
	'platform.macos': 'macOS',
	'platform.linux': 'Linux',
	'platform.ios': 'iPhone un iPad',
	'platform.android': 'Android',
	'platform.web': 'Tīmekļa pārlūkprogramma',
	'platform.other': 'Cita',
	'device.corporate': 'Uzņēmuma ierīce',
	'device.personal': 'Personīgā ierīce (BYOD)',
	'route.helpdesk': 'IT atbalsts',
	'route.vendor': 'Ražotājs vai veikals',
	'route.carrier': 'Mobilo sakaru operators',
	'route.self-service': 'Jūs paši (pašapkalpošanās)',
	'route.not-supported': 'Netiek atbalstīts',
	// How urgent a request is (HandoffForm.astro, src/lib/handoff.ts formatHandoffText, src/relay/ticket.ts)
	'urgency.blocked': 'Nevaru strādāt',
	'urgency.degraded': 'Varu strādāt, bet lēni vai ar apiešanas risinājumu',
	'urgency.question': 'Man ir jautājums',
	// Languages (LanguagePicker.astro, TranslationNotice.astro)
	'language.picker': 'Valoda',
	'language.untranslated': 'Šī lapa vēl nav iztulkota, tāpēc tā parādīta oriģinālvalodā.',
	'language.stale':
		'Šīs lapas oriģināls atjaunināts jau pēc tulkojuma sagatavošanas (oriģināla atjaunināšanas datums: {date}), tāpēc daļa informācijas šeit var būt novecojusi.',
	'language.original': 'Lasīt oriģinālu',
	// Known-error body sections, by their headings in this language (EntryLayout.astro, for src/lib/reply.ts)
	'section.workaround': 'Apiešanas risinājums',
};
