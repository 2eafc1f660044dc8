import type { LanguageCatalog } from './en.ts';

/** The portal's own text in German. */
export const de: LanguageCatalog = {
	// Site header (src/components/SiteHeader.astro)
	'header.nav': 'Hauptnavigation',
	'header.nav.knownErrors': 'Bekannte Probleme',
	'header.nav.articles': 'Artikel',
	'header.nav.topics': 'Themen',
	'header.nav.policies': 'Richtlinien',
	'header.nav.status': 'Status',
	'header.search.label': 'Hilfeartikel durchsuchen',
	'header.search.placeholder': 'Hilfe durchsuchen',
	// Search boxes and the search page (SearchBox.astro, src/pages/[...lang]/search/index.astro, kb-search-page.ts)
	'search.submit': 'Suchen',
	'search.hint':
		'Beschreiben Sie das Problem in eigenen Worten oder fügen Sie die Fehlermeldung ein.',
	'search.resultsLabel': 'Suchergebnisse',
	'search.title': 'Suche',
	'search.description': 'Alle Hilfeartikel, bekannten Probleme und Richtlinien durchsuchen.',
	'search.heading': 'Hilfe durchsuchen',
	'search.label': 'Hilfe suchen',
	'search.filters.toggle': 'Ergebnisse filtern',
	'search.filters.legend': 'Filter',
	'search.filters.any': 'Alle',
	'search.filters.type': 'Typ',
	'search.filters.category': 'Thema',
	'search.filters.platform': 'Plattform',
	'search.filters.device': 'Gerät',
	'search.filters.status': 'Status (bekannte Probleme)',
	'search.suggestion': 'Meinten Sie {suggestion}?',
	'search.more': 'Weitere Ergebnisse anzeigen',
	'search.help.heading': 'Kommen Sie nicht weiter?',
	'search.help.text':
		'Wenn nichts davon passt, hilft Ihnen der Helpdesk weiter: {link}. Ihr Suchbegriff wird übernommen, Sie müssen ihn also nicht noch einmal eingeben.',
	'search.help.link': 'Anfrage an den Helpdesk stellen',
	'search.index.heading': 'Alle Hilfeseiten von A bis Z',
	'search.unavailable':
		'Die Suche ist gerade nicht verfügbar. Sehen Sie in den Themen nach oder wenden Sie sich unten an den Helpdesk.',
	'search.untranslated': '{language}, noch nicht übersetzt',
	'search.noResults': 'Keine Ergebnisse für „{query}“.',
	'search.noResultsFiltered': 'Keine Ergebnisse für „{query}“ mit den gewählten Filtern.',
	'search.noExactMatch': 'Keine genauen Treffer für „{query}“, aber das könnte helfen:',
	'search.noExactMatchFiltered':
		'Keine genauen Treffer für „{query}“ mit den gewählten Filtern, aber das könnte helfen:',
	'search.resultCount': {
		one: '{count} Ergebnis für „{query}“',
		other: '{count} Ergebnisse für „{query}“',
	},
	'search.resultCountFiltered': {
		one: '{count} Ergebnis für „{query}“ mit den gewählten Filtern',
		other: '{count} Ergebnisse für „{query}“ mit den gewählten Filtern',
	},
	// Results as you type under the header's box (search-panel.ts)
	'search.panel.noResults': 'Keine Ergebnisse für {query}',
	'search.panel.resultCount': { one: '{count} Ergebnis', other: '{count} Ergebnisse' },
	'search.panel.resultCountSuggestion': {
		one: '{count} Ergebnis, einschließlich Ergebnissen für {suggestion}',
		other: '{count} Ergebnisse, einschließlich Ergebnissen für {suggestion}',
	},
	'search.panel.seeAll': {
		one: '{count} Ergebnis anzeigen',
		other: 'Alle {count} Ergebnisse anzeigen',
	},
	'search.panel.tips': 'Suchtipps und Hilfe',
	'search.panel.openPage': 'Suchseite öffnen',
	// The status banner (StatusBanner.astro, kb-status-banner.ts)
	'banner.heading': 'Servicestatus',
	'banner.itemLevel': '{level}:',
	'banner.announce': '{level}: {title}',
	'banner.moreIssues': {
		one: '{count} weiteres Problem auf der Statusseite',
		other: '{count} weitere Probleme auf der Statusseite',
	},
	'banner.showMore': { one: 'Weitere anzeigen ({count})', other: 'Weitere anzeigen ({count})' },
	'banner.showLess': 'Weniger anzeigen',
	'banner.moreOnStatusPage': {
		one: '{count} weitere Meldung auf der Statusseite',
		other: '{count} weitere Meldungen auf der Statusseite',
	},
	'banner.asOf': 'Stand: {time}',
	'banner.asOfStale':
		'Stand: {time}. Diese Angaben sind möglicherweise veraltet: Schauen Sie später noch einmal nach oder wenden Sie sich an den Helpdesk.',
	'banner.dismiss': 'Ausblenden: {title}',
	// Notices on the status page (NoticeItem.astro)
	'notices.from': 'ab {start}',
	'notices.to': 'bis {end}',
	'notices.details': 'Details',
	// A known error's facts and badges (KnownErrorFacts.astro, StatusBadge.astro, kb-next-update.ts)
	'facts.heading': 'Status dieses Problems',
	'facts.resolved':
		'Gelöst am {date}. Falls das Problem bei Ihnen weiterhin auftritt, wenden Sie sich an den Helpdesk.',
	'facts.status': 'Status',
	'facts.severity': 'Schweregrad',
	'facts.affects': 'Betrifft',
	'facts.firstSeen': 'Erstmals aufgetreten',
	'facts.fixExpected': 'Lösung voraussichtlich',
	'facts.nextUpdate': 'Nächste Statusmeldung bis',
	'facts.updateOverdue': 'Statusmeldung überfällig seit',
	'facts.problemRecord': 'Problem-Ticket',
	'facts.recognise': 'So erkennen Sie das Problem',
	'facts.errorMessages': 'Mögliche Fehlermeldungen:',
	'facts.badge.severity': 'Schweregrad:',
	'facts.badge.status': 'Status:',
	// A known error's updates (Timeline.astro)
	'timeline.heading': 'Statusmeldungen, neueste zuerst',
	// The status page (src/pages/[...lang]/status/index.astro)
	'statusPage.title': 'Servicestatus',
	'statusPage.description': 'Aktuelle Ausfälle, geplante Wartungen und bekannte Probleme.',
	'statusPage.lead':
		'Was gerade gestört ist, was geplant ist und woran wir arbeiten. Alle Zeiten in UTC.',
	'statusPage.now': 'Aktuell',
	'statusPage.nowEmpty': 'Derzeit gibt es keine Ausfälle oder Wartungsarbeiten.',
	'statusPage.upcoming': 'Demnächst',
	'statusPage.upcomingEmpty': 'Es sind keine Wartungsarbeiten geplant.',
	'statusPage.open': 'Offene bekannte Probleme ({count})',
	'statusPage.openEmpty': 'Es gibt keine offenen bekannten Probleme.',
	'statusPage.resolved': 'Kürzlich gelöst',
	'statusPage.resolvedEmpty': 'In letzter Zeit wurde nichts gelöst.',
	'statusPage.json': 'Status als JSON',
	'statusPage.feed': 'Bekannte Probleme als RSS-Feed',
	// The known-issues feed, in the portal's default language (src/pages/known-errors.xml.ts)
	'feed.title': '{portal}: bekannte Probleme',
	'feed.description': 'Bekannte IT-Probleme bei {organisation}, mit Status und Workarounds.',
	'feed.itemTitle': '{title} ({status})',
	'feed.facts': 'Status: {status}. Schweregrad: {severity}. Betrifft: {services}.',
	'feed.latestUpdate': 'Letzte Statusmeldung: {note}',
	// "Still stuck?": the handoff form (src/components/HandoffForm.astro, elements/kb-handoff.ts)
	'handoff.heading.collapsed': 'Kommen Sie nicht weiter? Fragen Sie den Helpdesk',
	'handoff.heading.open': 'Beschreiben Sie dem Helpdesk Ihr Problem',
	'handoff.contact': 'Sie können uns jederzeit auch eine E-Mail an {email} schreiben.',
	'handoff.contactWithPhone':
		'Sie erreichen uns jederzeit auch per E-Mail an {email} oder telefonisch unter {phone}.',
	'handoff.errorSummary.title': 'Bitte prüfen Sie Ihre Eingaben',
	'handoff.legend': 'Ihre Anfrage',
	'handoff.intro': 'Beschreiben Sie alles einmal vollständig, dann sind keine Rückfragen nötig.',
	'handoff.draftNote': 'Ihre Eingaben werden bis zum Absenden auf diesem Gerät gespeichert.',
	'handoff.draftNotKept':
		'Dieser Browser erlaubt dem Portal nicht, einen Entwurf zu speichern: Senden Sie die Anfrage ab, bevor Sie diese Seite verlassen.',
	'handoff.optional': '(optional)',
	'handoff.summary.label': 'Was ist das Problem?',
	'handoff.summary.hint': '(in wenigen Worten)',
	'handoff.details.label': 'Weitere Details',
	'handoff.errorMessage.label': 'Genaue Fehlermeldung',
	'handoff.errorMessage.hint': '(falls vorhanden, bitte einfügen)',
	'handoff.tried.label': 'Was haben Sie bereits versucht?',
	'handoff.tried.followed': 'Nach {id} „{title}“ vorgegangen.',
	'handoff.tried.steps': 'Erledigte Schritte: {steps}.',
	'handoff.urgency.legend': 'Wie dringend ist es?',
	'handoff.device.legend': 'Um welches Gerät geht es?',
	'handoff.device.corporate': 'Ein Firmengerät',
	'handoff.device.personal': 'Mein Privatgerät (BYOD)',
	'handoff.platform.label': 'System',
	'handoff.platform.hint': '(anhand Ihres Browsers ermittelt; bitte ändern, falls falsch)',
	'handoff.platform.unsure': 'Weiß ich nicht',
	'handoff.name.label': 'Ihr Name',
	'handoff.email.label': 'Ihre geschäftliche E-Mail-Adresse',
	'handoff.trap.label': 'Dieses Feld bitte leer lassen',
	'handoff.send': 'An den Helpdesk senden',
	'handoff.writeEmail': 'E-Mail verfassen',
	'handoff.sending': 'Wird gesendet…',
	'handoff.retry': 'Erneut versuchen',
	'handoff.emailInstead': 'Stattdessen per E-Mail senden',
	'handoff.copyDetails': 'Details kopieren',
	'handoff.mailtoNote':
		'Die E-Mail wäre für Ihr E-Mail-Programm zu lang und wird daher gekürzt: Klicken Sie auf „Details kopieren“ und fügen Sie den vollständigen Text in die E-Mail ein.',
	'handoff.mailtoOpened':
		'Ihr E-Mail-Programm sollte sich mit allen Angaben öffnen: Prüfen Sie die E-Mail und senden Sie sie ab. Falls es sich nicht öffnet, verwenden Sie „Stattdessen per E-Mail senden“ oder kopieren Sie die Details in eine E-Mail.',
	// What the form says once the request is sent, or when it could not be (src/lib/handoff.ts)
	'handoff.sent.received':
		'Eingegangen. Das Ticketsystem ist gerade ausgelastet, Ihr Ticket wird daher in Kürze angelegt. Die Ticketnummer erhalten Sie per E-Mail.',
	'handoff.sent.receivedWithReference':
		'Eingegangen. Ihre Referenznummer lautet {reference}. Das Ticketsystem ist gerade ausgelastet, Ihr Ticket wird daher in Kürze angelegt. Die Ticketnummer erhalten Sie per E-Mail.',
	'handoff.sent.ticket':
		'Gesendet. Ihre Ticketnummer lautet {ticket}. Der Helpdesk antwortet Ihnen per E-Mail.',
	'handoff.sent.reference':
		'Gesendet. Ihre Referenznummer lautet {reference}. Der Helpdesk antwortet Ihnen per E-Mail.',
	'handoff.sent.plain': 'Gesendet. Der Helpdesk antwortet Ihnen per E-Mail.',
	'handoff.failed.refused':
		'Das System des Helpdesks hat die Anfrage nicht angenommen ({status}). Ihre Eingaben bleiben erhalten.',
	'handoff.failed.refusedWithReason':
		'Das System des Helpdesks hat die Anfrage nicht angenommen ({status}: {reason}). Ihre Eingaben bleiben erhalten.',
	'handoff.failed.server':
		'Im System des Helpdesks ist ein Fehler aufgetreten (Fehler {status}). Ihre Eingaben bleiben erhalten: Versuchen Sie es gleich noch einmal oder senden Sie die Anfrage stattdessen per E-Mail.',
	'handoff.failed.timeout':
		'Der Helpdesk hat nicht innerhalb von {seconds} Sekunden geantwortet. Ihre Eingaben bleiben erhalten: Versuchen Sie es erneut oder senden Sie die Anfrage stattdessen per E-Mail.',
	'handoff.failed.offline':
		'Der Helpdesk ist nicht erreichbar, möglicherweise sind Sie offline. Ihre Eingaben bleiben erhalten: Versuchen Sie es erneut oder senden Sie die Anfrage stattdessen per E-Mail.',
	'handoff.textsMissing':
		'Ein Teil der Texte dieses Formulars konnte nicht geladen werden. Ihre Eingaben bleiben erhalten: Prüfen Sie die Felder und senden Sie erneut, oder schreiben Sie dem Helpdesk an die oben genannte Adresse.',
	// The relay's refusals, by the code it answers with (src/lib/handoff-refusal.ts)
	'handoff.refused.origin':
		'Das System des Helpdesks nimmt nur Anfragen aus dem eigenen Hilfeportal an, daher wurde diese Anfrage nicht gesendet. Ihre Eingaben bleiben erhalten: Senden Sie die Anfrage stattdessen per E-Mail.',
	/** `{count}` is the number of seconds to wait. */
	'handoff.refused.rateLimited': {
		one: 'Aus Ihrem Netzwerk kamen gerade zu viele Anfragen. Warten Sie {count} Sekunde und versuchen Sie es dann erneut. Ihre Eingaben bleiben erhalten.',
		other:
			'Aus Ihrem Netzwerk kamen gerade zu viele Anfragen. Warten Sie {count} Sekunden und versuchen Sie es dann erneut. Ihre Eingaben bleiben erhalten.',
	},
	'handoff.refused.tooLarge':
		'Die Anfrage ist zu groß zum Senden. Kürzen Sie das längste Feld oder senden Sie die Anfrage stattdessen per E-Mail. Ihre Eingaben bleiben erhalten.',
	'handoff.refused.unreadable':
		'Das System des Helpdesks konnte die Anfrage nicht lesen, daher wurde sie nicht gesendet. Ihre Eingaben bleiben erhalten: Versuchen Sie es erneut oder senden Sie die Anfrage stattdessen per E-Mail.',
	'handoff.refused.invalidField':
		'Das System des Helpdesks hat den Inhalt eines Feldes nicht akzeptiert. Ihre Eingaben bleiben erhalten: Prüfen Sie das Formular und versuchen Sie es erneut oder senden Sie die Anfrage stattdessen per E-Mail.',
	'handoff.refused.invalidFieldNamed':
		'Das System des Helpdesks hat den Inhalt von „{field}“ nicht akzeptiert. Ihre Eingaben bleiben erhalten: Prüfen Sie dieses Feld und versuchen Sie es erneut oder senden Sie die Anfrage stattdessen per E-Mail.',
	'handoff.refused.outdated':
		'Diese Seite ist nicht mehr aktuell, daher konnte der Helpdesk die Anfrage nicht lesen. Ihre Eingaben bleiben erhalten: Laden Sie die Seite neu und senden Sie die Anfrage noch einmal oder senden Sie sie per E-Mail.',
	'handoff.refused.automated':
		'Diese Anfrage sieht automatisch erzeugt aus und wurde daher nicht gesendet. Ihre Eingaben bleiben erhalten: Senden Sie die Anfrage stattdessen per E-Mail an den Helpdesk.',
	'handoff.refused.wrongAddress':
		'Das Hilfeportal sendet Anfragen an eine Adresse, unter der das System des Helpdesks sie nicht annimmt. Ihre Eingaben bleiben erhalten: Senden Sie die Anfrage stattdessen per E-Mail und geben Sie dem Helpdesk Bescheid.',
	'handoff.refused.storeFailed':
		'Das System des Helpdesks konnte die Anfrage nicht speichern, daher wurde nichts gesendet. Ihre Eingaben bleiben erhalten: Versuchen Sie es gleich noch einmal oder senden Sie die Anfrage stattdessen per E-Mail.',
	/** Before what another ticket system said, shown apart as it sent it (often in English). */
	'handoff.refused.reply': 'Antwort des Helpdesk-Systems:',
	// The form's checks (src/lib/handoff.ts validateHandoff, elements/handoff-errors.ts)
	'handoff.error.summary': 'Beschreiben Sie das Problem in wenigen Worten',
	'handoff.error.urgency': 'Wählen Sie aus, wie dringend es ist',
	'handoff.error.device':
		'Wählen Sie aus, ob es sich um ein Firmengerät oder ein Privatgerät handelt',
	'handoff.error.emailMissing':
		'Geben Sie Ihre E-Mail-Adresse ein, damit der Helpdesk Ihnen antworten kann',
	'handoff.error.emailFormat':
		'Geben Sie eine E-Mail-Adresse im richtigen Format ein, z. B. name@example.com',
	'handoff.error.prefix': 'Fehler: {message}',
	// Hints while typing (elements/handoff-hints.ts)
	'handoff.route.note':
		'Um „{topic}“ auf Privatgeräten kümmert sich {who}. {how} Bei Bedarf können Sie die Anfrage trotzdem an den Helpdesk senden.',
	'handoff.route.vendor': 'der Hersteller oder der Händler, bei dem Sie das Gerät gekauft haben',
	'handoff.route.carrier': 'Ihr Mobilfunkanbieter',
	'handoff.route.not-supported': 'niemand beim Helpdesk, da es nicht unterstützt wird',
	'handoff.route.policyLink': 'Richtlinie für Privatgeräte ansehen',
	'handoff.suggestions.title': 'Vielleicht hilft Ihnen das schon vor dem Absenden weiter:',
	'handoff.suggestions.known': 'Das sieht nach {id} aus, einem bekannten Problem: {link}.',
	'handoff.suggestions.meanwhile': 'In der Zwischenzeit: {workaround}',
	// The request as an email, and as "Copy details" copies it (src/lib/handoff.ts formatHandoffText)
	'mail.summary': 'Zusammenfassung',
	'mail.urgency': 'Dringlichkeit',
	'mail.device': 'Gerät',
	'mail.device.corporate': 'Firmengerät',
	'mail.device.personal': 'Privatgerät',
	'mail.platform': 'Plattform',
	'mail.details': 'Details',
	'mail.errorMessage': 'Genaue Fehlermeldung',
	'mail.tried': 'Bereits versucht',
	'mail.name': 'Name',
	'mail.email': 'E-Mail',
	'mail.notGiven': '(keine Angabe)',
	'mail.context': 'Kontext (vom Hilfeportal ergänzt):',
	'mail.cameFrom': 'Ausgangsseite',
	'mail.searchedFor': 'Gesucht nach',
	'mail.viewed': 'Angesehene bekannte Probleme',
	'mail.browser': 'Browser',
	'mail.language': 'Sprache',
	'mail.shortened':
		'[Diese E-Mail wurde gekürzt. Fügen Sie hier den vollständigen Text ein, den Sie im Hilfeportal kopiert haben („Details kopieren“).]',
	'mail.subject.default': 'Supportanfrage',
	'mail.subject.after': '{subject} (nach {id})',
	// Troubleshooter path: a walk through a troubleshooter handed to "Still stuck?" (src/lib/troubleshooter-run.ts):
	// handoff.tried.* fill the form in the reader's language; mail.* and ticket.* are the helpdesk's labels
	'handoff.tried.troubleshooter': 'Ich bin „{title}“ in {id} durchgegangen:',
	'handoff.tried.troubleshooter.answer': '- {question} {answer}',
	'handoff.tried.troubleshooter.notSolved':
		'Ich habe „{title}“ ausprobiert: Es hat nicht geholfen.',
	'handoff.tried.troubleshooter.solved': 'Ich habe „{title}“ ausprobiert: Es hat geholfen.',
	'handoff.tried.troubleshooter.contact':
		'Am Ende stand „{title}“, und das kann nur der Helpdesk erledigen.',
	'mail.troubleshooter': 'Geführte Fehlersuche',
	'mail.troubleshooter.which': '{id} in {entryId}',
	'mail.troubleshooter.step': '{number}. {question} Antwort: {answer}',
	'mail.troubleshooter.end': 'Endete bei',
	'mail.troubleshooter.notSolved': '{step}, hat das Problem nicht gelöst',
	'mail.troubleshooter.solved': '{step}, hat das Problem gelöst',
	'ticket.troubleshooter': 'Weg durch die Fehlersuche',
	// The relay's ticket, in the relay's language (src/relay/ticket.ts); it uses the mail.* labels above too
	'ticket.summary': 'Was ist das Problem',
	'ticket.details': 'Weitere Details',
	'ticket.deviceAndPlatform': 'Gerät und Plattform',
	'ticket.requester': 'Anfragende Person',
	'ticket.replyIn': 'Antwortsprache: {language}',
	'ticket.context': 'Vom Hilfeportal ergänzt',
	'ticket.noEntry': '(kein Eintrag)',
	'ticket.noSearch': '(keine Suche)',
	'ticket.noneViewed': '(keine)',
	'ticket.page': 'Seite',
	'ticket.pageLanguage': 'Sprache der Seite',
	'ticket.sent': 'Gesendet',
	'ticket.reference': 'Portal-Referenz: {reference} (Anfrage {key})',
	'ticket.platformNotGiven': 'keine Angabe',
	// "Was this helpful?" (src/components/Feedback.astro, elements/kb-feedback.ts)
	'feedback.heading': 'War das hilfreich?',
	'feedback.yes': 'Ja',
	'feedback.no': 'Nein, ich komme nicht weiter',
	'feedback.thanks': 'Vielen Dank! Schön, dass es geholfen hat.',
	'feedback.sorry':
		'Schade, dass es nicht geholfen hat. Wenden Sie sich unten an den Helpdesk; diese Seite wird Ihrer Anfrage beigefügt.',
	// Copy buttons (elements/kb-copy.ts, copy-feedback.ts, kb-anchor-links.ts, mdx/ErrorText.astro)
	'copy.label': 'Kopieren',
	'copy.copied': 'Kopiert',
	'copy.failed': 'Kopieren fehlgeschlagen',
	'copy.status.copied': 'In die Zwischenablage kopiert',
	'copy.status.failed':
		'Kopieren nicht möglich. Markieren Sie den Text und kopieren Sie ihn manuell.',
	'copy.link': 'Link kopieren',
	'copy.linkTo': 'Link kopieren: {name}',
	// Lists and filters (EntryList.astro, CategoryGrid.astro, elements/kb-list-filter.ts, kb-known-errors-filter.ts)
	'list.count': { one: '{count} Eintrag', other: '{count} Einträge' },
	'filter.count.entries': {
		one: '{shown} von {count} Eintrag',
		other: '{shown} von {count} Einträgen',
	},
	'filter.count.articles': {
		one: '{shown} von {count} Artikel',
		other: '{shown} von {count} Artikeln',
	},
	'filter.knownErrors.count': {
		one: '{count} bekanntes Problem angezeigt',
		other: '{count} bekannte Probleme angezeigt',
	},
	// Site footer (SiteFooter.astro)
	'footer.contact.heading': 'Helpdesk kontaktieren',
	'footer.email': 'E-Mail: {email}',
	'footer.phone': 'Telefon: {phone}',
	'footer.hours': 'Servicezeiten: {hours}',
	'footer.more.heading': 'Weitere Hilfe',
	'footer.knownErrors': 'Bekannte Probleme und Workarounds',
	'footer.categories': 'Alle Hilfethemen',
	'footer.search': 'Gesamte Hilfe durchsuchen',
	'footer.runBy': '{portal} wird vom IT-Helpdesk von {organisation} betrieben.',
	// Breadcrumbs (Breadcrumbs.astro)
	'breadcrumbs.label': 'Brotkrümelnavigation',
	// A policy's support matrix (SupportMatrix.astro)
	'matrix.heading': 'Wer ist wofür zuständig?',
	'matrix.topic': 'Thema',
	'matrix.who': 'Zuständig',
	'matrix.how': 'Vorgehen',
	'matrix.moreInformation': 'Weitere Informationen',
	// Components authors use in MDX (src/components/mdx/)
	'mdx.callout.info': 'Hinweis',
	'mdx.callout.warning': 'Warnung',
	'mdx.callout.danger': 'Wichtig',
	'mdx.callout.label': '{type}:',
	'mdx.platform.yours': 'Ihr Gerät',
	'mdx.step.link': 'Link zu Schritt: {title}',
	'mdx.step.done': 'Schritt erledigt',
	'mdx.step.doneFor': ': {title}',
	// Troubleshooters: guided checks in an entry (src/components/mdx/Troubleshooter.astro and its steps)
	'troubleshooter.start': 'Hier beginnen',
	'troubleshooter.why': 'Warum wir fragen:',
	'troubleshooter.contact': 'Das kann nur der Helpdesk beheben. {handoff}',
	'troubleshooter.contact.handoff': 'Fragen Sie den Helpdesk',
	'troubleshooter.solved': 'Hat das geholfen? Falls nicht, {handoff}.',
	'troubleshooter.solved.handoff': 'fragen Sie den Helpdesk',
	'troubleshooter.restart': 'Zurück zur ersten Frage',
	'troubleshooter.yourAnswers': 'Ihre bisherigen Antworten',
	'troubleshooter.back': 'Zurück',
	'troubleshooter.startOver': 'Von vorn beginnen',
	'troubleshooter.solved.question': 'Hat das geholfen?',
	'troubleshooter.solved.yes': 'Ja, jetzt geht es',
	'troubleshooter.solved.no': 'Nein, Helpdesk fragen',
	'troubleshooter.solved.thanks':
		'Schön, dass es wieder funktioniert. Falls das Problem wiederkommt, beginnen Sie von vorn oder wenden Sie sich an den Helpdesk.',
	// /help/ (src/pages/[...lang]/help/index.astro)
	'helpPage.title': 'Helpdesk kontaktieren',
	'helpPage.description': 'So erreichen Sie den IT-Helpdesk von {organisation}.',
	'helpPage.lead': 'Wenn die Hilfeseiten Ihr Problem nicht gelöst haben, hilft Ihnen der Helpdesk.',
	'helpPage.query': 'Sie haben nach {query} gesucht; das ist unten bereits eingetragen.',
	// /known-errors/ (src/pages/[...lang]/known-errors/index.astro)
	'knownErrorsPage.title': 'Bekannte Probleme',
	'knownErrorsPage.description':
		'Probleme, die dem Helpdesk bereits bekannt sind, mit Workarounds und voraussichtlichem Lösungstermin.',
	'knownErrorsPage.lead':
		'Probleme, die uns bereits bekannt sind: was Sie bis zur Lösung tun können und wann mit einer Lösung zu rechnen ist. Steht Ihr Problem hier, müssen Sie kein Ticket erstellen.',
	'knownErrorsPage.filter.label': 'Bekannte Probleme filtern',
	'knownErrorsPage.filter.show': 'Anzeigen',
	'knownErrorsPage.filter.all': 'Offen und gelöst',
	'knownErrorsPage.filter.open': 'Nur offene',
	'knownErrorsPage.filter.resolved': 'Nur gelöste',
	'knownErrorsPage.filter.service': 'Dienst',
	'knownErrorsPage.filter.allServices': 'Alle Dienste',
	'knownErrorsPage.filter.apply': 'Anwenden',
	'knownErrorsPage.open': 'Offen ({count})',
	'knownErrorsPage.resolved': 'Gelöst ({count})',
	'knownErrorsPage.noneOpen': 'Es gibt keine offenen bekannten Probleme.',
	'knownErrorsPage.noneResolved': 'Bisher wurde noch nichts gelöst.',
	// Pages and layouts (src/pages/[...lang]/, src/layouts/)
	'page.skip': 'Zum Inhalt springen',
	'nav.home': 'Startseite',
	// Home (src/pages/[...lang]/index.astro)
	'home.description':
		'IT-Probleme selbst lösen, bekannte Probleme prüfen und den Helpdesk von {organisation} kontaktieren.',
	'home.heading': 'Wie können wir helfen?',
	'home.searchLabel': 'Hilfe suchen',
	'home.known.heading': 'Aktuelle bekannte Probleme',
	'home.known.intro':
		'Steht Ihr Problem hier, arbeiten wir bereits daran: Nutzen Sie den Workaround, ein Ticket ist nicht nötig.',
	'home.known.none': 'Derzeit gibt es keine bekannten Probleme.',
	'home.known.all': 'Alle bekannten Probleme, auch gelöste',
	'home.start.heading': 'Für den Einstieg',
	'home.start.all': 'Alle Artikel nach Thema',
	'home.topics.heading': 'Hilfe nach Thema',
	'home.contact.heading': 'Helpdesk kontaktieren',
	'home.contact.emailOrCall':
		'Schreiben Sie eine E-Mail an {email} oder rufen Sie uns unter {phone} an.',
	'home.contact.email': 'Schreiben Sie eine E-Mail an {email}.',
	'home.contact.hours': 'Wir sind {hours} für Sie da.',
	'home.contact.advice':
		'Nennen Sie uns, was Sie gerade getan haben, die genaue Fehlermeldung, Ihr Gerät und was Sie bereits versucht haben: Dann sind keine Rückfragen nötig.',
	// Lists (src/pages/[...lang]/articles/, policies/, categories/, ids/)
	'articles.title': 'Alle Artikel',
	'articles.description':
		'Alle Hilfeartikel nach Thema: Schritt-für-Schritt-Lösungen und Anleitungen für Firmengeräte und private Geräte.',
	'articles.lead': {
		one: 'Alle Hilfeartikel nach Thema ({count} insgesamt). Geben Sie ein paar Wörter ein, um die Liste einzugrenzen. Um den Text aller Artikel und bekannten Probleme zu durchsuchen, nutzen Sie die {search}.',
		other:
			'Alle Hilfeartikel nach Thema ({count} insgesamt). Geben Sie ein paar Wörter ein, um die Liste einzugrenzen. Um den Text aller Artikel und bekannten Probleme zu durchsuchen, nutzen Sie die {search}.',
	},
	'articles.lead.search': 'Suche',
	'articles.filter': 'Artikel nach Titel oder Thema filtern',
	'policies.title': 'Richtlinien',
	'policies.description':
		'IT-Richtlinien, die festlegen, was der Helpdesk unterstützt und was nicht.',
	'policies.lead':
		'Was der Helpdesk auf welchen Geräten unterstützt und wofür Sie selbst, Ihr Mobilfunkanbieter oder der Hersteller zuständig sind.',
	'topics.title': 'Hilfethemen',
	'topics.description': 'Alle Hilfethemen, von Passwörtern bis Druckern.',
	'topic.known': 'Bekannte Probleme',
	'topic.guides': 'Anleitungen und Richtlinien',
	'topic.noGuides': 'Zu diesem Thema gibt es noch keine Anleitungen.',
	'topic.resolved': 'Gelöste Probleme',
	'ids.title': 'Alle IDs',
	'ids.description':
		'Alle Eintrags-IDs mit Typ, Titel und Status: die Nachschlagetabelle für das Support-Team.',
	'ids.lead':
		'Alle Einträge mit ihrem Kurzlink. Hängen Sie {example} an die Adresse des Portals an, um einen Eintrag direkt zu öffnen.',
	'ids.filter': 'Nach ID, Titel oder Status filtern',
	'ids.caption': 'Eintrags-IDs',
	'ids.column.id': 'ID',
	'ids.column.type': 'Typ',
	'ids.column.title': 'Titel',
	'ids.column.status': 'Status',
	// Entry pages (src/layouts/EntryLayout.astro)
	'entry.updated': 'Aktualisiert',
	'entry.appliesTo': 'Gilt für',
	'entry.owner': 'Verantwortlich',
	'entry.shortLink': 'Kurzlink',
	'entry.related': 'Weiterführende Hilfe',
	'entry.copyLink': 'Link kopieren',
	'entry.copyReply': 'Antwort kopieren',
	'policy.version': 'Version {version}, gültig ab {date}.',
	// Copied reply text (src/lib/reply.ts, from EntryLayout.astro)
	'reply.status': 'Status',
	'reply.workaround': 'Workaround',
	// Not found, redirects (NotFound.astro, src/pages/[...redirect].astro)
	'notFound.title': 'Seite nicht gefunden',
	'notFound.heading': 'Diese Seite konnten wir nicht finden',
	'notFound.lead':
		'Möglicherweise ist der Link fehlerhaft oder die Seite wurde entfernt. Suchen Sie stattdessen nach dem, was Sie brauchen:',
	'notFound.home': 'Zur Startseite',
	'redirect.moved': 'Diese Seite finden Sie jetzt unter {link}.',
	// Entry types, statuses and severities (EntryLayout.astro, EntryList.astro, StatusBadge.astro, KnownErrorFacts.astro, Timeline.astro, the feed src/pages/known-errors.xml.ts)
	'type.article': 'Artikel',
	'type.known-error': 'Bekanntes Problem',
	'type.policy': 'Richtlinie',
	'status.investigating': 'Wird untersucht',
	'status.identified': 'Ursache gefunden',
	'status.workaround': 'Workaround verfügbar',
	'status.fix-in-progress': 'Behebung läuft',
	'status.monitoring': 'Behoben, wird beobachtet',
	'status.resolved': 'Gelöst',
	'severity.critical': 'Kritisch',
	'severity.major': 'Hoch',
	'severity.minor': 'Niedrig',
	// Notices and the banner (NoticeItem.astro, StatusBanner.astro, elements/status-messages.ts)
	'notice.info': 'Information',
	'notice.maintenance': 'Geplante Wartung',
	'notice.degraded': 'Eingeschränkter Betrieb',
	'notice.outage': 'Ausfall',
	'banner.level.critical': 'Kritisches bekanntes Problem',
	'banner.level.major': 'Bekanntes Problem',
	'banner.level.minor': 'Bekanntes Problem',
	// Platforms, devices and who supports what (EntryLayout.astro, mdx/Platform.astro, HandoffForm.astro, SupportMatrix.astro, the relay's src/relay/ticket.ts)
	'platform.windows': 'Windows',
	'platform.macos': 'macOS',
	'platform.linux': 'Linux',
	'platform.ios': 'iPhone und iPad',
	'platform.android': 'Android',
	'platform.web': 'Webbrowser',
	'platform.other': 'Sonstiges',
	'device.corporate': 'Firmengerät',
	'device.personal': 'Privatgerät (BYOD)',
	'route.helpdesk': 'IT-Helpdesk',
	'route.vendor': 'Hersteller oder Händler',
	'route.carrier': 'Mobilfunkanbieter',
	'route.self-service': 'Sie selbst (Self-Service)',
	'route.not-supported': 'Nicht unterstützt',
	// How urgent a request is (HandoffForm.astro, src/lib/handoff.ts formatHandoffText, src/relay/ticket.ts)
	'urgency.blocked': 'Ich kann nicht arbeiten',
	'urgency.degraded': 'Ich kann arbeiten, aber nur eingeschränkt oder mit einem Workaround',
	'urgency.question': 'Ich habe eine Frage',
	// Languages (LanguagePicker.astro, TranslationNotice.astro)
	'language.picker': 'Sprache',
	'language.untranslated':
		'Diese Seite wurde noch nicht übersetzt und wird daher in der Originalsprache angezeigt.',
	'language.stale':
		'Das Original dieser Seite wurde am {date} aktualisiert, also nach dieser Übersetzung. Einige Angaben hier sind daher möglicherweise nicht mehr aktuell.',
	'language.original': 'Original lesen',
	// Known-error body sections, by their headings in this language (EntryLayout.astro, for src/lib/reply.ts)
	'section.workaround': 'Workaround',
};
