import type { LanguageCatalog } from './en.ts';

/** The portal's own text in Greek. */
export const el: LanguageCatalog = {
	// Site header
	'header.nav': 'Κύριο μενού',
	'header.nav.knownErrors': 'Γνωστά προβλήματα',
	'header.nav.articles': 'Άρθρα',
	'header.nav.topics': 'Θέματα',
	'header.nav.policies': 'Πολιτικές',
	'header.nav.status': 'Κατάσταση',
	'header.search.label': 'Αναζήτηση στα άρθρα βοήθειας',
	'header.search.placeholder': 'Αναζήτηση βοήθειας',
	// Search boxes and the search page (SearchBox.astro, src/pages/[...lang]/search/index.astro, kb-search-page.ts)
	'search.submit': 'Αναζήτηση',
	'search.hint': 'Περιγράψτε το πρόβλημα με δικά σας λόγια ή επικολλήστε το μήνυμα σφάλματος.',
	'search.resultsLabel': 'Αποτελέσματα αναζήτησης',
	'search.title': 'Αναζήτηση',
	'search.description':
		'Αναζήτηση σε όλα τα άρθρα βοήθειας, τα γνωστά προβλήματα και τις πολιτικές.',
	'search.heading': 'Αναζήτηση βοήθειας',
	'search.label': 'Αναζήτηση βοήθειας',
	'search.filters.toggle': 'Φιλτράρισμα αποτελεσμάτων',
	'search.filters.legend': 'Φίλτρα',
	'search.filters.any': 'Όλα',
	'search.filters.type': 'Τύπος',
	'search.filters.category': 'Θέμα',
	'search.filters.platform': 'Πλατφόρμα',
	'search.filters.device': 'Συσκευή',
	'search.filters.status': 'Κατάσταση γνωστού προβλήματος',
	'search.suggestion': 'Μήπως εννοείτε {suggestion};',
	'search.more': 'Εμφάνιση περισσότερων αποτελεσμάτων',
	'search.help.heading': 'Χρειάζεστε ακόμη βοήθεια;',
	'search.help.text':
		'Αν κανένα από αυτά δεν ταιριάζει, μπορεί να σας βοηθήσει το Helpdesk: {link}. Η αναζήτησή σας θα μεταφερθεί αυτόματα, οπότε δεν χρειάζεται να την πληκτρολογήσετε ξανά.',
	'search.help.link': 'ρωτήστε το Helpdesk σχετικά',
	'search.index.heading': 'Όλη η βοήθεια, από το Α έως το Ω',
	'search.unavailable':
		'Η αναζήτηση δεν είναι διαθέσιμη αυτή τη στιγμή. Δείτε τα θέματα ή ρωτήστε το Helpdesk παρακάτω.',
	'search.untranslated': 'Στα {language}, δεν έχει μεταφραστεί ακόμη',
	'search.noResults': 'Δεν βρέθηκαν αποτελέσματα για «{query}».',
	'search.noResultsFiltered': 'Δεν βρέθηκαν αποτελέσματα για «{query}» με τα επιλεγμένα φίλτρα.',
	'search.noExactMatch': 'Δεν βρέθηκε ακριβής αντιστοιχία για «{query}». Ίσως σας βοηθήσουν αυτά:',
	'search.noExactMatchFiltered':
		'Δεν βρέθηκε ακριβής αντιστοιχία για «{query}» με τα επιλεγμένα φίλτρα. Ίσως σας βοηθήσουν αυτά:',
	'search.resultCount': {
		one: '{count} αποτέλεσμα για «{query}»',
		other: '{count} αποτελέσματα για «{query}»',
	},
	'search.resultCountFiltered': {
		one: '{count} αποτέλεσμα για «{query}» με τα επιλεγμένα φίλτρα',
		other: '{count} αποτελέσματα για «{query}» με τα επιλεγμένα φίλτρα',
	},
	// Results as you type under the header's box
	'search.panel.noResults': 'Κανένα αποτέλεσμα για {query}',
	'search.panel.resultCount': { one: '{count} αποτέλεσμα', other: '{count} αποτελέσματα' },
	'search.panel.resultCountSuggestion': {
		one: '{count} αποτέλεσμα, μαζί με αποτελέσματα για {suggestion}',
		other: '{count} αποτελέσματα, μαζί με αποτελέσματα για {suggestion}',
	},
	'search.panel.seeAll': {
		one: 'Δείτε το {count} αποτέλεσμα',
		other: 'Δείτε και τα {count} αποτελέσματα',
	},
	'search.panel.tips': 'Συμβουλές αναζήτησης και βοήθεια',
	'search.panel.openPage': 'Άνοιγμα της σελίδας αναζήτησης',
	// The status banner
	'banner.heading': 'Κατάσταση υπηρεσιών',
	'banner.itemLevel': '{level}:',
	'banner.announce': '{level}: {title}',
	'banner.moreIssues': {
		one: '{count} ακόμη πρόβλημα στη σελίδα κατάστασης υπηρεσιών',
		other: '{count} ακόμη προβλήματα στη σελίδα κατάστασης υπηρεσιών',
	},
	'banner.showMore': { one: 'Εμφάνιση {count} ακόμη', other: 'Εμφάνιση {count} ακόμη' },
	'banner.showLess': 'Εμφάνιση λιγότερων',
	'banner.moreOnStatusPage': {
		one: '{count} ακόμη στη σελίδα κατάστασης',
		other: '{count} ακόμη στη σελίδα κατάστασης',
	},
	'banner.asOf': 'Κατάσταση στις {time}',
	'banner.asOfStale':
		'Κατάσταση στις {time}. Ίσως δεν είναι πλέον επίκαιρη: ελέγξτε ξανά αργότερα ή επικοινωνήστε με το Helpdesk.',
	'banner.dismiss': 'Απόκρυψη: {title}',
	// Notices on the status page
	'notices.from': 'από {start}',
	'notices.to': 'έως {end}',
	'notices.details': 'Λεπτομέρειες',
	// A known error's facts and badges
	'facts.heading': 'Κατάσταση του προβλήματος',
	'facts.resolved':
		'Επιλύθηκε στις {date}. Αν το πρόβλημα εξακολουθεί να εμφανίζεται, επικοινωνήστε με το Helpdesk.',
	'facts.status': 'Κατάσταση',
	'facts.severity': 'Σοβαρότητα',
	'facts.affects': 'Επηρεάζει',
	'facts.firstSeen': 'Πρώτη εμφάνιση',
	'facts.fixExpected': 'Αναμενόμενη διόρθωση',
	'facts.nextUpdate': 'Επόμενη ενημέρωση έως',
	'facts.updateOverdue': 'Η ενημέρωση καθυστερεί από',
	'facts.problemRecord': 'Εγγραφή προβλήματος',
	'facts.recognise': 'Πώς θα το αναγνωρίσετε',
	'facts.errorMessages': 'Μηνύματα σφάλματος που μπορεί να δείτε:',
	'facts.badge.severity': 'Σοβαρότητα:',
	'facts.badge.status': 'Κατάσταση:',
	// A known error's updates
	'timeline.heading': 'Ενημερώσεις, πρώτα οι πιο πρόσφατες',
	// The status page (src/pages/[...lang]/status/index.astro)
	'statusPage.title': 'Κατάσταση υπηρεσιών',
	'statusPage.description':
		'Διακοπές λειτουργίας, προγραμματισμένες εργασίες συντήρησης και γνωστά προβλήματα αυτή τη στιγμή.',
	'statusPage.lead':
		'Τι δεν λειτουργεί, τι έχει προγραμματιστεί και σε τι δουλεύουμε. Οι ώρες είναι σε UTC.',
	'statusPage.now': 'Σε εξέλιξη',
	'statusPage.nowEmpty': 'Αυτή τη στιγμή δεν υπάρχει καμία διακοπή ή εργασία συντήρησης.',
	'statusPage.upcoming': 'Προσεχώς',
	'statusPage.upcomingEmpty': 'Δεν έχει προγραμματιστεί καμία εργασία συντήρησης.',
	'statusPage.open': 'Ανοιχτά γνωστά προβλήματα ({count})',
	'statusPage.openEmpty': 'Δεν υπάρχουν ανοιχτά γνωστά προβλήματα.',
	'statusPage.resolved': 'Επιλύθηκαν πρόσφατα',
	'statusPage.resolvedEmpty': 'Δεν έχει επιλυθεί κάποιο πρόβλημα πρόσφατα.',
	'statusPage.json': 'Κατάσταση σε μορφή JSON',
	'statusPage.feed': 'Γνωστά προβλήματα ως ροή RSS',
	// The known-issues feed, in the portal's default language (src/pages/known-errors.xml.ts)
	'feed.title': '{portal}: γνωστά προβλήματα',
	'feed.description':
		'Γνωστά προβλήματα IT στην {organisation}, με την κατάσταση και τις προσωρινές λύσεις τους.',
	'feed.itemTitle': '{title} ({status})',
	'feed.facts': 'Κατάσταση: {status}. Σοβαρότητα: {severity}. Επηρεάζει: {services}.',
	'feed.latestUpdate': 'Τελευταία ενημέρωση: {note}',
	// "Still stuck?": the handoff form
	'handoff.heading.collapsed': 'Χρειάζεστε ακόμη βοήθεια; Ρωτήστε το Helpdesk',
	'handoff.heading.open': 'Περιγράψτε το πρόβλημα στο Helpdesk',
	'handoff.contact': 'Μπορείτε πάντα να στείλετε email στο {email}.',
	'handoff.contactWithPhone':
		'Μπορείτε πάντα να στείλετε email στο {email} ή να καλέσετε στο {phone}.',
	'handoff.errorSummary.title': 'Ελέγξτε τη φόρμα',
	'handoff.legend': 'Το αίτημά σας',
	'handoff.intro':
		'Περιγράψτε τα όλα μία φορά, αναλυτικά: έτσι δεν θα χρειαστεί να σας ξαναρωτήσει κανείς.',
	'handoff.draftNote': 'Ό,τι πληκτρολογείτε διατηρείται σε αυτή τη συσκευή μέχρι να σταλεί.',
	'handoff.draftNotKept':
		'Αυτό το πρόγραμμα περιήγησης δεν επιτρέπει στην πύλη να κρατήσει πρόχειρο: στείλτε το αίτημα πριν φύγετε από τη σελίδα.',
	'handoff.optional': '(προαιρετικό)',
	'handoff.summary.label': 'Ποιο είναι το πρόβλημα;',
	'handoff.summary.hint': '(με λίγες λέξεις)',
	'handoff.details.label': 'Περισσότερες λεπτομέρειες',
	'handoff.errorMessage.label': 'Ακριβές μήνυμα σφάλματος',
	'handoff.errorMessage.hint': '(επικολλήστε το, αν υπάρχει)',
	'handoff.tried.label': 'Τι έχετε δοκιμάσει ήδη;',
	'handoff.tried.followed': 'Ακολούθησα το {id} «{title}».',
	'handoff.tried.steps': 'Βήματα που έκανα: {steps}.',
	'handoff.urgency.legend': 'Πόσο επείγει;',
	'handoff.device.legend': 'Σε ποια συσκευή συμβαίνει;',
	'handoff.device.corporate': 'Εταιρική συσκευή',
	'handoff.device.personal': 'Δική μου συσκευή (BYOD)',
	'handoff.platform.label': 'Σύστημα',
	'handoff.platform.hint':
		'(το συμπεράναμε από το πρόγραμμα περιήγησής σας· αν δεν είναι σωστό, αλλάξτε το)',
	'handoff.platform.unsure': 'Δεν ξέρω',
	'handoff.name.label': 'Το όνομά σας',
	'handoff.email.label': 'Η εταιρική σας διεύθυνση email',
	'handoff.trap.label': 'Αφήστε αυτό το πεδίο κενό',
	'handoff.send': 'Αποστολή στο Helpdesk',
	'handoff.writeEmail': 'Σύνταξη email',
	'handoff.sending': 'Αποστολή…',
	'handoff.retry': 'Δοκιμάστε ξανά',
	'handoff.emailInstead': 'Αποστολή με email',
	'handoff.copyDetails': 'Αντιγραφή στοιχείων',
	'handoff.mailtoNote':
		'Το email θα ήταν πολύ μεγάλο για την εφαρμογή αλληλογραφίας σας, οπότε συντομεύτηκε: πατήστε «Αντιγραφή στοιχείων» και επικολλήστε εκεί ολόκληρο το κείμενο.',
	'handoff.mailtoOpened':
		'Η εφαρμογή αλληλογραφίας σας θα πρέπει να ανοίξει με όλα τα στοιχεία συμπληρωμένα: ελέγξτε τα και στείλτε το μήνυμα. Αν δεν ανοίξει, πατήστε «Αποστολή με email» ή αντιγράψτε τα στοιχεία σε ένα νέο email.',
	// What the form says once the request is sent, or when it could not be
	'handoff.sent.received':
		'Το αίτημα παραλήφθηκε. Το σύστημα αιτημάτων έχει αυτή τη στιγμή αυξημένο φόρτο, οπότε το αίτημά σας θα καταχωριστεί σε λίγο. Τον αριθμό του θα τον λάβετε με email.',
	'handoff.sent.receivedWithReference':
		'Το αίτημα παραλήφθηκε. Ο κωδικός αναφοράς σας είναι {reference}. Το σύστημα αιτημάτων έχει αυτή τη στιγμή αυξημένο φόρτο, οπότε το αίτημά σας θα καταχωριστεί σε λίγο. Τον αριθμό του θα τον λάβετε με email.',
	'handoff.sent.ticket':
		'Το αίτημα στάλθηκε. Ο αριθμός του αιτήματός σας είναι {ticket}. Το Helpdesk θα σας απαντήσει με email.',
	'handoff.sent.reference':
		'Το αίτημα στάλθηκε. Ο κωδικός αναφοράς σας είναι {reference}. Το Helpdesk θα σας απαντήσει με email.',
	'handoff.sent.plain': 'Το αίτημα στάλθηκε. Το Helpdesk θα σας απαντήσει με email.',
	'handoff.failed.refused':
		'Το σύστημα του Helpdesk δεν δέχτηκε το αίτημα ({status}). Όσα πληκτρολογήσατε δεν έχουν χαθεί.',
	'handoff.failed.refusedWithReason':
		'Το σύστημα του Helpdesk δεν δέχτηκε το αίτημα ({status}: {reason}). Όσα πληκτρολογήσατε δεν έχουν χαθεί.',
	'handoff.failed.server':
		'Παρουσιάστηκε πρόβλημα στο σύστημα του Helpdesk (σφάλμα {status}). Όσα πληκτρολογήσατε δεν έχουν χαθεί: δοκιμάστε ξανά σε λίγο ή στείλτε το με email.',
	'handoff.failed.timeout':
		'Το Helpdesk δεν απάντησε μέσα σε {seconds} δευτερόλεπτα. Όσα πληκτρολογήσατε δεν έχουν χαθεί: δοκιμάστε ξανά ή στείλτε το με email.',
	'handoff.failed.offline':
		'Δεν ήταν δυνατή η σύνδεση με το Helpdesk. Ίσως δεν είστε συνδεδεμένοι στο Internet. Όσα πληκτρολογήσατε δεν έχουν χαθεί: δοκιμάστε ξανά ή στείλτε το με email.',
	'handoff.textsMissing':
		'Δεν ήταν δυνατή η φόρτωση μέρους των κειμένων αυτής της φόρμας. Όσα πληκτρολογήσατε δεν έχουν χαθεί: ελέγξτε τα πεδία και στείλτε ξανά ή στείλτε email στο Helpdesk στη διεύθυνση που αναφέρεται παραπάνω.',
	// The relay's refusals, by the code it answers with (src/lib/handoff-refusal.ts)
	'handoff.refused.origin':
		'Το σύστημα του Helpdesk δέχεται αιτήματα μόνο από τη δική του πύλη βοήθειας, γι’ αυτό το αίτημα δεν στάλθηκε. Όσα πληκτρολογήσατε δεν έχουν χαθεί: στείλτε το με email.',
	/** `{count}` is the number of seconds to wait. */
	'handoff.refused.rateLimited': {
		one: 'Από το δίκτυό σας στάλθηκαν πάρα πολλά αιτήματα σε λίγο χρόνο. Περιμένετε {count} δευτερόλεπτο και δοκιμάστε ξανά. Όσα πληκτρολογήσατε δεν έχουν χαθεί.',
		other:
			'Από το δίκτυό σας στάλθηκαν πάρα πολλά αιτήματα σε λίγο χρόνο. Περιμένετε {count} δευτερόλεπτα και δοκιμάστε ξανά. Όσα πληκτρολογήσατε δεν έχουν χαθεί.',
	},
	'handoff.refused.tooLarge':
		'Το αίτημα είναι πολύ μεγάλο για να σταλεί. Συντομεύστε το μεγαλύτερο πεδίο ή στείλτε το με email. Όσα πληκτρολογήσατε δεν έχουν χαθεί.',
	'handoff.refused.unreadable':
		'Το σύστημα του Helpdesk δεν μπόρεσε να διαβάσει το αίτημα, γι’ αυτό δεν στάλθηκε. Όσα πληκτρολογήσατε δεν έχουν χαθεί: δοκιμάστε ξανά ή στείλτε το με email.',
	'handoff.refused.invalidField':
		'Το σύστημα του Helpdesk δεν δέχτηκε το περιεχόμενο ενός από τα πεδία. Όσα πληκτρολογήσατε δεν έχουν χαθεί: ελέγξτε τη φόρμα και δοκιμάστε ξανά ή στείλτε το με email.',
	'handoff.refused.invalidFieldNamed':
		'Το σύστημα του Helpdesk δεν δέχτηκε το περιεχόμενο του πεδίου «{field}». Όσα πληκτρολογήσατε δεν έχουν χαθεί: ελέγξτε αυτό το πεδίο και δοκιμάστε ξανά ή στείλτε το με email.',
	'handoff.refused.outdated':
		'Αυτή η σελίδα δεν είναι ενημερωμένη, γι’ αυτό το Helpdesk δεν μπόρεσε να διαβάσει το αίτημα. Όσα πληκτρολογήσατε δεν έχουν χαθεί: ανανεώστε τη σελίδα και στείλτε το ξανά ή στείλτε το με email.',
	'handoff.refused.automated':
		'Αυτό το αίτημα μοιάζει αυτοματοποιημένο, γι’ αυτό δεν στάλθηκε. Όσα πληκτρολογήσατε δεν έχουν χαθεί: στείλτε το στο Helpdesk με email.',
	'handoff.refused.wrongAddress':
		'Η πύλη βοήθειας στέλνει τα αιτήματα σε διεύθυνση όπου το σύστημα του Helpdesk δεν τα δέχεται. Όσα πληκτρολογήσατε δεν έχουν χαθεί: στείλτε το με email και ενημερώστε το Helpdesk.',
	'handoff.refused.storeFailed':
		'Το σύστημα του Helpdesk δεν μπόρεσε να αποθηκεύσει το αίτημα, γι’ αυτό δεν στάλθηκε τίποτα. Όσα πληκτρολογήσατε δεν έχουν χαθεί: δοκιμάστε ξανά σε λίγο ή στείλτε το με email.',
	/** Before what another ticket system said, shown apart as it sent it (often in English). */
	'handoff.refused.reply': 'Απάντηση του συστήματος του Helpdesk:',
	// The form's checks
	'handoff.error.summary': 'Περιγράψτε το πρόβλημα με λίγες λέξεις',
	'handoff.error.urgency': 'Επιλέξτε πόσο επείγει',
	'handoff.error.device': 'Επιλέξτε αν πρόκειται για εταιρική ή για προσωπική συσκευή',
	'handoff.error.emailMissing':
		'Εισαγάγετε τη διεύθυνση email σας, ώστε να μπορεί να σας απαντήσει το Helpdesk',
	'handoff.error.emailFormat':
		'Εισαγάγετε μια διεύθυνση email σε σωστή μορφή, π.χ. name@example.com',
	'handoff.error.prefix': 'Σφάλμα: {message}',
	// Hints while typing
	'handoff.route.note':
		'Σε προσωπική συσκευή, το θέμα «{topic}» {who}. {how} Αν χρειάζεται, μπορείτε πάντως να το στείλετε στο Helpdesk.',
	'handoff.route.vendor': 'το αναλαμβάνει ο κατασκευαστής ή το κατάστημα από όπου την αγοράσατε',
	'handoff.route.carrier': 'το αναλαμβάνει ο πάροχος κινητής τηλεφωνίας σας',
	'handoff.route.not-supported': 'δεν το αναλαμβάνει το Helpdesk, γιατί δεν υποστηρίζεται',
	'handoff.route.policyLink': 'Δείτε την πολιτική για τις προσωπικές συσκευές',
	'handoff.suggestions.title': 'Πριν το στείλετε, ίσως σας βοηθήσουν τα εξής:',
	'handoff.suggestions.known': 'Μοιάζει με το {id}, ένα γνωστό πρόβλημα: {link}.',
	'handoff.suggestions.meanwhile': 'Στο μεταξύ: {workaround}',
	// The request as an email, and as "Copy details" copies it
	'mail.summary': 'Σύνοψη',
	'mail.urgency': 'Πόσο επείγει',
	'mail.device': 'Συσκευή',
	'mail.device.corporate': 'Εταιρική συσκευή',
	'mail.device.personal': 'Προσωπική συσκευή',
	'mail.platform': 'Πλατφόρμα',
	'mail.details': 'Λεπτομέρειες',
	'mail.errorMessage': 'Ακριβές μήνυμα σφάλματος',
	'mail.tried': 'Έχουν ήδη δοκιμαστεί',
	'mail.name': 'Όνομα',
	'mail.email': 'Email',
	'mail.notGiven': '(δεν συμπληρώθηκε)',
	'mail.context': 'Πρόσθετα στοιχεία (προστέθηκαν από την πύλη βοήθειας):',
	'mail.cameFrom': 'Σελίδα προέλευσης',
	'mail.searchedFor': 'Όροι αναζήτησης',
	'mail.viewed': 'Γνωστά προβλήματα που είδε',
	'mail.browser': 'Πρόγραμμα περιήγησης',
	'mail.language': 'Γλώσσα',
	'mail.shortened':
		'[Το email συντομεύτηκε για να χωρέσει. Επικολλήστε εδώ ολόκληρο το κείμενο που αντιγράψατε από την πύλη βοήθειας («Αντιγραφή στοιχείων»).]',
	'mail.subject.default': 'Αίτημα υποστήριξης',
	'mail.subject.after': '{subject} (μετά το {id})',
	// Troubleshooter path: a walk through a troubleshooter handed to "Still stuck?" (src/lib/troubleshooter-run.ts):
	// handoff.tried.* fill the form in the reader's language; mail.* and ticket.* are the helpdesk's labels
	'handoff.tried.troubleshooter': 'Ακολούθησα τα βήματα «{title}» στο {id}:',
	'handoff.tried.troubleshooter.answer': '- {question} {answer}',
	'handoff.tried.troubleshooter.notSolved': 'Δοκίμασα τη λύση «{title}»: δεν βοήθησε.',
	'handoff.tried.troubleshooter.solved': 'Δοκίμασα τη λύση «{title}»: βοήθησε.',
	'handoff.tried.troubleshooter.contact':
		'Κατέληξα στο «{title}», που μπορεί να το κάνει μόνο το Helpdesk.',
	'mail.troubleshooter': 'Αντιμετώπιση προβλήματος βήμα προς βήμα',
	'mail.troubleshooter.which': '{id} στο {entryId}',
	'mail.troubleshooter.step': '{number}. {question} Απάντηση: {answer}',
	'mail.troubleshooter.end': 'Κατέληξε στο βήμα',
	'mail.troubleshooter.notSolved': '{step}, δεν έλυσε το πρόβλημα',
	'mail.troubleshooter.solved': '{step}, έλυσε το πρόβλημα',
	'ticket.troubleshooter': 'Πορεία αντιμετώπισης προβλήματος',
	// The relay's ticket, in the relay's language (src/relay/ticket.ts); it uses the mail.* labels above too
	'ticket.summary': 'Ποιο είναι το πρόβλημα',
	'ticket.details': 'Περισσότερες λεπτομέρειες',
	'ticket.deviceAndPlatform': 'Συσκευή και πλατφόρμα',
	'ticket.requester': 'Αιτών',
	'ticket.replyIn': 'Απάντηση στη γλώσσα: {language}',
	'ticket.context': 'Προστέθηκαν από την πύλη βοήθειας',
	'ticket.noEntry': '(καμία καταχώριση)',
	'ticket.noSearch': '(καμία αναζήτηση)',
	'ticket.noneViewed': '(κανένα)',
	'ticket.page': 'Σελίδα',
	'ticket.pageLanguage': 'Γλώσσα της σελίδας',
	'ticket.sent': 'Στάλθηκε',
	'ticket.reference': 'Αναφορά πύλης: {reference} (αίτημα {key})',
	'ticket.platformNotGiven': 'δεν συμπληρώθηκε',
	// "Was this helpful?"
	'feedback.heading': 'Σας βοήθησε αυτή η σελίδα;',
	'feedback.yes': 'Ναι',
	'feedback.no': 'Όχι, το πρόβλημα παραμένει',
	'feedback.thanks': 'Ευχαριστούμε! Χαιρόμαστε που σας βοήθησε.',
	'feedback.sorry':
		'Λυπούμαστε που δεν σας βοήθησε. Ενημερώστε το Helpdesk παρακάτω: η σελίδα αυτή θα επισυναφθεί στο αίτημα.',
	// Copy buttons
	'copy.label': 'Αντιγραφή',
	'copy.copied': 'Αντιγράφηκε',
	'copy.failed': 'Η αντιγραφή απέτυχε',
	'copy.status.copied': 'Αντιγράφηκε στο Πρόχειρο',
	'copy.status.failed':
		'Δεν ήταν δυνατή η αντιγραφή. Επιλέξτε το κείμενο και αντιγράψτε το χειροκίνητα.',
	'copy.link': 'Αντιγραφή συνδέσμου',
	'copy.linkTo': 'Αντιγραφή συνδέσμου για: {name}',
	// Lists and filters
	'list.count': { one: '{count} καταχώριση', other: '{count} καταχωρίσεις' },
	'filter.count.entries': {
		one: '{shown} από {count} καταχώριση',
		other: '{shown} από {count} καταχωρίσεις',
	},
	'filter.count.articles': {
		one: '{shown} από {count} άρθρο',
		other: '{shown} από {count} άρθρα',
	},
	'filter.knownErrors.count': {
		one: 'Εμφανίζεται {count} γνωστό πρόβλημα',
		other: 'Εμφανίζονται {count} γνωστά προβλήματα',
	},
	// Site footer
	'footer.contact.heading': 'Επικοινωνία με το Helpdesk',
	'footer.email': 'Email: {email}',
	'footer.phone': 'Τηλέφωνο: {phone}',
	'footer.hours': 'Ώρες εξυπηρέτησης: {hours}',
	'footer.more.heading': 'Περισσότερη βοήθεια',
	'footer.knownErrors': 'Γνωστά προβλήματα και προσωρινές λύσεις',
	'footer.categories': 'Όλα τα θέματα βοήθειας',
	'footer.search': 'Αναζήτηση σε όλη τη βοήθεια',
	'footer.runBy': 'Η πύλη {portal} λειτουργεί με ευθύνη του IT Helpdesk της {organisation}.',
	// Breadcrumbs
	'breadcrumbs.label': 'Διαδρομή πλοήγησης',
	// A policy's support matrix
	'matrix.heading': 'Ποιος υποστηρίζει τι',
	'matrix.topic': 'Θέμα',
	'matrix.who': 'Ποιος βοηθά',
	'matrix.how': 'Τι να κάνετε',
	'matrix.moreInformation': 'Περισσότερες πληροφορίες',
	// Components authors use in MDX
	'mdx.callout.info': 'Σημείωση',
	'mdx.callout.warning': 'Προειδοποίηση',
	'mdx.callout.danger': 'Σημαντικό',
	'mdx.callout.label': '{type}:',
	'mdx.platform.yours': 'Η συσκευή σας',
	'mdx.step.link': 'Σύνδεσμος για το βήμα: {title}',
	'mdx.step.done': 'Έκανα αυτό το βήμα',
	'mdx.step.doneFor': ': {title}',
	// Troubleshooters: guided checks in an entry (src/components/mdx/Troubleshooter.astro and its steps)
	'troubleshooter.start': 'Ξεκινήστε από εδώ',
	'troubleshooter.why': 'Γιατί ρωτάμε:',
	'troubleshooter.contact': 'Αυτό μπορεί να το διορθώσει μόνο το Helpdesk. {handoff}',
	'troubleshooter.contact.handoff': 'Ρωτήστε το Helpdesk',
	'troubleshooter.solved': 'Λύθηκε το πρόβλημα; Αν όχι, {handoff}.',
	'troubleshooter.solved.handoff': 'ρωτήστε το Helpdesk',
	'troubleshooter.restart': 'Επιστροφή στην πρώτη ερώτηση',
	'troubleshooter.yourAnswers': 'Οι απαντήσεις σας μέχρι τώρα',
	'troubleshooter.back': 'Πίσω',
	'troubleshooter.startOver': 'Από την αρχή',
	'troubleshooter.solved.question': 'Λύθηκε το πρόβλημα;',
	'troubleshooter.solved.yes': 'Ναι, τώρα λειτουργεί',
	'troubleshooter.solved.no': 'Όχι, ρωτήστε το Helpdesk',
	'troubleshooter.solved.thanks':
		'Ωραία. Αν το πρόβλημα επανεμφανιστεί, ξεκινήστε από την αρχή ή επικοινωνήστε με το Helpdesk.',
	// /help/ (src/pages/[...lang]/help/index.astro)
	'helpPage.title': 'Επικοινωνία με το Helpdesk',
	'helpPage.description': 'Πώς θα επικοινωνήσετε με το IT Helpdesk της {organisation}.',
	'helpPage.lead': 'Αν οι σελίδες βοήθειας δεν έλυσαν το πρόβλημα, θα το λύσει το Helpdesk.',
	'helpPage.query': 'Η αναζήτησή σας {query} έχει ήδη συμπληρωθεί παρακάτω.',
	// /known-errors/ (src/pages/[...lang]/known-errors/index.astro)
	'knownErrorsPage.title': 'Γνωστά προβλήματα',
	'knownErrorsPage.description':
		'Προβλήματα που γνωρίζει ήδη το Helpdesk, με προσωρινές λύσεις και πότε αναμένεται η διόρθωση.',
	'knownErrorsPage.lead':
		'Προβλήματα που ήδη γνωρίζουμε, με το τι μπορείτε να κάνετε στο μεταξύ και πότε αναμένεται η διόρθωση. Αν το δικό σας πρόβλημα είναι εδώ, δεν χρειάζεται να ανοίξετε αίτημα.',
	'knownErrorsPage.filter.label': 'Φιλτράρισμα γνωστών προβλημάτων',
	'knownErrorsPage.filter.show': 'Εμφάνιση',
	'knownErrorsPage.filter.all': 'Ανοιχτά και επιλυμένα',
	'knownErrorsPage.filter.open': 'Μόνο ανοιχτά',
	'knownErrorsPage.filter.resolved': 'Μόνο επιλυμένα',
	'knownErrorsPage.filter.service': 'Υπηρεσία',
	'knownErrorsPage.filter.allServices': 'Όλες οι υπηρεσίες',
	'knownErrorsPage.filter.apply': 'Εφαρμογή',
	'knownErrorsPage.open': 'Ανοιχτά ({count})',
	'knownErrorsPage.resolved': 'Επιλυμένα ({count})',
	'knownErrorsPage.noneOpen': 'Δεν υπάρχουν ανοιχτά γνωστά προβλήματα.',
	'knownErrorsPage.noneResolved': 'Δεν έχει επιλυθεί κάποιο πρόβλημα ακόμη.',
	// Pages and layouts (src/pages/[...lang]/, src/layouts/)
	'page.skip': 'Μετάβαση στο περιεχόμενο',
	'nav.home': 'Αρχική',
	// Home (src/pages/[...lang]/index.astro)
	'home.description':
		'Λύστε μόνοι σας θέματα IT, δείτε τα γνωστά προβλήματα και επικοινωνήστε με το Helpdesk της {organisation}.',
	'home.heading': 'Πώς μπορούμε να σας βοηθήσουμε;',
	'home.searchLabel': 'Αναζήτηση βοήθειας',
	'home.known.heading': 'Γνωστά προβλήματα αυτή τη στιγμή',
	'home.known.intro':
		'Αν το πρόβλημά σας αναφέρεται εδώ, ήδη εργαζόμαστε για την επίλυσή του: ακολουθήστε την προσωρινή λύση και δεν χρειάζεται να ανοίξετε αίτημα.',
	'home.known.none': 'Αυτή τη στιγμή δεν υπάρχουν γνωστά προβλήματα.',
	'home.known.all': 'Όλα τα γνωστά προβλήματα, μαζί με τα επιλυμένα',
	'home.start.heading': 'Ξεκινήστε από εδώ',
	'home.start.all': 'Όλα τα άρθρα, ανά θέμα',
	'home.topics.heading': 'Περιήγηση ανά θέμα',
	'home.contact.heading': 'Επικοινωνία με το Helpdesk',
	'home.contact.emailOrCall': 'Στείλτε email στο {email} ή καλέστε στο {phone}.',
	'home.contact.email': 'Στείλτε email στο {email}.',
	'home.contact.hours': 'Απαντάμε {hours}.',
	'home.contact.advice':
		'Αναφέρετε τι κάνατε, το ακριβές μήνυμα σφάλματος, ποια συσκευή χρησιμοποιείτε και τι έχετε ήδη δοκιμάσει: έτσι δεν θα χρειαστεί να σας ξαναρωτήσει κανείς.',
	// Lists (src/pages/[...lang]/articles/, policies/, categories/, ids/)
	'articles.title': 'Όλα τα άρθρα',
	'articles.description':
		'Όλα τα άρθρα βοήθειας ανά θέμα: λύσεις βήμα προς βήμα και οδηγίες για εταιρικές και προσωπικές συσκευές.',
	'articles.lead': {
		one: 'Όλα τα άρθρα βοήθειας ανά θέμα ({count} συνολικά). Πληκτρολογήστε λίγες λέξεις για να περιορίσετε τη λίστα. Για να ψάξετε στο κείμενο όλων των άρθρων και των γνωστών προβλημάτων, χρησιμοποιήστε την {search}.',
		other:
			'Όλα τα άρθρα βοήθειας ανά θέμα ({count} συνολικά). Πληκτρολογήστε λίγες λέξεις για να περιορίσετε τη λίστα. Για να ψάξετε στο κείμενο όλων των άρθρων και των γνωστών προβλημάτων, χρησιμοποιήστε την {search}.',
	},
	'articles.lead.search': 'αναζήτηση',
	'articles.filter': 'Φιλτράρισμα άρθρων κατά τίτλο ή θέμα',
	'policies.title': 'Πολιτικές',
	'policies.description': 'Οι πολιτικές IT που ορίζουν τι υποστηρίζει το Helpdesk και τι όχι.',
	'policies.lead':
		'Τι υποστηρίζει το Helpdesk και σε ποιες συσκευές, και τι είναι δική σας ευθύνη ή ευθύνη του παρόχου κινητής τηλεφωνίας σας ή του κατασκευαστή.',
	'topics.title': 'Θέματα βοήθειας',
	'topics.description': 'Όλα τα θέματα βοήθειας, από κωδικούς πρόσβασης μέχρι εκτυπωτές.',
	'topic.known': 'Γνωστά προβλήματα',
	'topic.guides': 'Οδηγοί και πολιτικές',
	'topic.noGuides': 'Δεν υπάρχουν ακόμη οδηγοί σε αυτό το θέμα.',
	'topic.resolved': 'Επιλυμένα προβλήματα',
	'ids.title': 'Όλα τα αναγνωριστικά',
	'ids.description':
		'Όλα τα αναγνωριστικά καταχωρίσεων με τύπο, τίτλο και κατάσταση: ο πίνακας αναφοράς των τεχνικών του Helpdesk.',
	'ids.lead':
		'Όλες οι καταχωρίσεις με τον σύντομο σύνδεσμό τους. Για να ανοίξετε μία, επικολλήστε το {example} μετά τη διεύθυνση της πύλης.',
	'ids.filter': 'Φιλτράρισμα κατά αναγνωριστικό, τίτλο ή κατάσταση',
	'ids.caption': 'Αναγνωριστικά καταχωρίσεων',
	'ids.column.id': 'Αναγνωριστικό',
	'ids.column.type': 'Τύπος',
	'ids.column.title': 'Τίτλος',
	'ids.column.status': 'Κατάσταση',
	// Entry pages (src/layouts/EntryLayout.astro)
	'entry.updated': 'Ενημερώθηκε',
	'entry.appliesTo': 'Ισχύει για',
	'entry.owner': 'Υπεύθυνος',
	'entry.shortLink': 'Σύντομος σύνδεσμος',
	'entry.related': 'Σχετική βοήθεια',
	'entry.copyLink': 'Αντιγραφή συνδέσμου',
	'entry.copyReply': 'Αντιγραφή απάντησης',
	'policy.version': 'Έκδοση {version}, σε ισχύ από {date}.',
	// Copied reply text (src/lib/reply.ts, from EntryLayout.astro)
	'reply.status': 'Κατάσταση',
	'reply.workaround': 'Προσωρινή λύση',
	// Not found, redirects (NotFound.astro, src/pages/[...redirect].astro)
	'notFound.title': 'Η σελίδα δεν βρέθηκε',
	'notFound.heading': 'Δεν βρήκαμε αυτή τη σελίδα',
	'notFound.lead':
		'Ίσως ο σύνδεσμος έχει κάποιο λάθος ή η σελίδα έχει καταργηθεί. Αναζητήστε αυτό που χρειάζεστε:',
	'notFound.home': 'Μετάβαση στην αρχική σελίδα',
	'redirect.moved': 'Αυτή η σελίδα έχει μεταφερθεί: {link}.',
	// Entry types, statuses and severities (EntryLayout.astro, EntryList.astro, StatusBadge.astro, KnownErrorFacts.astro, Timeline.astro, the feed src/pages/known-errors.xml.ts)
	'type.article': 'Άρθρο',
	'type.known-error': 'Γνωστό πρόβλημα',
	'type.policy': 'Πολιτική',
	'status.investigating': 'Υπό διερεύνηση',
	'status.identified': 'Εντοπίστηκε η αιτία',
	'status.workaround': 'Υπάρχει προσωρινή λύση',
	'status.fix-in-progress': 'Διόρθωση σε εξέλιξη',
	'status.monitoring': 'Διορθώθηκε, υπό παρακολούθηση',
	'status.resolved': 'Επιλύθηκε',
	'severity.critical': 'Κρίσιμη',
	'severity.major': 'Σοβαρή',
	'severity.minor': 'Μικρή',
	// Notices and the banner (NoticeItem.astro, StatusBanner.astro, elements/status-messages.ts)
	'notice.info': 'Ενημέρωση',
	'notice.maintenance': 'Προγραμματισμένη συντήρηση',
	'notice.degraded': 'Υποβάθμιση υπηρεσίας',
	'notice.outage': 'Διακοπή λειτουργίας',
	'banner.level.critical': 'Κρίσιμο γνωστό πρόβλημα',
	'banner.level.major': 'Γνωστό πρόβλημα',
	'banner.level.minor': 'Γνωστό πρόβλημα',
	// Platforms, devices and who supports what (EntryLayout.astro, mdx/Platform.astro, HandoffForm.astro, SupportMatrix.astro, the relay's src/relay/ticket.ts)
	'platform.windows': 'Windows',
	'platform.macos': 'macOS',
	'platform.linux': 'Linux',
	'platform.ios': 'iPhone και iPad',
	'platform.android': 'Android',
	'platform.web': 'Πρόγραμμα περιήγησης',
	'platform.other': 'Κάτι άλλο',
	'device.corporate': 'Εταιρική συσκευή',
	'device.personal': 'Προσωπική συσκευή (BYOD)',
	'route.helpdesk': 'IT Helpdesk',
	'route.vendor': 'Κατασκευαστής ή κατάστημα',
	'route.carrier': 'Πάροχος κινητής τηλεφωνίας',
	'route.self-service': 'Εσείς (αυτοεξυπηρέτηση)',
	'route.not-supported': 'Δεν υποστηρίζεται',
	// How urgent a request is (HandoffForm.astro, src/lib/handoff.ts formatHandoffText, src/relay/ticket.ts)
	'urgency.blocked': 'Δεν μπορώ να δουλέψω',
	'urgency.degraded': 'Μπορώ να δουλέψω, αλλά αργά ή με προσωρινή λύση',
	'urgency.question': 'Είναι απλώς μια ερώτηση',
	// Languages (LanguagePicker.astro, TranslationNotice.astro)
	'language.picker': 'Γλώσσα',
	'language.untranslated':
		'Αυτή η σελίδα δεν έχει μεταφραστεί ακόμη, γι’ αυτό εμφανίζεται στη γλώσσα του πρωτοτύπου.',
	'language.stale':
		'Το πρωτότυπο αυτής της σελίδας ενημερώθηκε στις {date}, μετά τη μετάφραση, οπότε ορισμένες πληροφορίες εδώ ίσως δεν είναι πλέον επίκαιρες.',
	'language.original': 'Διαβάστε το πρωτότυπο',
	// Known-error body sections, by their headings in this language (EntryLayout.astro, for src/lib/reply.ts)
	'section.workaround': 'Προσωρινή λύση',
};
