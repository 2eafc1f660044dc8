/**
 * Queries German and Polish employees type, each with the entry that must appear in the top three
 * results on /de/search/ and /pl/search/: inflected words, compounds, words typed without their
 * special letters, everyday words and pasted errors. The entries are the sample content's
 * translations (content/<collection>/de/, /pl/).
 */
export interface LanguageQuery {
	query: string;
	expect: string;
	kind: string;
}

export const GERMAN_QUERIES: LanguageQuery[] = [
	{ query: 'pw vergessen', expect: 'KB-1001', kind: 'everyday words' },
	{ query: 'Kennwort zurücksetzen', expect: 'KB-1001', kind: 'task' },
	{ query: 'kennwort zuruecksetzen', expect: 'KB-1001', kind: 'without umlauts (ue)' },
	{ query: 'Kennwort andern', expect: 'KB-1001', kind: 'without umlauts' },
	{
		query: 'Kennwortänderung nach Ablauf des Kennworts',
		expect: 'KB-1001',
		kind: 'compound, inflected',
	},
	{ query: 'Passwort abgelaufen', expect: 'KB-1001', kind: 'everyday words' },
	{ query: 'Sperrung meines Kontos aufheben', expect: 'KB-1002', kind: 'inflected' },
	{ query: 'Konto gesperrt', expect: 'KB-1002', kind: 'everyday words' },
	{ query: 'AADSTS50053', expect: 'KB-1002', kind: 'error code' },
	{ query: 'Weitere Informationen erforderlich', expect: 'KB-1003', kind: 'what the screen says' },
	{ query: 'Authenticator App einrichten', expect: 'KB-1003', kind: 'task' },
	{ query: 'VPN-Verbindung von zu Hause', expect: 'KB-1007', kind: 'compound' },
	{ query: 'Homeoffice VPN', expect: 'KB-1007', kind: 'everyday words' },
	{
		query: 'GlobalProtect trennt sich alle paar Minuten',
		expect: 'KE-0040',
		kind: 'user phrasing',
	},
	{ query: 'VPN bricht ständig ab', expect: 'KE-0040', kind: 'user phrasing' },
	{ query: 'privates Handy registrieren', expect: 'KB-1011', kind: 'everyday words' },
	{ query: 'Mobiletron', expect: 'KB-1011', kind: 'nickname' },
	{ query: 'Diensthandy E-Mail einrichten', expect: 'KB-1012', kind: 'compound' },
	{ query: 'Firmenmail auf dem iPhone', expect: 'KB-1012', kind: 'compound' },
	{ query: 'Wer zahlt die Reparatur meines privaten Geräts', expect: 'POL-001', kind: 'question' },
	{ query: 'privates geraet richtlinie', expect: 'POL-001', kind: 'without umlauts' },
];

export const POLISH_QUERIES: LanguageQuery[] = [
	{ query: 'zapomniałem hasła', expect: 'KB-1001', kind: 'inflected' },
	{ query: 'zapomnialam hasla jak zmienic', expect: 'KB-1001', kind: 'without Polish letters' },
	{ query: 'haslo wygaslo', expect: 'KB-1001', kind: 'without Polish letters' },
	{
		query: 'Twoje konto lub hasło jest niepoprawne',
		expect: 'KB-1001',
		kind: 'what the screen says',
	},
	{ query: 'reset hasła', expect: 'KB-1001', kind: 'everyday words' },
	{ query: 'konto zablokowane po kilku próbach logowania', expect: 'KB-1002', kind: 'inflected' },
	{ query: 'zablokowane konto', expect: 'KB-1002', kind: 'everyday words' },
	{ query: 'AADSTS50053', expect: 'KB-1002', kind: 'error code' },
	{
		query: 'jak ustawić weryfikację dwuetapową w telefonie',
		expect: 'KB-1003',
		kind: 'question, inflected',
	},
	{
		query: 'potrzeba wiecej informacji przy logowaniu',
		expect: 'KB-1003',
		kind: 'without Polish letters',
	},
	{ query: 'jak polaczyc sie z vpn z domu', expect: 'KB-1007', kind: 'without Polish letters' },
	{ query: 'praca zdalna vpn', expect: 'KB-1007', kind: 'everyday words' },
	{ query: 'vpn rozlacza sie co kilka minut', expect: 'KE-0040', kind: 'without Polish letters' },
	{ query: 'globalprotect gateway is unresponsive', expect: 'KE-0040', kind: 'pasted error' },
	{ query: 'aplikacje służbowe na prywatnej komórce', expect: 'KB-1011', kind: 'inflected' },
	{ query: 'mobiletron na androidzie', expect: 'KB-1011', kind: 'nickname, inflected' },
	{ query: 'poczta służbowa na iphonie', expect: 'KB-1012', kind: 'inflected' },
	{ query: 'maile z pracy na komorce', expect: 'KB-1012', kind: 'everyday words' },
	{ query: 'czy dział IT widzi moje zdjęcia w telefonie', expect: 'POL-001', kind: 'question' },
	{
		query: 'kto zapłaci za naprawę pękniętego ekranu',
		expect: 'POL-001',
		kind: 'question, inflected',
	},
];
