// Polish ("tak", "no jasne", "pewnie", "spoko", "nie dzięki"). Bare "no" is colloquial "yeah" in Polish
// and "no" in English: from a Polish conversation it decides nothing (the bot asks again with buttons).
// "ten drugi" is both "the second" and "the other one": it reads as both.
import type { CueLexicon } from './types';

// biome-ignore format: lexicon data reads best packed, a few entries a line
export const pl: CueLexicon = {
  yes: [
    'pewka', 'pewnie że tak', 'no pewka', 'jasna sprawa', 'spoczko',
    'tak', 'takk', 'tak tak', 'no tak', 'tak jest', 'jasne', 'no jasne', 'jasne że tak', 'pewnie', 'no pewnie', 'oczywiście',
    'oczywiscie', 'dobrze', 'dobra', 'no dobra', 'ok dzięki', 'okej', 'okej dzięki', 'zgoda', 'spoko', 'spoko dzięki', 'poproszę',
    'tak poproszę', 'tak proszę', 'dokładnie', 'dokladnie', 'racja', 'zgadza się', 'zgadza sie', 'potwierdzam', 'tak, potwierdzam',
    'jak najbardziej', 'owszem', 'pewno', 'chętnie', 'chetnie', 'super', 'git', 'luz', 'tak, dziękuję', 'śmiało', 'smialo',
    'można', 'mozna', 'tak można', 'nie ma problemu', 'żaden problem', 'zaden problem',
  ],
  no: [
    'nie', 'niee', 'nie nie', 'nie dzięki', 'nie dziekuje', 'nie dziękuję', 'nie, dzięki', 'jeszcze nie', 'nie jeszcze', 'nie teraz',
    'raczej nie', 'w żadnym wypadku', 'w zadnym wypadku', 'absolutnie nie', 'nigdy', 'na pewno nie', 'oczywiście że nie', 'nie chcę',
    'nie chce', 'nie trzeba', 'niepotrzebne', 'nie potrzeba', 'nie zgadza się', 'nie zgadza sie', 'źle', 'zle', 'nope', 'nie, zostaw',
    'jeszcze nie doszło', 'jeszcze nie przyszło', 'nie doszło', 'nie przyszło', 'ani trochę', 'no nie', 'no to nie', 'no nie, dzięki',
  ],
  strong: ['tak', 'no tak', 'jasne', 'no jasne', 'pewnie', 'oczywiście', 'oczywiscie', 'dokładnie', 'zgoda', 'spoko', 'potwierdzam', 'jeszcze nie', 'nie dzięki', 'raczej nie', 'w żadnym wypadku', 'absolutnie nie', 'na pewno nie', 'nie chcę', 'nie chce', 'nie trzeba'],
  weak: ['dobrze', 'dobra', 'super', 'git', 'luz', 'racja', 'można', 'mozna', 'nigdy', 'źle', 'zle', 'śmiało', 'owszem'],
  follow: ['anuluj', 'anulujcie', 'anulować', 'zostaw', 'zostawcie', 'wyślij', 'wyslij', 'wyślijcie', 'potwierdzam', 'dzięki', 'dziękuję', 'dziekuje', 'proszę', 'prosze', 'poproszę', 'jeszcze nie', 'doszło', 'przyszło', 'zwrot', 'pieniądze'],
  particles: ['proszę', 'prosze', 'poproszę', 'poprosze', 'dzięki', 'dzieki', 'dziękuję', 'dziekuje', 'dzięks', 'pozdrawiam', 'pani', 'panie', 'pls'],
  undecided: ['no', 'nie wiem', 'może', 'moze', 'chyba', 'chyba tak', 'chyba nie', 'nie jestem pewien', 'nie jestem pewna', 'zależy', 'zalezy', 'to zależy', 'tak i nie', 'hmm', 'yyy', 'eee'],
  localOnly: [
    'pewka', 'spoczko',
    'git', 'luz', 'no', 'pewno', 'źle', 'zle', 'super'],
  ordinal: {
    words: [
      [1, ['pierwszy', 'pierwsza', 'pierwsze', 'pierwszą', 'pierwszego', 'pierwszej']],
      [2, ['drugi', 'druga', 'drugie', 'drugą', 'drugiego', 'drugiej']],
      [3, ['trzeci', 'trzecia', 'trzecie', 'trzecią', 'trzeciego', 'trzeciej']],
      [4, ['czwarty', 'czwarta', 'czwarte', 'czwartą', 'czwartego']],
      [5, ['piąty', 'piąta', 'piąte', 'piątą', 'piątego']],
      [-1, ['ostatni', 'ostatnia', 'ostatnie', 'ostatnią', 'ostatniego', 'ostatniej']],
    ],
    numerals: [[1, ['jeden', 'jedna', 'jedno']], [2, ['dwa', 'dwie']], [3, ['trzy']], [4, ['cztery']], [5, ['pięć']]],
    frames: [
      '(?:ten|ta|to|tego|te|tą|tej|na) {ord}(?! (?:raz|razem|tydzień|tydzien|miesiąc|miesiac|dzień|dzien|rok|czas))',
      '{ord} (?:zamówienie|zamowienie|zamówienia|zamowienia|produkt|opcja|opcję|opcje|paczka|paczkę|paczke|przedmiot|pozycja|pozycję|pozycje)',
      '(?:numer|nr\\.?|opcja|opcję|#) ?{n}(?! (?:sztuk|par|dni))',
    ],
  },
  other: ['ten drugi', 'ta druga', 'to drugie', 'ten inny', 'ta inna', 'to inne', '^inne$', '^inny$', '^inna$', 'tamto', 'tamten', 'tamta', '^nie ten', '^nie ta', '^nie to', 'inne zamówienie', 'inne zamowienie'],
  all: [
    '^oba', '^obie', 'oba (?:zamówienia|zamowienia)', 'obie (?:paczki|opcje)', 'obydwa', 'obydwie', 'wszystkie', '^wszystko', 'oba dwa', 'jedno i drugie', 'obu', 'obydwu'
  ],
  abandon: ['nieważne', 'niewazne', 'nie ważne', 'nie wazne', 'zostaw to', 'zostawmy to', 'zapomnij', 'mniejsza o to', 'mniejsza z tym', 'nie szkodzi', 'nie ma sprawy, zapomnij', 'daj spokój', 'daj spokoj', 'już nie trzeba', 'juz nie trzeba', 'olej to'],
  correction: ['chodziło mi o', 'chodzilo mi o', 'chodzi mi o', 'miałem na myśli', 'miałam na myśli', 'mialem na mysli', 'mialam na mysli', '^(?:sorry|sory|przepraszam),? (?:pomyłka|pomylka|źle|zle|chodziło)', 'pomyłka', 'pomylka', 'poprawka', '^nie,? czekaj', '^czekaj,? nie', '^właściwie', '^wlasciwie', 'źle napisałem', 'źle napisałam', 'zle napisalem', 'literówka', 'literowka'],
  optOut: [
    '^(?:stop|koniec|wypisz|wypisz mnie|wypisuję się|wypisuje sie)$', 'wypisz(?:cie)? mnie', 'nie (?:piszcie|pisz|wysyłajcie|wysylajcie|wysyłaj|wysylaj)(?: do mnie)?(?: więcej| wiecej| już| juz| wiadomości| wiadomosci| smsów| smsow)?',
    'nie chcę (?:więcej |już )?(?:wiadomości|powiadomień|smsów|newslettera|reklam)', 'nie chce (?:wiecej |juz )?(?:wiadomosci|powiadomien|smsow|newslettera|reklam)',
    'koniec z wiadomościami', 'koniec z wiadomosciami', '(?:zrezygnuj|rezygnuję|rezygnuje|rezygnacja) z (?:subskrypcji|powiadomień|powiadomien|newslettera|wiadomości|wiadomosci)',
    'przestańcie (?:pisać|wysyłać)', 'przestancie (?:pisac|wysylac)', 'wypisać się', 'wypisac sie', 'usuńcie mnie z listy', 'usuncie mnie z listy',
  ],
  optIn: ['^(?:start|zapisz mnie|subskrybuj)$', 'zapisz(?:cie)? mnie (?:ponownie|znowu|z powrotem)', '(?:włącz|wlacz|włączcie|wlaczcie) (?:ponownie |znowu )?(?:powiadomienia|wiadomości|wiadomosci)', 'chcę (?:znowu|ponownie) (?:dostawać|otrzymywać) (?:wiadomości|powiadomienia)', 'chce (?:znowu|ponownie) (?:dostawac|otrzymywac) (?:wiadomosci|powiadomienia)', 'ponownie (?:zapisać|zapisac|subskrybować|subskrybowac)'],
  dataDeletion: ['(?:usuń|usun|usuńcie|usuncie|skasuj|skasujcie|wymaż|wymazcie|wymażcie) (?:wszystkie )?(?:moje )?(?:dane|dane osobowe|konto)', 'usunięcie (?:moich )?danych', 'usuniecie (?:moich )?danych', 'prawo do (?:bycia zapomnianym|usunięcia danych|usuniecia danych)'],
  dataAccess: ['(?:jakie|które) (?:dane|informacje) (?:o mnie )?(?:macie|przechowujecie)', 'kopi(?:a|ę|e) (?:moich )?danych', 'dostęp do (?:moich )?danych', 'dostep do (?:moich )?danych'],
  deleteWords: ['usu\\p{L}*', 'skasuj\\p{L}*', 'wymaz\\p{L}*', 'wymaż\\p{L}*'],
  languageNames: {
    pl: ['polski', 'po polsku', 'polsku', 'polskiego', 'polskim'],
    en: ['angielski', 'po angielsku', 'angielskiego', 'angielskim', 'angielsku', 'angielku'],
    es: ['hiszpański', 'po hiszpańsku', 'hiszpańskiego'],
    'pt-BR': ['portugalski', 'po portugalsku'],
    id: ['indonezyjski', 'po indonezyjsku'],
    ms: ['malajski', 'po malajsku'],
    th: ['tajski', 'po tajsku'],
    vi: ['wietnamski', 'po wietnamsku'],
    ja: ['japoński', 'po japońsku'],
    zh: ['chiński', 'po chińsku'],
    ko: ['koreański', 'po koreańsku'],
    ar: ['arabski', 'po arabsku'],
    fr: ['francuski', 'po francusku', 'francuskiego'],
    de: ['niemiecki', 'po niemiecku', 'niemieckiego'],
    tr: ['turecki', 'po turecku'],
    fil: ['tagalski', 'filipiński', 'po filipińsku'],
    it: ['włoski', 'po włosku', 'włoskiego'],
    nl: ['niderlandzki', 'holenderski', 'po holendersku', 'po niderlandzku'],
  },
  languageAsk: [
    '(?:mówić|mowic|mówisz|mowisz|mówicie|mowicie|mówi|mowi|pisać|pisac|piszcie|pisz|odpowiadać|odpowiadac|odpowiedz|odpisz|odpiszcie|rozmawiać|rozmawiac)(?: ze mną| ze mna| do mnie)? {lang}',
    '{lang} (?:proszę|prosze|poproszę|poprosze|pls|please)', '(?:czy )?(?:można|mozna|mogę|moge|możecie|mozecie|możesz|mozesz|da się|da sie) (?:rozmawiać |rozmawiac |pisać |pisac |mówić |mowic )?{lang}',
    '(?:ktoś|ktos) (?:mówi|mowi|zna) {lang}', '(?:w|na) (?:języku|jezyku|język|jezyk) {lang}',
  ],
  languageShort: ['^{lang}\\??$'],
  concepts: {
    personalData: [
      '(?:moje|moich|moim|mojego|moimi) dan(?:e|ych|ymi)(?: osobow(?:e|ych|ymi))?', 'dane osobowe', 'danych osobowych', 'moje (?:informacje|info)',
      '(?:dane|danych|informacje|informacji|wszystko|co)(?: \\S+){0,5} o mnie', 'o mnie',
    ],
    access: [
      'jakie', 'kt[oó]re', 'co', 'zobaczy\\p{L}*', 'wgl[aą]d', 'dost[eę]p', 'kopi\\p{L}*', 'eksport\\p{L}*', 'pobra\\p{L}*', 'wy[sś]lij\\p{L}*',
      'prze[sś]lij\\p{L}*', 'wiedzie[cć]', 'sprawdzi\\p{L}*',
    ],
    erase: ['usu\\p{L}*', 'skasuj\\p{L}*', 'wyma[zż]\\p{L}*', 'zapomnij\\p{L}* o mnie', 'zamknij\\p{L}* (?:moje )?konto', 'zlikwid\\p{L}*'],
    everything: ['wszystko', 'wszystkie', 'ca[lł]o[sś][cć]'],
    notData: [
      'dobr\\p{L}*', 'poprawn\\p{L}*', 'b[lł][eę]dn\\p{L}*', 'potrzeb\\p{L}*', 'zmie\\p{L}*', 'popraw\\p{L}*', 'aktualiz\\p{L}*', 'wysy[lł]k\\p{L}*', 'dostaw\\p{L}*', 'zwrot\\p{L}*',
      'internet', 'pakiet danych', 'transfer danych',
      '(?:zam[oó]wieni\\p{L}*|produkt\\p{L}*|koszyk\\p{L}*|adres\\p{L}*|wiadomo[sś]\\p{L}*|opini\\p{L}*|recenzj\\p{L}*|zdj[eę]ci\\p{L}*|kart\\p{L}*|kupon\\p{L}*|kod rabatowy|rozmiar\\p{L}*)',
    ],
    stop: [
      'nie (?:wysy[lł]aj|piszcie|pisz|chc[eę]|przysy[lł]ajcie)\\p{L}*', 'przesta\\p{L}*', 'koniec', 'wy[lł][aą]cz\\p{L}*', 'stop', 'do[sś][cć]',
      'wypisz\\p{L}*', 'rezygn\\p{L}*', 'wi[eę]cej nie', 'bez', 'ju[zż] nie',
    ],
    messages: [
      'wiadomo[sś]\\p{L}*', 'powiadomie\\p{L}*', 'sms\\p{L}*', 'mail\\p{L}*', 'e-?mail\\p{L}*', 'newsletter\\p{L}*', 'reklam\\p{L}*', 'promocj\\p{L}*',
      'aktualizacj\\p{L}*', 'spam\\p{L}*', 'pisa[cć] do mnie', 'do mnie pisa[cć]', 'pisz\\p{L}* do mnie',
    ],
    resume: ['znowu', 'ponownie', 'zn[oó]w', 'jeszcze raz', 'z powrotem', 'w[lł][aą]cz\\p{L}*', 'mo[zż]ecie (?:\\S+ )?(?:wysy[lł]a[cć]|pisa[cć])', 'zapisz\\p{L}*', 'wznow\\p{L}*'],
    notOptOut: ['(?:zatrzyma\\p{L}*|wstrzyma\\p{L}*|anuluj\\p{L}*|stop)(?: \\S+){0,2} (?:zam[oó]wieni\\p{L}*|wysy[lł]k\\p{L}*|przesy[lł]k\\p{L}*|dostaw\\p{L}*|paczk\\p{L}*)'],
    missing: ['nie (?:dostaj[eę]|dosta[lł]\\p{L}*|otrzymuj[eę]|przychodz\\p{L}*|dosz[lł]\\p{L}*)', 'dlaczego', 'czemu'],
    notOptIn: ['dosta[lł]\\p{L}*', 'przysz[lł]\\p{L}*'],
    switchTo: ['odpis\\p{L}*', 'pisa\\p{L}*', 'pisz\\p{L}*', 'm[oó]w\\p{L}*', 'rozmaw\\p{L}*', 'odpowiad\\p{L}*', 'wr[oó][cć]\\p{L}*', 'przejd[zź]\\p{L}*', 'zmie\\p{L}*', 'wol[eę]', 'tylko', 'prosz[eę]'],
    notLanguage: [
      '\\u0001\\d+\\u0002 (?!prosz|pls|please|tylko|je[sś]li|dzi[eę]k|bo |ok)\\p{L}+',
      'rozmiar\\p{L}*', 'wersj\\p{L}*', 'instrukcj\\p{L}*', 'etykiet\\p{L}*', 'opis\\p{L}*', 'napisy', 'klawiatur\\p{L}*', 'nazw\\p{L}*',
      't[lł]umaczeni\\p{L}*', 'ksi[aą][zż]k\\p{L}*', 'kurs\\p{L}*', 'lekcj\\p{L}*', 'nauczyciel\\p{L}*', 'troch[eę]', 'dobrze', 'jestem z',
      'kuchni\\p{L}*', 'jest po', 'nie (?:m[oó]wi[eę]|rozumiem)',
    ],
  },
};
