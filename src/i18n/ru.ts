import type { LanguageCatalog } from './en.ts';

/** The portal's own text in Russian. */
export const ru: LanguageCatalog = {
	// Site header
	'header.nav': 'Главное меню',
	'header.nav.knownErrors': 'Известные проблемы',
	'header.nav.articles': 'Статьи',
	'header.nav.topics': 'Темы',
	'header.nav.policies': 'Политики',
	'header.nav.status': 'Состояние сервисов',
	'header.search.label': 'Поиск по справочным статьям',
	'header.search.placeholder': 'Поиск по справке',
	// Search boxes and the search page (SearchBox.astro, src/pages/[...lang]/search/index.astro, kb-search-page.ts)
	'search.submit': 'Найти',
	'search.hint': 'Опишите проблему своими словами или вставьте текст сообщения об ошибке.',
	'search.resultsLabel': 'Результаты поиска',
	'search.title': 'Поиск',
	'search.description': 'Поиск по всем справочным статьям, известным проблемам и политикам.',
	'search.heading': 'Поиск по справке',
	'search.label': 'Поиск по справке',
	'search.filters.toggle': 'Отфильтровать результаты',
	'search.filters.legend': 'Фильтры',
	'search.filters.any': 'Все',
	'search.filters.type': 'Тип',
	'search.filters.category': 'Тема',
	'search.filters.platform': 'Платформа',
	'search.filters.device': 'Устройство',
	'search.filters.status': 'Статус известной проблемы',
	'search.suggestion': 'Возможно, вы имели в виду {suggestion}?',
	'search.more': 'Показать ещё результаты',
	'search.help.heading': 'Проблема не решена?',
	'search.help.text':
		'Если ничего не подошло, {link}. Ваш поисковый запрос будет передан вместе с обращением, вводить его заново не придётся.',
	'search.help.link': 'задайте вопрос службе поддержки',
	'search.index.heading': 'Вся справка от А до Я',
	'search.unavailable':
		'Поиск сейчас недоступен. Просмотрите темы или обратитесь в службу поддержки через форму ниже.',
	'search.untranslated': 'Язык: {language} (перевода пока нет)',
	'search.noResults': 'По запросу «{query}» ничего не найдено.',
	'search.noResultsFiltered': 'По запросу «{query}» с выбранными фильтрами ничего не найдено.',
	'search.noExactMatch': 'Точных совпадений по запросу «{query}» нет, но может помочь вот это:',
	'search.noExactMatchFiltered':
		'Точных совпадений по запросу «{query}» с выбранными фильтрами нет, но может помочь вот это:',
	'search.resultCount': {
		one: '{count} результат по запросу «{query}»',
		few: '{count} результата по запросу «{query}»',
		many: '{count} результатов по запросу «{query}»',
		other: '{count} результата по запросу «{query}»',
	},
	'search.resultCountFiltered': {
		one: '{count} результат по запросу «{query}» с выбранными фильтрами',
		few: '{count} результата по запросу «{query}» с выбранными фильтрами',
		many: '{count} результатов по запросу «{query}» с выбранными фильтрами',
		other: '{count} результата по запросу «{query}» с выбранными фильтрами',
	},
	// Results as you type under the header's box
	'search.panel.noResults': 'По запросу «{query}» ничего не найдено',
	'search.panel.resultCount': {
		one: '{count} результат',
		few: '{count} результата',
		many: '{count} результатов',
		other: '{count} результата',
	},
	'search.panel.resultCountSuggestion': {
		one: '{count} результат, в том числе по запросу «{suggestion}»',
		few: '{count} результата, в том числе по запросу «{suggestion}»',
		many: '{count} результатов, в том числе по запросу «{suggestion}»',
		other: '{count} результата, в том числе по запросу «{suggestion}»',
	},
	'search.panel.seeAll': {
		one: 'Показать все результаты ({count})',
		few: 'Показать все результаты ({count})',
		many: 'Показать все результаты ({count})',
		other: 'Показать все результаты ({count})',
	},
	'search.panel.tips': 'Советы по поиску и помощь',
	'search.panel.openPage': 'Открыть страницу поиска',
	// The status banner
	'banner.heading': 'Состояние сервисов',
	'banner.itemLevel': '{level}:',
	'banner.announce': '{level}: {title}',
	'banner.moreIssues': {
		one: 'Ещё {count} проблема — на странице состояния сервисов',
		few: 'Ещё {count} проблемы — на странице состояния сервисов',
		many: 'Ещё {count} проблем — на странице состояния сервисов',
		other: 'Ещё {count} проблемы — на странице состояния сервисов',
	},
	'banner.showMore': {
		one: 'Показать ещё {count}',
		few: 'Показать ещё {count}',
		many: 'Показать ещё {count}',
		other: 'Показать ещё {count}',
	},
	'banner.showLess': 'Свернуть',
	'banner.moreOnStatusPage': {
		one: 'Ещё {count} — на странице состояния сервисов',
		few: 'Ещё {count} — на странице состояния сервисов',
		many: 'Ещё {count} — на странице состояния сервисов',
		other: 'Ещё {count} — на странице состояния сервисов',
	},
	'banner.asOf': 'Состояние на {time}',
	'banner.asOfStale':
		'Состояние на {time}. Возможно, данные устарели: проверьте позже или обратитесь в службу поддержки.',
	'banner.dismiss': 'Скрыть уведомление: {title}',
	// Notices on the status page
	'notices.from': 'с {start}',
	'notices.to': 'до {end}',
	'notices.details': 'Подробнее',
	// A known error's facts and badges
	'facts.heading': 'Состояние проблемы',
	'facts.resolved':
		'Решено {date}. Если проблема у вас сохраняется, обратитесь в службу поддержки.',
	'facts.status': 'Статус',
	'facts.severity': 'Критичность',
	'facts.affects': 'Затронутые сервисы',
	'facts.firstSeen': 'Впервые замечено',
	'facts.fixExpected': 'Ожидаемый срок исправления',
	'facts.nextUpdate': 'Следующее обновление не позднее',
	'facts.updateOverdue': 'Обновление просрочено с',
	'facts.problemRecord': 'Запись о проблеме',
	'facts.recognise': 'Как распознать проблему',
	'facts.errorMessages': 'Возможные сообщения об ошибке:',
	'facts.badge.severity': 'Критичность:',
	'facts.badge.status': 'Статус:',
	// A known error's updates
	'timeline.heading': 'Обновления (сначала новые)',
	// The status page (src/pages/[...lang]/status/index.astro)
	'statusPage.title': 'Состояние сервисов',
	'statusPage.description': 'Текущие сбои, плановые работы и известные проблемы.',
	'statusPage.lead':
		'Что сейчас не работает, что запланировано и что мы уже исправляем. Время указано в UTC.',
	'statusPage.now': 'Сейчас',
	'statusPage.nowEmpty': 'Сейчас нет ни сбоев, ни плановых работ.',
	'statusPage.upcoming': 'Запланировано',
	'statusPage.upcomingEmpty': 'Плановых работ пока нет.',
	'statusPage.open': 'Открытые известные проблемы ({count})',
	'statusPage.openEmpty': 'Открытых известных проблем нет.',
	'statusPage.resolved': 'Недавно решённые',
	'statusPage.resolvedEmpty': 'Недавно решённых проблем нет.',
	'statusPage.json': 'Состояние в формате JSON',
	'statusPage.feed': 'RSS-лента известных проблем',
	// The known-issues feed, in the portal's default language (src/pages/known-errors.xml.ts)
	'feed.title': '{portal}: известные проблемы',
	'feed.description':
		'Известные ИТ-проблемы в компании {organisation}: статус и временные решения.',
	'feed.itemTitle': '{title} ({status})',
	'feed.facts': 'Статус: {status}. Критичность: {severity}. Затронутые сервисы: {services}.',
	'feed.latestUpdate': 'Последнее обновление: {note}',
	// "Still stuck?": the handoff form
	'handoff.heading.collapsed': 'Проблема не решена? Обратитесь в службу поддержки',
	'handoff.heading.open': 'Расскажите службе поддержки, что случилось',
	'handoff.contact': 'Вы также всегда можете написать на {email}.',
	'handoff.contactWithPhone':
		'Вы также всегда можете написать на {email} или позвонить по номеру {phone}.',
	'handoff.errorSummary.title': 'Исправьте ошибки в форме',
	'handoff.legend': 'Ваше обращение',
	'handoff.intro':
		'Опишите всё сразу и подробно — тогда вам не придётся отвечать на уточняющие вопросы.',
	'handoff.draftNote': 'Введённый текст сохраняется на этом устройстве до отправки.',
	'handoff.draftNotKept':
		'Этот браузер не позволяет порталу сохранить черновик: отправьте обращение, прежде чем уйти с этой страницы.',
	'handoff.optional': '(необязательно)',
	'handoff.summary.label': 'Что случилось?',
	'handoff.summary.hint': '(в двух словах)',
	'handoff.details.label': 'Подробности',
	'handoff.errorMessage.label': 'Точный текст ошибки',
	'handoff.errorMessage.hint': '(вставьте его, если он есть)',
	'handoff.tried.label': 'Что вы уже пробовали?',
	'handoff.tried.followed': 'Выполнены рекомендации из {id} «{title}».',
	'handoff.tried.steps': 'Выполненные шаги: {steps}.',
	'handoff.urgency.legend': 'Насколько это срочно?',
	'handoff.device.legend': 'На каком устройстве проблема?',
	'handoff.device.corporate': 'Корпоративное устройство',
	'handoff.device.personal': 'Моё личное устройство (BYOD)',
	'handoff.platform.label': 'Система',
	'handoff.platform.hint': '(мы определили её по вашему браузеру; если неверно, выберите другую)',
	'handoff.platform.unsure': 'Не знаю',
	'handoff.name.label': 'Ваше имя',
	'handoff.email.label': 'Ваш рабочий адрес электронной почты',
	'handoff.trap.label': 'Оставьте это поле пустым',
	'handoff.send': 'Отправить в службу поддержки',
	'handoff.writeEmail': 'Составить письмо',
	'handoff.sending': 'Отправка…',
	'handoff.retry': 'Повторить',
	'handoff.emailInstead': 'Отправить письмом',
	'handoff.copyDetails': 'Копировать данные',
	'handoff.mailtoNote':
		'Письмо слишком длинное для вашего почтового приложения, поэтому оно сокращено: нажмите «Копировать данные» и вставьте в письмо полный текст.',
	'handoff.mailtoOpened':
		'Должно открыться почтовое приложение с уже заполненным письмом: проверьте его и отправьте. Если оно не открылось, нажмите «Отправить письмом» или скопируйте данные в письмо вручную.',
	// What the form says once the request is sent, or when it could not be
	'handoff.sent.received':
		'Обращение получено. Система заявок сейчас перегружена, поэтому заявка будет создана чуть позже — её номер придёт вам по электронной почте.',
	'handoff.sent.receivedWithReference':
		'Обращение получено, его номер: {reference}. Система заявок сейчас перегружена, поэтому заявка будет создана чуть позже — её номер придёт вам по электронной почте.',
	'handoff.sent.ticket':
		'Отправлено. Номер вашей заявки: {ticket}. Служба поддержки ответит вам по электронной почте.',
	'handoff.sent.reference':
		'Отправлено. Номер обращения: {reference}. Служба поддержки ответит вам по электронной почте.',
	'handoff.sent.plain': 'Отправлено. Служба поддержки ответит вам по электронной почте.',
	'handoff.failed.refused':
		'Система службы поддержки не приняла обращение ({status}). Всё, что вы ввели, сохранено.',
	'handoff.failed.refusedWithReason':
		'Система службы поддержки не приняла обращение ({status}: {reason}). Всё, что вы ввели, сохранено.',
	'handoff.failed.server':
		'В системе службы поддержки произошёл сбой (ошибка {status}). Всё, что вы ввели, сохранено: повторите попытку чуть позже или отправьте обращение письмом.',
	'handoff.failed.timeout':
		'Система службы поддержки не ответила за {seconds} с. Всё, что вы ввели, сохранено: повторите попытку или отправьте обращение письмом.',
	'handoff.failed.offline':
		'Не удалось связаться со службой поддержки: возможно, нет подключения к интернету. Всё, что вы ввели, сохранено: повторите попытку или отправьте обращение письмом.',
	'handoff.textsMissing':
		'Не удалось загрузить часть текстов этой формы. Всё, что вы ввели, сохранено: проверьте поля и отправьте ещё раз или напишите в службу поддержки по адресу, указанному выше.',
	// The relay's refusals, by the code it answers with (src/lib/handoff-refusal.ts)
	'handoff.refused.origin':
		'Система службы поддержки принимает обращения только со своего портала поддержки, поэтому это обращение не отправлено. Всё, что вы ввели, сохранено: отправьте обращение письмом.',
	/** `{count}` is the number of seconds to wait. */
	'handoff.refused.rateLimited': {
		one: 'Из вашей сети только что поступило слишком много обращений. Подождите {count} секунду и повторите попытку. Всё, что вы ввели, сохранено.',
		few: 'Из вашей сети только что поступило слишком много обращений. Подождите {count} секунды и повторите попытку. Всё, что вы ввели, сохранено.',
		many: 'Из вашей сети только что поступило слишком много обращений. Подождите {count} секунд и повторите попытку. Всё, что вы ввели, сохранено.',
		other:
			'Из вашей сети только что поступило слишком много обращений. Подождите {count} секунды и повторите попытку. Всё, что вы ввели, сохранено.',
	},
	'handoff.refused.tooLarge':
		'Обращение слишком большое для отправки. Сократите самое длинное поле или отправьте обращение письмом. Всё, что вы ввели, сохранено.',
	'handoff.refused.unreadable':
		'Система службы поддержки не смогла прочитать обращение, поэтому оно не отправлено. Всё, что вы ввели, сохранено: повторите попытку или отправьте обращение письмом.',
	'handoff.refused.invalidField':
		'Система службы поддержки не приняла содержимое одного из полей. Всё, что вы ввели, сохранено: проверьте форму и повторите попытку или отправьте обращение письмом.',
	'handoff.refused.invalidFieldNamed':
		'Система службы поддержки не приняла содержимое поля «{field}». Всё, что вы ввели, сохранено: проверьте это поле и повторите попытку или отправьте обращение письмом.',
	'handoff.refused.outdated':
		'Эта страница устарела, поэтому служба поддержки не смогла прочитать обращение. Всё, что вы ввели, сохранено: обновите страницу и отправьте обращение ещё раз или отправьте его письмом.',
	'handoff.refused.automated':
		'Это обращение похоже на автоматическое, поэтому оно не отправлено. Всё, что вы ввели, сохранено: отправьте обращение в службу поддержки письмом.',
	'handoff.refused.wrongAddress':
		'Портал поддержки отправляет обращения на адрес, по которому система службы поддержки их не принимает. Всё, что вы ввели, сохранено: отправьте обращение письмом и сообщите об этом в службу поддержки.',
	'handoff.refused.storeFailed':
		'Системе службы поддержки не удалось сохранить обращение, поэтому ничего не отправлено. Всё, что вы ввели, сохранено: повторите попытку чуть позже или отправьте обращение письмом.',
	/** Before what another ticket system said, shown apart as it sent it (often in English). */
	'handoff.refused.reply': 'Ответ системы службы поддержки:',
	// The form's checks
	'handoff.error.summary': 'Кратко опишите, что случилось',
	'handoff.error.urgency': 'Выберите, насколько это срочно',
	'handoff.error.device': 'Укажите, корпоративное это устройство или личное',
	'handoff.error.emailMissing':
		'Введите адрес электронной почты, чтобы служба поддержки могла вам ответить',
	'handoff.error.emailFormat':
		'Введите адрес электронной почты в правильном формате, например name@example.com',
	'handoff.error.prefix': 'Ошибка: {message}',
	// Hints while typing
	'handoff.route.note':
		'На личных устройствах вопросы по теме «{topic}» решает {who}. {how} При необходимости вы всё равно можете отправить обращение в службу поддержки.',
	'handoff.route.vendor': 'производитель или магазин, где вы купили устройство',
	'handoff.route.carrier': 'ваш оператор мобильной связи',
	'handoff.route.not-supported': 'не служба поддержки: это не поддерживается',
	'handoff.route.policyLink': 'Подробнее в политике использования личных устройств',
	'handoff.suggestions.title': 'Возможно, это поможет ещё до отправки:',
	'handoff.suggestions.known': 'Похоже, это известная проблема {id}: {link}.',
	'handoff.suggestions.meanwhile': 'Пока проблема не устранена: {workaround}',
	// The request as an email, and as "Copy details" copies it
	'mail.summary': 'Краткое описание',
	'mail.urgency': 'Срочность',
	'mail.device': 'Устройство',
	'mail.device.corporate': 'Корпоративное устройство',
	'mail.device.personal': 'Личное устройство',
	'mail.platform': 'Платформа',
	'mail.details': 'Подробности',
	'mail.errorMessage': 'Точный текст ошибки',
	'mail.tried': 'Что уже пробовали',
	'mail.name': 'Имя',
	'mail.email': 'Эл. почта',
	'mail.notGiven': '(не указано)',
	'mail.context': 'Контекст (добавлен порталом поддержки):',
	'mail.cameFrom': 'Со страницы',
	'mail.searchedFor': 'Поисковый запрос',
	'mail.viewed': 'Просмотренные известные проблемы',
	'mail.browser': 'Браузер',
	'mail.language': 'Язык',
	'mail.shortened':
		'[Письмо сокращено из-за ограничения длины. Вставьте сюда полный текст, скопированный на портале поддержки кнопкой «Копировать данные».]',
	'mail.subject.default': 'Обращение в службу поддержки',
	'mail.subject.after': '{subject} (после просмотра {id})',
	// Troubleshooter path: a walk through a troubleshooter handed to "Still stuck?" (src/lib/troubleshooter-run.ts):
	// handoff.tried.* fill the form in the reader's language; mail.* and ticket.* are the helpdesk's labels
	'handoff.tried.troubleshooter': 'Пройдена пошаговая диагностика «{title}» из {id}:',
	'handoff.tried.troubleshooter.answer': '- {question} {answer}',
	'handoff.tried.troubleshooter.notSolved': 'Испробовано решение «{title}»: не помогло.',
	'handoff.tried.troubleshooter.solved': 'Испробовано решение «{title}»: помогло.',
	'handoff.tried.troubleshooter.contact':
		'Диагностика завершилась на шаге «{title}» — это может сделать только служба поддержки.',
	'mail.troubleshooter': 'Пошаговая диагностика',
	'mail.troubleshooter.which': '{id} из {entryId}',
	'mail.troubleshooter.step': '{number}. {question} Ответ: {answer}',
	'mail.troubleshooter.end': 'Завершилась на шаге',
	'mail.troubleshooter.notSolved': '{step}, проблема не решена',
	'mail.troubleshooter.solved': '{step}, проблема решена',
	'ticket.troubleshooter': 'Ход диагностики',
	// The relay's ticket, in the relay's language (src/relay/ticket.ts); it uses the mail.* labels above too
	'ticket.summary': 'Что случилось',
	'ticket.details': 'Подробности',
	'ticket.deviceAndPlatform': 'Устройство и платформа',
	'ticket.requester': 'Заявитель',
	'ticket.replyIn': 'Язык ответа: {language}',
	'ticket.context': 'Добавлено порталом поддержки',
	'ticket.noEntry': '(без статьи)',
	'ticket.noSearch': '(без поиска)',
	'ticket.noneViewed': '(нет)',
	'ticket.page': 'Страница',
	'ticket.pageLanguage': 'Язык страницы',
	'ticket.sent': 'Отправлено',
	'ticket.reference': 'Номер обращения на портале: {reference} (запрос {key})',
	'ticket.platformNotGiven': 'не указано',
	// "Was this helpful?"
	'feedback.heading': 'Это помогло?',
	'feedback.yes': 'Да',
	'feedback.no': 'Нет, проблема не решена',
	'feedback.thanks': 'Спасибо! Рады, что помогло.',
	'feedback.sorry':
		'Жаль, что не помогло. Напишите в службу поддержки через форму ниже — ссылка на эту страницу будет приложена.',
	// Copy buttons
	'copy.label': 'Копировать',
	'copy.copied': 'Скопировано',
	'copy.failed': 'Не удалось скопировать',
	'copy.status.copied': 'Скопировано в буфер обмена',
	'copy.status.failed': 'Не удалось скопировать: выделите текст и скопируйте его вручную',
	'copy.link': 'Копировать ссылку',
	'copy.linkTo': 'Копировать ссылку: {name}',
	// Lists and filters
	'list.count': {
		one: '{count} запись',
		few: '{count} записи',
		many: '{count} записей',
		other: '{count} записи',
	},
	'filter.count.entries': {
		one: '{shown} из {count} записи',
		few: '{shown} из {count} записей',
		many: '{shown} из {count} записей',
		other: '{shown} из {count} записи',
	},
	'filter.count.articles': {
		one: '{shown} из {count} статьи',
		few: '{shown} из {count} статей',
		many: '{shown} из {count} статей',
		other: '{shown} из {count} статьи',
	},
	'filter.knownErrors.count': {
		one: 'Показана {count} известная проблема',
		few: 'Показаны {count} известные проблемы',
		many: 'Показано {count} известных проблем',
		other: 'Показано {count} известной проблемы',
	},
	// Site footer
	'footer.contact.heading': 'Связаться со службой поддержки',
	'footer.email': 'Эл. почта: {email}',
	'footer.phone': 'Телефон: {phone}',
	'footer.hours': 'Часы работы: {hours}',
	'footer.more.heading': 'Полезные ссылки',
	'footer.knownErrors': 'Известные проблемы и временные решения',
	'footer.categories': 'Все темы справки',
	'footer.search': 'Поиск по всей справке',
	'footer.runBy': 'Портал {portal} ведёт служба ИТ-поддержки компании {organisation}.',
	// Breadcrumbs
	'breadcrumbs.label': 'Навигационная цепочка',
	// A policy's support matrix
	'matrix.heading': 'Кто за что отвечает',
	'matrix.topic': 'Вопрос',
	'matrix.who': 'Кто помогает',
	'matrix.how': 'Что делать',
	'matrix.moreInformation': 'Подробнее',
	// Components authors use in MDX
	'mdx.callout.info': 'Примечание',
	'mdx.callout.warning': 'Внимание',
	'mdx.callout.danger': 'Важно',
	'mdx.callout.label': '{type}:',
	'mdx.platform.yours': 'Ваше устройство',
	'mdx.step.link': 'Ссылка на шаг: {title}',
	'mdx.step.done': 'Шаг выполнен',
	'mdx.step.doneFor': ': {title}',
	// Troubleshooters: guided checks in an entry (src/components/mdx/Troubleshooter.astro and its steps)
	'troubleshooter.start': 'Начните отсюда',
	'troubleshooter.why': 'Зачем мы спрашиваем:',
	'troubleshooter.contact': 'Это может исправить только служба поддержки. {handoff}',
	'troubleshooter.contact.handoff': 'Обратитесь в службу поддержки',
	'troubleshooter.solved': 'Проблема решена? Если нет, {handoff}.',
	'troubleshooter.solved.handoff': 'обратитесь в службу поддержки',
	'troubleshooter.restart': 'Вернуться к первому вопросу',
	'troubleshooter.yourAnswers': 'Ваши ответы',
	'troubleshooter.back': 'Назад',
	'troubleshooter.startOver': 'Начать заново',
	'troubleshooter.solved.question': 'Это помогло?',
	'troubleshooter.solved.yes': 'Да, теперь всё работает',
	'troubleshooter.solved.no': 'Нет, обратиться в службу поддержки',
	'troubleshooter.solved.thanks':
		'Отлично. Если проблема вернётся, начните заново или обратитесь в службу поддержки.',
	// /help/ (src/pages/[...lang]/help/index.astro)
	'helpPage.title': 'Связаться со службой поддержки',
	'helpPage.description': 'Как связаться со службой ИТ-поддержки компании {organisation}.',
	'helpPage.lead': 'Если справка не помогла, вам поможет служба поддержки.',
	'helpPage.query': 'Вы искали {query} — этот запрос уже подставлен в форму ниже.',
	// /known-errors/ (src/pages/[...lang]/known-errors/index.astro)
	'knownErrorsPage.title': 'Известные проблемы',
	'knownErrorsPage.description':
		'Проблемы, о которых служба поддержки уже знает: временные решения и сроки исправления.',
	'knownErrorsPage.lead':
		'Проблемы, о которых мы уже знаем: что делать, пока они не устранены, и когда ждать исправления. Если ваша проблема есть в списке, создавать заявку не нужно.',
	'knownErrorsPage.filter.label': 'Фильтр известных проблем',
	'knownErrorsPage.filter.show': 'Показать',
	'knownErrorsPage.filter.all': 'Открытые и решённые',
	'knownErrorsPage.filter.open': 'Только открытые',
	'knownErrorsPage.filter.resolved': 'Только решённые',
	'knownErrorsPage.filter.service': 'Сервис',
	'knownErrorsPage.filter.allServices': 'Все сервисы',
	'knownErrorsPage.filter.apply': 'Применить',
	'knownErrorsPage.open': 'Открытые ({count})',
	'knownErrorsPage.resolved': 'Решённые ({count})',
	'knownErrorsPage.noneOpen': 'Открытых известных проблем нет.',
	'knownErrorsPage.noneResolved': 'Решённых проблем пока нет.',
	// Pages and layouts (src/pages/[...lang]/, src/layouts/)
	'page.skip': 'Перейти к содержимому',
	'nav.home': 'Главная',
	// Home (src/pages/[...lang]/index.astro)
	'home.description':
		'Устраняйте неполадки самостоятельно, следите за известными проблемами и обращайтесь в службу ИТ-поддержки компании {organisation}.',
	'home.heading': 'Чем мы можем помочь?',
	'home.searchLabel': 'Поиск по справке',
	'home.known.heading': 'Текущие известные проблемы',
	'home.known.intro':
		'Если ваша проблема есть в этом списке, мы уже над ней работаем: воспользуйтесь временным решением, создавать заявку не нужно.',
	'home.known.none': 'Сейчас известных проблем нет.',
	'home.known.all': 'Все известные проблемы, включая решённые',
	'home.start.heading': 'С чего начать',
	'home.start.all': 'Все статьи по темам',
	'home.topics.heading': 'Справка по темам',
	'home.contact.heading': 'Связаться со службой поддержки',
	'home.contact.emailOrCall': 'Напишите на {email} или позвоните по номеру {phone}.',
	'home.contact.email': 'Напишите на {email}.',
	'home.contact.hours': 'Мы на связи: {hours}.',
	'home.contact.advice':
		'Расскажите, что вы делали, приведите точный текст ошибки, укажите, каким устройством пользуетесь и что уже пробовали, — тогда уточнять ничего не придётся.',
	// Lists (src/pages/[...lang]/articles/, policies/, categories/, ids/)
	'articles.title': 'Все статьи',
	'articles.description':
		'Все справочные статьи по темам: пошаговые инструкции и решения для рабочих и личных устройств.',
	'articles.lead': {
		one: 'Все справочные статьи по темам (всего {count}). Введите несколько слов, чтобы сузить список; чтобы искать по тексту всех статей и известных проблем, воспользуйтесь {search}.',
		few: 'Все справочные статьи по темам (всего {count}). Введите несколько слов, чтобы сузить список; чтобы искать по тексту всех статей и известных проблем, воспользуйтесь {search}.',
		many: 'Все справочные статьи по темам (всего {count}). Введите несколько слов, чтобы сузить список; чтобы искать по тексту всех статей и известных проблем, воспользуйтесь {search}.',
		other:
			'Все справочные статьи по темам (всего {count}). Введите несколько слов, чтобы сузить список; чтобы искать по тексту всех статей и известных проблем, воспользуйтесь {search}.',
	},
	'articles.lead.search': 'поиском',
	'articles.filter': 'Фильтр статей по названию или теме',
	'policies.title': 'Политики',
	'policies.description': 'ИТ-политики: с чем помогает служба поддержки, а с чем нет.',
	'policies.lead':
		'С чем помогает служба поддержки, на каких устройствах и что остаётся за вами, вашим оператором связи или производителем.',
	'topics.title': 'Темы справки',
	'topics.description': 'Все темы справки — от паролей до принтеров.',
	'topic.known': 'Известные проблемы',
	'topic.guides': 'Инструкции и политики',
	'topic.noGuides': 'В этой теме пока нет инструкций.',
	'topic.resolved': 'Решённые проблемы',
	'ids.title': 'Все идентификаторы',
	'ids.description':
		'Идентификаторы всех записей с типом, названием и статусом — справочная таблица для специалистов поддержки.',
	'ids.lead':
		'Все записи и их короткие ссылки. Чтобы открыть запись, добавьте {example} к адресу портала.',
	'ids.filter': 'Фильтр по идентификатору, названию или статусу',
	'ids.caption': 'Идентификаторы записей',
	'ids.column.id': 'ID',
	'ids.column.type': 'Тип',
	'ids.column.title': 'Название',
	'ids.column.status': 'Статус',
	// Entry pages (src/layouts/EntryLayout.astro)
	'entry.updated': 'Обновлено',
	'entry.appliesTo': 'Применимо к',
	'entry.owner': 'Ответственный',
	'entry.shortLink': 'Короткая ссылка',
	'entry.related': 'См. также',
	'entry.copyLink': 'Копировать ссылку',
	'entry.copyReply': 'Копировать ответ',
	'policy.version': 'Версия {version}, действует с {date}.',
	// Copied reply text (src/lib/reply.ts, from EntryLayout.astro)
	'reply.status': 'Статус',
	'reply.workaround': 'Временное решение',
	// Not found, redirects (NotFound.astro, src/pages/[...redirect].astro)
	'notFound.title': 'Страница не найдена',
	'notFound.heading': 'Не удалось найти эту страницу',
	'notFound.lead':
		'Возможно, в ссылке опечатка или страница была удалена. Попробуйте найти нужное через поиск:',
	'notFound.home': 'На главную',
	'redirect.moved': 'Эта страница теперь находится здесь: {link}.',
	// Entry types, statuses and severities (EntryLayout.astro, EntryList.astro, StatusBadge.astro, KnownErrorFacts.astro, Timeline.astro, the feed src/pages/known-errors.xml.ts)
	'type.article': 'Статья',
	'type.known-error': 'Известная проблема',
	'type.policy': 'Политика',
	'status.investigating': 'Выясняется причина',
	'status.identified': 'Причина установлена',
	'status.workaround': 'Есть временное решение',
	'status.fix-in-progress': 'Идёт исправление',
	'status.monitoring': 'Исправлено, под наблюдением',
	'status.resolved': 'Решено',
	'severity.critical': 'Критическая',
	'severity.major': 'Высокая',
	'severity.minor': 'Низкая',
	// Notices and the banner (NoticeItem.astro, StatusBanner.astro, elements/status-messages.ts)
	'notice.info': 'Информация',
	'notice.maintenance': 'Плановые работы',
	'notice.degraded': 'Перебои в работе',
	'notice.outage': 'Сбой',
	'banner.level.critical': 'Критическая известная проблема',
	'banner.level.major': 'Известная проблема',
	'banner.level.minor': 'Известная проблема',
	// Platforms, devices and who supports what (EntryLayout.astro, mdx/Platform.astro, HandoffForm.astro, SupportMatrix.astro, the relay's src/relay/ticket.ts)
	'platform.windows': 'Windows',
	'platform.macos': 'macOS',
	'platform.linux': 'Linux',
	'platform.ios': 'iPhone и iPad',
	'platform.android': 'Android',
	'platform.web': 'Веб-браузер',
	'platform.other': 'Другое',
	'device.corporate': 'Корпоративное устройство',
	'device.personal': 'Личное устройство (BYOD)',
	'route.helpdesk': 'Служба ИТ-поддержки',
	'route.vendor': 'Производитель или магазин',
	'route.carrier': 'Оператор мобильной связи',
	'route.self-service': 'Вы сами (самообслуживание)',
	'route.not-supported': 'Не поддерживается',
	// How urgent a request is (HandoffForm.astro, src/lib/handoff.ts formatHandoffText, src/relay/ticket.ts)
	'urgency.blocked': 'Не могу работать',
	'urgency.degraded': 'Могу работать, но медленно или с временным решением',
	'urgency.question': 'У меня вопрос',
	// Languages (LanguagePicker.astro, TranslationNotice.astro)
	'language.picker': 'Язык',
	'language.untranslated': 'Эта страница ещё не переведена, поэтому показана на языке оригинала.',
	'language.stale':
		'Оригинал этой страницы обновлён {date}, уже после перевода, поэтому некоторые сведения здесь могут быть устаревшими.',
	'language.original': 'Читать оригинал',
	// Known-error body sections, by their headings in this language (EntryLayout.astro, for src/lib/reply.ts)
	'section.workaround': 'Временное решение',
};
