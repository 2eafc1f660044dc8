import type { LanguageCatalog } from './en.ts';

/** The portal's own text in Polish. */
export const pl: LanguageCatalog = {
	// Site header
	'header.nav': 'Menu główne',
	'header.nav.knownErrors': 'Znane problemy',
	'header.nav.articles': 'Artykuły',
	'header.nav.topics': 'Tematy',
	'header.nav.policies': 'Polityki',
	'header.nav.status': 'Stan usług',
	'header.search.label': 'Przeszukaj artykuły pomocy',
	'header.search.placeholder': 'Wyszukaj w pomocy',
	// Search boxes and the search page (SearchBox.astro, src/pages/[...lang]/search/index.astro, kb-search-page.ts)
	'search.submit': 'Wyszukaj',
	'search.hint': 'Opisz problem własnymi słowami lub wklej treść komunikatu o błędzie.',
	'search.resultsLabel': 'Wyniki wyszukiwania',
	'search.title': 'Wyszukiwanie',
	'search.description': 'Przeszukaj wszystkie artykuły pomocy, znane problemy i polityki.',
	'search.heading': 'Wyszukaj w pomocy',
	'search.label': 'Czego szukasz?',
	'search.filters.toggle': 'Filtruj wyniki',
	'search.filters.legend': 'Filtry',
	'search.filters.any': 'Wszystkie',
	'search.filters.type': 'Typ',
	'search.filters.category': 'Temat',
	'search.filters.platform': 'Platforma',
	'search.filters.device': 'Urządzenie',
	'search.filters.status': 'Status znanego problemu',
	'search.suggestion': 'Czy chodziło Ci o {suggestion}?',
	'search.more': 'Pokaż więcej wyników',
	'search.help.heading': 'Nadal masz problem?',
	'search.help.text':
		'Jeśli żaden z wyników nie pasuje, {link}. Twoje wyszukiwanie zostanie przekazane, więc nie musisz wpisywać go ponownie.',
	'search.help.link': 'zapytaj o to helpdesk',
	'search.index.heading': 'Cała pomoc od A do Z',
	'search.unavailable':
		'Wyszukiwarka jest teraz niedostępna. Przejrzyj tematy albo zapytaj helpdesk, korzystając z formularza poniżej.',
	'search.untranslated': 'Język {language}, jeszcze bez tłumaczenia',
	'search.noResults': 'Brak wyników dla zapytania „{query}”.',
	'search.noResultsFiltered': 'Brak wyników dla zapytania „{query}” przy wybranych filtrach.',
	'search.noExactMatch': 'Brak dokładnych trafień dla zapytania „{query}”. Może pomogą te wyniki:',
	'search.noExactMatchFiltered':
		'Brak dokładnych trafień dla zapytania „{query}” przy wybranych filtrach. Może pomogą te wyniki:',
	'search.resultCount': {
		one: '{count} wynik dla zapytania „{query}”',
		few: '{count} wyniki dla zapytania „{query}”',
		many: '{count} wyników dla zapytania „{query}”',
		other: '{count} wyniku dla zapytania „{query}”',
	},
	'search.resultCountFiltered': {
		one: '{count} wynik dla zapytania „{query}” przy wybranych filtrach',
		few: '{count} wyniki dla zapytania „{query}” przy wybranych filtrach',
		many: '{count} wyników dla zapytania „{query}” przy wybranych filtrach',
		other: '{count} wyniku dla zapytania „{query}” przy wybranych filtrach',
	},
	// Results as you type under the header's box
	'search.panel.noResults': 'Brak wyników dla zapytania {query}',
	'search.panel.resultCount': {
		one: '{count} wynik',
		few: '{count} wyniki',
		many: '{count} wyników',
		other: '{count} wyniku',
	},
	'search.panel.resultCountSuggestion': {
		one: '{count} wynik, także dla {suggestion}',
		few: '{count} wyniki, także dla {suggestion}',
		many: '{count} wyników, także dla {suggestion}',
		other: '{count} wyniku, także dla {suggestion}',
	},
	'search.panel.seeAll': {
		one: 'Zobacz {count} wynik',
		few: 'Zobacz wszystkie wyniki ({count})',
		many: 'Zobacz wszystkie wyniki ({count})',
		other: 'Zobacz wszystkie wyniki ({count})',
	},
	'search.panel.tips': 'Wskazówki i pomoc w wyszukiwaniu',
	'search.panel.openPage': 'Otwórz stronę wyszukiwania',
	// The status banner
	'banner.heading': 'Stan usług',
	'banner.itemLevel': '{level}:',
	'banner.announce': '{level}: {title}',
	'banner.moreIssues': {
		one: 'Jeszcze {count} problem na stronie stanu usług',
		few: 'Jeszcze {count} problemy na stronie stanu usług',
		many: 'Jeszcze {count} problemów na stronie stanu usług',
		other: 'Jeszcze {count} problemu na stronie stanu usług',
	},
	'banner.showMore': {
		one: 'Pokaż jeszcze {count}',
		few: 'Pokaż jeszcze {count}',
		many: 'Pokaż jeszcze {count}',
		other: 'Pokaż jeszcze {count}',
	},
	'banner.showLess': 'Pokaż mniej',
	'banner.moreOnStatusPage': {
		one: 'Jeszcze {count} na stronie stanu usług',
		few: 'Jeszcze {count} na stronie stanu usług',
		many: 'Jeszcze {count} na stronie stanu usług',
		other: 'Jeszcze {count} na stronie stanu usług',
	},
	'banner.asOf': 'Stan na {time}',
	'banner.asOfStale':
		'Stan na {time}. Te informacje mogą być nieaktualne – sprawdź ponownie później lub skontaktuj się z helpdeskiem.',
	'banner.dismiss': 'Zamknij: {title}',
	// Notices on the status page
	'notices.from': 'od {start}',
	'notices.to': 'do {end}',
	'notices.details': 'Szczegóły',
	// A known error's facts and badges
	'facts.heading': 'Status tego problemu',
	'facts.resolved':
		'Problem rozwiązano {date}. Jeśli nadal występuje, skontaktuj się z helpdeskiem.',
	'facts.status': 'Status',
	'facts.severity': 'Ważność',
	'facts.affects': 'Dotyczy',
	'facts.firstSeen': 'Pierwsze wystąpienie',
	'facts.fixExpected': 'Przewidywany termin naprawy',
	'facts.nextUpdate': 'Następna aktualizacja statusu do',
	'facts.updateOverdue': 'Aktualizacja statusu opóźniona od',
	'facts.problemRecord': 'Rekord problemu',
	'facts.recognise': 'Jak rozpoznać ten problem',
	'facts.errorMessages': 'Możliwe komunikaty o błędach:',
	'facts.badge.severity': 'Ważność:',
	'facts.badge.status': 'Status:',
	// A known error's updates
	'timeline.heading': 'Aktualizacje (od najnowszych)',
	// The status page (src/pages/[...lang]/status/index.astro)
	'statusPage.title': 'Stan usług',
	'statusPage.description': 'Bieżące awarie, planowane prace serwisowe i znane problemy.',
	'statusPage.lead':
		'Co nie działa, co jest zaplanowane i nad czym pracujemy. Godziny podano w czasie UTC.',
	'statusPage.now': 'W tej chwili',
	'statusPage.nowEmpty':
		'W tej chwili wszystkie usługi działają i nie trwają żadne prace serwisowe.',
	'statusPage.upcoming': 'Zaplanowane',
	'statusPage.upcomingEmpty': 'Nie zaplanowano żadnych prac serwisowych.',
	'statusPage.open': 'Otwarte znane problemy ({count})',
	'statusPage.openEmpty': 'Brak otwartych znanych problemów.',
	'statusPage.resolved': 'Ostatnio rozwiązane',
	'statusPage.resolvedEmpty': 'Brak ostatnio rozwiązanych problemów.',
	'statusPage.json': 'Stan usług w formacie JSON',
	'statusPage.feed': 'Znane problemy jako kanał RSS',
	// The known-issues feed, in the portal's default language (src/pages/known-errors.xml.ts)
	'feed.title': '{portal}: znane problemy',
	'feed.description': 'Znane problemy IT w firmie {organisation}, z ich statusem i obejściami.',
	'feed.itemTitle': '{title} ({status})',
	'feed.facts': 'Status: {status}. Ważność: {severity}. Dotyczy: {services}.',
	'feed.latestUpdate': 'Ostatnia aktualizacja: {note}',
	// "Still stuck?": the handoff form
	'handoff.heading.collapsed': 'Nadal masz problem? Zapytaj helpdesk',
	'handoff.heading.open': 'Napisz do helpdesku, co nie działa',
	'handoff.contact': 'Zawsze możesz też napisać na adres {email}.',
	'handoff.contactWithPhone':
		'Zawsze możesz też napisać na adres {email} lub zadzwonić pod numer {phone}.',
	'handoff.errorSummary.title': 'Formularz zawiera błędy',
	'handoff.legend': 'Twoje zgłoszenie',
	'handoff.intro': 'Opisz sprawę od razu dokładnie – wtedy nikt nie będzie musiał Cię dopytywać.',
	'handoff.draftNote': 'To, co wpiszesz, jest przechowywane na tym urządzeniu do czasu wysłania.',
	'handoff.draftNotKept':
		'Ta przeglądarka nie pozwala portalowi zapisać wersji roboczej – wyślij zgłoszenie, zanim opuścisz tę stronę.',
	'handoff.optional': '(opcjonalnie)',
	'handoff.summary.label': 'Co nie działa?',
	'handoff.summary.hint': '(w kilku słowach)',
	'handoff.details.label': 'Więcej szczegółów',
	'handoff.errorMessage.label': 'Dokładna treść komunikatu o błędzie',
	'handoff.errorMessage.hint': '(wklej, jeśli się pojawił)',
	'handoff.tried.label': 'Jakie kroki zostały już podjęte?',
	'handoff.tried.followed': 'Postępowano zgodnie ze wskazówkami z {id} „{title}”.',
	'handoff.tried.steps': 'Wykonane kroki: {steps}.',
	'handoff.urgency.legend': 'Jak pilna jest sprawa?',
	'handoff.device.legend': 'Na jakim urządzeniu występuje problem?',
	'handoff.device.corporate': 'Urządzenie służbowe',
	'handoff.device.personal': 'Moje prywatne urządzenie (BYOD)',
	'handoff.platform.label': 'System',
	'handoff.platform.hint':
		'(wykryty na podstawie Twojej przeglądarki – zmień, jeśli się nie zgadza)',
	'handoff.platform.unsure': 'Nie wiem',
	'handoff.name.label': 'Imię i nazwisko',
	'handoff.email.label': 'Służbowy adres e-mail',
	'handoff.trap.label': 'Pozostaw to pole puste',
	'handoff.send': 'Wyślij do helpdesku',
	'handoff.writeEmail': 'Napisz e-mail',
	'handoff.sending': 'Wysyłanie…',
	'handoff.retry': 'Spróbuj ponownie',
	'handoff.emailInstead': 'Wyślij e-mailem',
	'handoff.copyDetails': 'Kopiuj szczegóły',
	'handoff.mailtoNote':
		'Wiadomość byłaby za długa dla Twojej aplikacji pocztowej, dlatego została skrócona. Użyj przycisku „Kopiuj szczegóły” i wklej pełny tekst do wiadomości.',
	'handoff.mailtoOpened':
		'Twoja aplikacja pocztowa powinna otworzyć się z wypełnioną wiadomością – sprawdź ją i wyślij. Jeśli się nie otworzy, użyj przycisku „Wyślij e-mailem” albo skopiuj szczegóły do wiadomości e-mail.',
	// What the form says once the request is sent, or when it could not be
	'handoff.sent.received':
		'Odebrano. System zgłoszeń jest teraz obciążony, więc Twoje zgłoszenie zostanie utworzone za chwilę – jego numer otrzymasz e-mailem.',
	'handoff.sent.receivedWithReference':
		'Odebrano. Twój numer referencyjny: {reference}. System zgłoszeń jest teraz obciążony, więc Twoje zgłoszenie zostanie utworzone za chwilę – jego numer otrzymasz e-mailem.',
	'handoff.sent.ticket': 'Wysłano. Numer Twojego zgłoszenia: {ticket}. Helpdesk odpowie e-mailem.',
	'handoff.sent.reference':
		'Wysłano. Twój numer referencyjny: {reference}. Helpdesk odpowie e-mailem.',
	'handoff.sent.plain': 'Wysłano. Helpdesk odpowie e-mailem.',
	'handoff.failed.refused':
		'System helpdesku nie przyjął zgłoszenia ({status}). Wpisane dane nie zostały utracone.',
	'handoff.failed.refusedWithReason':
		'System helpdesku nie przyjął zgłoszenia ({status}: {reason}). Wpisane dane nie zostały utracone.',
	'handoff.failed.server':
		'W systemie helpdesku wystąpił problem (błąd {status}). Wpisane dane nie zostały utracone – spróbuj ponownie za chwilę lub wyślij zgłoszenie e-mailem.',
	'handoff.failed.timeout':
		'Helpdesk nie odpowiedział w ciągu {seconds} sekund. Wpisane dane nie zostały utracone – spróbuj ponownie lub wyślij zgłoszenie e-mailem.',
	'handoff.failed.offline':
		'Nie udało się połączyć z helpdeskiem. Być może nie masz połączenia z internetem. Wpisane dane nie zostały utracone – spróbuj ponownie lub wyślij zgłoszenie e-mailem.',
	'handoff.textsMissing':
		'Nie udało się wczytać części tekstów tego formularza. Wpisane dane nie zostały utracone – sprawdź pola i wyślij ponownie albo napisz do helpdesku na adres podany powyżej.',
	// The relay's refusals, by the code it answers with (src/lib/handoff-refusal.ts)
	'handoff.refused.origin':
		'System helpdesku przyjmuje zgłoszenia wyłącznie z własnego portalu pomocy, dlatego to zgłoszenie nie zostało wysłane. Wpisane dane nie zostały utracone – wyślij zgłoszenie e-mailem.',
	/** `{count}` is the number of seconds to wait. */
	'handoff.refused.rateLimited': {
		one: 'Z Twojej sieci wysłano przed chwilą zbyt wiele zgłoszeń. Odczekaj {count} sekundę i spróbuj ponownie. Wpisane dane nie zostały utracone.',
		few: 'Z Twojej sieci wysłano przed chwilą zbyt wiele zgłoszeń. Odczekaj {count} sekundy i spróbuj ponownie. Wpisane dane nie zostały utracone.',
		many: 'Z Twojej sieci wysłano przed chwilą zbyt wiele zgłoszeń. Odczekaj {count} sekund i spróbuj ponownie. Wpisane dane nie zostały utracone.',
		other:
			'Z Twojej sieci wysłano przed chwilą zbyt wiele zgłoszeń. Odczekaj {count} sekundy i spróbuj ponownie. Wpisane dane nie zostały utracone.',
	},
	'handoff.refused.tooLarge':
		'Zgłoszenie jest za duże, aby je wysłać. Skróć najdłuższe pole albo wyślij zgłoszenie e-mailem. Wpisane dane nie zostały utracone.',
	'handoff.refused.unreadable':
		'System helpdesku nie mógł odczytać zgłoszenia, dlatego nie zostało ono wysłane. Wpisane dane nie zostały utracone – spróbuj ponownie lub wyślij zgłoszenie e-mailem.',
	'handoff.refused.invalidField':
		'System helpdesku nie przyjął zawartości jednego z pól. Wpisane dane nie zostały utracone – sprawdź formularz i spróbuj ponownie lub wyślij zgłoszenie e-mailem.',
	'handoff.refused.invalidFieldNamed':
		'System helpdesku nie przyjął zawartości pola „{field}”. Wpisane dane nie zostały utracone – sprawdź to pole i spróbuj ponownie lub wyślij zgłoszenie e-mailem.',
	'handoff.refused.outdated':
		'Ta strona jest nieaktualna, dlatego helpdesk nie mógł odczytać zgłoszenia. Wpisane dane nie zostały utracone – odśwież stronę i wyślij zgłoszenie ponownie lub wyślij je e-mailem.',
	'handoff.refused.automated':
		'To zgłoszenie wygląda na wysłane automatycznie, dlatego nie zostało przyjęte. Wpisane dane nie zostały utracone – wyślij zgłoszenie do helpdesku e-mailem.',
	'handoff.refused.wrongAddress':
		'Portal pomocy wysyła zgłoszenia pod adres, pod którym system helpdesku ich nie przyjmuje. Wpisane dane nie zostały utracone – wyślij zgłoszenie e-mailem i daj znać helpdeskowi.',
	'handoff.refused.storeFailed':
		'System helpdesku nie mógł zapisać zgłoszenia, dlatego nic nie zostało wysłane. Wpisane dane nie zostały utracone – spróbuj ponownie za chwilę lub wyślij zgłoszenie e-mailem.',
	/** Before what another ticket system said, shown apart as it sent it (often in English). */
	'handoff.refused.reply': 'Odpowiedź systemu helpdesku:',
	// The form's checks
	'handoff.error.summary': 'Opisz w kilku słowach, co nie działa',
	'handoff.error.urgency': 'Wybierz, jak pilna jest sprawa',
	'handoff.error.device': 'Wybierz, czy to urządzenie służbowe, czy prywatne',
	'handoff.error.emailMissing': 'Wpisz swój adres e-mail, aby helpdesk mógł odpowiedzieć',
	'handoff.error.emailFormat':
		'Wpisz adres e-mail w poprawnym formacie, np. jan.kowalski@example.com',
	'handoff.error.prefix': 'Błąd: {message}',
	// Hints while typing
	'handoff.route.note':
		'W przypadku urządzenia prywatnego sprawą „{topic}” {who}. {how} W razie potrzeby nadal możesz wysłać zgłoszenie do helpdesku.',
	'handoff.route.vendor': 'zajmuje się producent urządzenia lub sklep, w którym je kupiono',
	'handoff.route.carrier': 'zajmuje się Twój operator komórkowy',
	'handoff.route.not-supported': 'nie zajmuje się helpdesk – nie zapewniamy w tym wsparcia',
	'handoff.route.policyLink': 'Zobacz politykę dotyczącą urządzeń prywatnych',
	'handoff.suggestions.title': 'Te strony mogą pomóc, zanim wyślesz zgłoszenie:',
	'handoff.suggestions.known': 'To wygląda na znany problem {id}: {link}.',
	'handoff.suggestions.meanwhile': 'Do czasu naprawy: {workaround}',
	// The request as an email, and as "Copy details" copies it
	'mail.summary': 'Krótki opis',
	'mail.urgency': 'Pilność',
	'mail.device': 'Urządzenie',
	'mail.device.corporate': 'Urządzenie służbowe',
	'mail.device.personal': 'Urządzenie prywatne',
	'mail.platform': 'System',
	'mail.details': 'Szczegóły',
	'mail.errorMessage': 'Dokładna treść komunikatu o błędzie',
	'mail.tried': 'Podjęte kroki',
	'mail.name': 'Imię i nazwisko',
	'mail.email': 'E-mail',
	'mail.notGiven': '(nie podano)',
	'mail.context': 'Kontekst (dodany przez portal pomocy):',
	'mail.cameFrom': 'Wysłano ze strony',
	'mail.searchedFor': 'Wyszukiwana fraza',
	'mail.viewed': 'Wyświetlone znane problemy',
	'mail.browser': 'Przeglądarka',
	'mail.language': 'Język',
	'mail.shortened':
		'[Ta wiadomość została skrócona ze względu na limit długości. Wklej tutaj pełny tekst skopiowany z portalu pomocy (przycisk „Kopiuj szczegóły”).]',
	'mail.subject.default': 'Prośba o pomoc',
	'mail.subject.after': '{subject} (ze strony {id})',
	// Troubleshooter path: a walk through a troubleshooter handed to "Still stuck?" (src/lib/troubleshooter-run.ts):
	// handoff.tried.* fill the form in the reader's language; mail.* and ticket.* are the helpdesk's labels
	'handoff.tried.troubleshooter':
		'Przeprowadzono diagnostykę krok po kroku „{title}” ze strony {id}:',
	'handoff.tried.troubleshooter.answer': '- {question} {answer}',
	'handoff.tried.troubleshooter.notSolved': 'Wypróbowano rozwiązanie „{title}”: nie pomogło.',
	'handoff.tried.troubleshooter.solved': 'Wypróbowano rozwiązanie „{title}”: pomogło.',
	'handoff.tried.troubleshooter.contact':
		'Diagnostyka zakończyła się na kroku „{title}”, który może wykonać tylko helpdesk.',
	'mail.troubleshooter': 'Diagnostyka krok po kroku',
	'mail.troubleshooter.which': '{id} ze strony {entryId}',
	'mail.troubleshooter.step': '{number}. {question} Odpowiedź: {answer}',
	'mail.troubleshooter.end': 'Zakończono na',
	'mail.troubleshooter.notSolved': '{step} – problem nie został rozwiązany',
	'mail.troubleshooter.solved': '{step} – problem został rozwiązany',
	'ticket.troubleshooter': 'Przebieg diagnostyki',
	// The relay's ticket, in the relay's language (src/relay/ticket.ts); it uses the mail.* labels above too
	'ticket.summary': 'Co nie działa',
	'ticket.details': 'Więcej szczegółów',
	'ticket.deviceAndPlatform': 'Urządzenie i system',
	'ticket.requester': 'Zgłaszający',
	'ticket.replyIn': 'Odpowiedz w języku: {language}',
	'ticket.context': 'Dodane przez portal pomocy',
	'ticket.noEntry': '(brak artykułu)',
	'ticket.noSearch': '(brak wyszukiwania)',
	'ticket.noneViewed': '(brak)',
	'ticket.page': 'Strona',
	'ticket.pageLanguage': 'Język strony',
	'ticket.sent': 'Wysłano',
	'ticket.reference': 'Numer referencyjny portalu: {reference} (zgłoszenie {key})',
	'ticket.platformNotGiven': 'nie podano',
	// "Was this helpful?"
	'feedback.heading': 'Czy to było pomocne?',
	'feedback.yes': 'Tak',
	'feedback.no': 'Nie, nadal mam problem',
	'feedback.thanks': 'Dziękujemy! Cieszymy się, że pomogło.',
	'feedback.sorry':
		'Przykro nam, że to nie pomogło. Napisz do helpdesku, korzystając z formularza poniżej – dołączymy informację o tej stronie.',
	// Copy buttons
	'copy.label': 'Kopiuj',
	'copy.copied': 'Skopiowano',
	'copy.failed': 'Błąd kopiowania',
	'copy.status.copied': 'Skopiowano do schowka',
	'copy.status.failed': 'Nie udało się skopiować. Zaznacz tekst i skopiuj go ręcznie.',
	'copy.link': 'Kopiuj link',
	'copy.linkTo': 'Kopiuj link do: {name}',
	// Lists and filters
	'list.count': {
		one: '{count} wpis',
		few: '{count} wpisy',
		many: '{count} wpisów',
		other: '{count} wpisu',
	},
	'filter.count.entries': {
		one: '{shown} z {count} wpisu',
		few: '{shown} z {count} wpisów',
		many: '{shown} z {count} wpisów',
		other: '{shown} z {count} wpisu',
	},
	'filter.count.articles': {
		one: '{shown} z {count} artykułu',
		few: '{shown} z {count} artykułów',
		many: '{shown} z {count} artykułów',
		other: '{shown} z {count} artykułu',
	},
	'filter.knownErrors.count': {
		one: 'Wyświetlono {count} znany problem',
		few: 'Wyświetlono {count} znane problemy',
		many: 'Wyświetlono {count} znanych problemów',
		other: 'Wyświetlono {count} znanego problemu',
	},
	// Site footer
	'footer.contact.heading': 'Kontakt z helpdeskiem',
	'footer.email': 'E-mail: {email}',
	'footer.phone': 'Telefon: {phone}',
	'footer.hours': 'Godziny pracy: {hours}',
	'footer.more.heading': 'Więcej pomocy',
	'footer.knownErrors': 'Znane problemy i obejścia',
	'footer.categories': 'Wszystkie tematy pomocy',
	'footer.search': 'Przeszukaj całą pomoc',
	'footer.runBy': 'Portal {portal} jest prowadzony przez helpdesk IT firmy {organisation}.',
	// Breadcrumbs
	'breadcrumbs.label': 'Ścieżka nawigacji',
	// A policy's support matrix
	'matrix.heading': 'Kto w czym pomaga',
	'matrix.topic': 'Temat',
	'matrix.who': 'Kto pomaga',
	'matrix.how': 'Co zrobić',
	'matrix.moreInformation': 'Więcej informacji',
	// Components authors use in MDX
	'mdx.callout.info': 'Uwaga',
	'mdx.callout.warning': 'Ostrzeżenie',
	'mdx.callout.danger': 'Ważne',
	'mdx.callout.label': '{type}:',
	'mdx.platform.yours': 'Twoje urządzenie',
	'mdx.step.link': 'Link do kroku: {title}',
	'mdx.step.done': 'Krok wykonany',
	'mdx.step.doneFor': ': {title}',
	// Troubleshooters: guided checks in an entry (src/components/mdx/Troubleshooter.astro and its steps)
	'troubleshooter.start': 'Zacznij tutaj',
	'troubleshooter.why': 'Dlaczego pytamy:',
	'troubleshooter.contact': 'To może naprawić tylko helpdesk. {handoff}',
	'troubleshooter.contact.handoff': 'Zapytaj helpdesk',
	'troubleshooter.solved': 'Czy to rozwiązało problem? Jeśli nie, {handoff}.',
	'troubleshooter.solved.handoff': 'zapytaj helpdesk',
	'troubleshooter.restart': 'Wróć do pierwszego pytania',
	'troubleshooter.yourAnswers': 'Twoje dotychczasowe odpowiedzi',
	'troubleshooter.back': 'Wstecz',
	'troubleshooter.startOver': 'Zacznij od nowa',
	'troubleshooter.solved.question': 'Czy to rozwiązało problem?',
	'troubleshooter.solved.yes': 'Tak, już działa',
	'troubleshooter.solved.no': 'Nie, poproś helpdesk o pomoc',
	'troubleshooter.solved.thanks':
		'Świetnie. Jeśli problem wróci, zacznij od nowa albo napisz do helpdesku.',
	// /help/ (src/pages/[...lang]/help/index.astro)
	'helpPage.title': 'Kontakt z helpdeskiem',
	'helpPage.description': 'Jak skontaktować się z helpdeskiem IT firmy {organisation}.',
	'helpPage.lead': 'Jeśli strony pomocy nie rozwiązały Twojego problemu, pomoże Ci helpdesk.',
	'helpPage.query': 'Wyszukiwana fraza {query} jest już wpisana w formularzu poniżej.',
	// /known-errors/ (src/pages/[...lang]/known-errors/index.astro)
	'knownErrorsPage.title': 'Znane problemy',
	'knownErrorsPage.description':
		'Problemy, o których helpdesk już wie – z obejściami i przewidywanym terminem naprawy.',
	'knownErrorsPage.lead':
		'Problemy, o których już wiemy: co robić w międzyczasie i kiedy spodziewać się naprawy. Jeśli Twój problem jest na liście, nie musisz składać zgłoszenia.',
	'knownErrorsPage.filter.label': 'Filtruj znane problemy',
	'knownErrorsPage.filter.show': 'Pokaż',
	'knownErrorsPage.filter.all': 'Otwarte i rozwiązane',
	'knownErrorsPage.filter.open': 'Tylko otwarte',
	'knownErrorsPage.filter.resolved': 'Tylko rozwiązane',
	'knownErrorsPage.filter.service': 'Usługa',
	'knownErrorsPage.filter.allServices': 'Wszystkie usługi',
	'knownErrorsPage.filter.apply': 'Zastosuj',
	'knownErrorsPage.open': 'Otwarte ({count})',
	'knownErrorsPage.resolved': 'Rozwiązane ({count})',
	'knownErrorsPage.noneOpen': 'Brak otwartych znanych problemów.',
	'knownErrorsPage.noneResolved': 'Nie ma jeszcze rozwiązanych problemów.',
	// Pages and layouts (src/pages/[...lang]/, src/layouts/)
	'page.skip': 'Przejdź do treści',
	'nav.home': 'Strona główna',
	// Home (src/pages/[...lang]/index.astro)
	'home.description':
		'Samodzielnie napraw usterki IT, sprawdź znane problemy i skontaktuj się z helpdeskiem firmy {organisation}.',
	'home.heading': 'W czym możemy pomóc?',
	'home.searchLabel': 'Czego szukasz?',
	'home.known.heading': 'Aktualne znane problemy',
	'home.known.intro':
		'Jeśli Twój problem jest na tej liście, już nad nim pracujemy. Skorzystaj z obejścia – nie musisz składać zgłoszenia.',
	'home.known.none': 'Obecnie nie ma znanych problemów.',
	'home.known.all': 'Wszystkie znane problemy, także rozwiązane',
	'home.start.heading': 'Na początek',
	'home.start.all': 'Wszystkie artykuły według tematów',
	'home.topics.heading': 'Przeglądaj według tematu',
	'home.contact.heading': 'Kontakt z helpdeskiem',
	'home.contact.emailOrCall': 'Napisz na adres {email} lub zadzwoń pod numer {phone}.',
	'home.contact.email': 'Napisz na adres {email}.',
	'home.contact.hours': 'Odpowiadamy {hours}.',
	'home.contact.advice':
		'Podaj, przy jakiej czynności wystąpił problem, dokładną treść komunikatu o błędzie, urządzenie, którego używasz, i kroki, które już podjęto. Dzięki temu nikt nie będzie musiał Cię dopytywać.',
	// Lists (src/pages/[...lang]/articles/, policies/, categories/, ids/)
	'articles.title': 'Wszystkie artykuły',
	'articles.description':
		'Wszystkie artykuły pomocy według tematów: instrukcje krok po kroku i porady dotyczące urządzeń służbowych i prywatnych.',
	'articles.lead': {
		one: 'Wszystkie artykuły pomocy według tematów (łącznie {count}). Wpisz kilka słów, aby zawęzić listę. Aby przeszukać treść wszystkich artykułów i znanych problemów, użyj {search}.',
		few: 'Wszystkie artykuły pomocy według tematów (łącznie {count}). Wpisz kilka słów, aby zawęzić listę. Aby przeszukać treść wszystkich artykułów i znanych problemów, użyj {search}.',
		many: 'Wszystkie artykuły pomocy według tematów (łącznie {count}). Wpisz kilka słów, aby zawęzić listę. Aby przeszukać treść wszystkich artykułów i znanych problemów, użyj {search}.',
		other:
			'Wszystkie artykuły pomocy według tematów (łącznie {count}). Wpisz kilka słów, aby zawęzić listę. Aby przeszukać treść wszystkich artykułów i znanych problemów, użyj {search}.',
	},
	'articles.lead.search': 'wyszukiwarki',
	'articles.filter': 'Filtruj artykuły według tytułu lub tematu',
	'policies.title': 'Polityki',
	'policies.description': 'Polityki IT, które określają, w czym helpdesk pomaga, a w czym nie.',
	'policies.lead':
		'W czym pomaga helpdesk, na jakich urządzeniach i co należy do Ciebie, Twojego operatora komórkowego lub producenta.',
	'topics.title': 'Tematy pomocy',
	'topics.description': 'Wszystkie tematy pomocy – od haseł po drukarki.',
	'topic.known': 'Znane problemy',
	'topic.guides': 'Instrukcje i polityki',
	'topic.noGuides': 'W tym temacie nie ma jeszcze instrukcji.',
	'topic.resolved': 'Rozwiązane problemy',
	'ids.title': 'Wszystkie identyfikatory',
	'ids.description':
		'Identyfikatory wszystkich wpisów z typem, tytułem i statusem – tabela pomocnicza dla konsultantów helpdesku.',
	'ids.lead':
		'Wszystkie wpisy i ich krótkie linki. Aby otworzyć wpis, dopisz {example} do adresu portalu.',
	'ids.filter': 'Filtruj według identyfikatora, tytułu lub statusu',
	'ids.caption': 'Identyfikatory wpisów',
	'ids.column.id': 'ID',
	'ids.column.type': 'Typ',
	'ids.column.title': 'Tytuł',
	'ids.column.status': 'Status',
	// Entry pages (src/layouts/EntryLayout.astro)
	'entry.updated': 'Zaktualizowano',
	'entry.appliesTo': 'Dotyczy',
	'entry.owner': 'Opiekun',
	'entry.shortLink': 'Krótki link',
	'entry.related': 'Zobacz też',
	'entry.copyLink': 'Kopiuj link',
	'entry.copyReply': 'Kopiuj odpowiedź',
	'policy.version': 'Wersja {version}, obowiązuje od {date}.',
	// Copied reply text (src/lib/reply.ts, from EntryLayout.astro)
	'reply.status': 'Status',
	'reply.workaround': 'Obejście',
	// Not found, redirects (NotFound.astro, src/pages/[...redirect].astro)
	'notFound.title': 'Nie znaleziono strony',
	'notFound.heading': 'Nie możemy znaleźć tej strony',
	'notFound.lead':
		'Link może zawierać literówkę albo strona została usunięta. Wyszukaj to, czego potrzebujesz:',
	'notFound.home': 'Przejdź do strony głównej',
	'redirect.moved': 'Ta strona została przeniesiona: {link}.',
	// Entry types, statuses and severities (EntryLayout.astro, EntryList.astro, StatusBadge.astro, KnownErrorFacts.astro, Timeline.astro, the feed src/pages/known-errors.xml.ts)
	'type.article': 'Artykuł',
	'type.known-error': 'Znany problem',
	'type.policy': 'Polityka',
	'status.investigating': 'Trwa analiza',
	'status.identified': 'Ustalono przyczynę',
	'status.workaround': 'Dostępne obejście',
	'status.fix-in-progress': 'Trwa naprawa',
	'status.monitoring': 'Naprawiono, trwa monitorowanie',
	'status.resolved': 'Rozwiązano',
	'severity.critical': 'Krytyczna',
	'severity.major': 'Wysoka',
	'severity.minor': 'Niska',
	// Notices and the banner (NoticeItem.astro, StatusBanner.astro, elements/status-messages.ts)
	'notice.info': 'Informacja',
	'notice.maintenance': 'Planowane prace serwisowe',
	'notice.degraded': 'Utrudnienia w działaniu',
	'notice.outage': 'Awaria',
	'banner.level.critical': 'Krytyczny znany problem',
	'banner.level.major': 'Znany problem',
	'banner.level.minor': 'Znany problem',
	// Platforms, devices and who supports what (EntryLayout.astro, mdx/Platform.astro, HandoffForm.astro, SupportMatrix.astro, the relay's src/relay/ticket.ts)
	'platform.windows': 'Windows',
	'platform.macos': 'macOS',
	'platform.linux': 'Linux',
	'platform.ios': 'iPhone i iPad',
	'platform.android': 'Android',
	'platform.web': 'Przeglądarka internetowa',
	'platform.other': 'Inne',
	'device.corporate': 'Urządzenie służbowe',
	'device.personal': 'Urządzenie prywatne (BYOD)',
	'route.helpdesk': 'Helpdesk IT',
	'route.vendor': 'Producent lub sklep',
	'route.carrier': 'Operator komórkowy',
	'route.self-service': 'Ty (samodzielnie)',
	'route.not-supported': 'Brak wsparcia',
	// How urgent a request is (HandoffForm.astro, src/lib/handoff.ts formatHandoffText, src/relay/ticket.ts)
	'urgency.blocked': 'Nie mogę pracować',
	'urgency.degraded': 'Mogę pracować, ale wolniej albo korzystając z obejścia',
	'urgency.question': 'To tylko pytanie',
	// Languages (LanguagePicker.astro, TranslationNotice.astro)
	'language.picker': 'Język',
	'language.untranslated':
		'Ta strona nie została jeszcze przetłumaczona, dlatego jest wyświetlana w języku oryginału.',
	'language.stale':
		'Oryginał tej strony zaktualizowano {date}, już po przygotowaniu tego tłumaczenia, więc niektóre informacje mogą być nieaktualne.',
	'language.original': 'Przeczytaj oryginał',
	// Known-error body sections, by their headings in this language (EntryLayout.astro, for src/lib/reply.ts)
	'section.workaround': 'Obejście',
};
