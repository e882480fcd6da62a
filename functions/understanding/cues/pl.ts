// Polish ("tak", "no jasne", "pewnie", "spoko", "nie dzięki"). Bare "no" is colloquial "yeah" in Polish
// and "no" in English: from a Polish conversation it decides nothing (the bot asks again with buttons).
// "ten drugi" is both "the second" and "the other one": it reads as both.
import type { CueLexicon } from './types';

// biome-ignore format: lexicon data reads best packed, a few entries a line
export const pl: CueLexicon = {
  yes: [
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
  localOnly: ['git', 'luz', 'no', 'pewno', 'źle', 'zle', 'super'],
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
    pl: ['polski', 'po polsku', 'polsku'],
    en: ['angielski', 'po angielsku'],
    es: ['hiszpański', 'po hiszpańsku'],
    'pt-BR': ['portugalski', 'po portugalsku'],
    id: ['indonezyjski', 'po indonezyjsku'],
    ms: ['malajski', 'po malajsku'],
    th: ['tajski', 'po tajsku'],
    vi: ['wietnamski', 'po wietnamsku'],
    ja: ['japoński', 'po japońsku'],
    zh: ['chiński', 'po chińsku'],
    ko: ['koreański', 'po koreańsku'],
    ar: ['arabski', 'po arabsku'],
    fr: ['francuski', 'po francusku'],
    de: ['niemiecki', 'po niemiecku'],
    tr: ['turecki', 'po turecku'],
    fil: ['tagalski', 'filipiński', 'po filipińsku'],
    it: ['włoski', 'po włosku'],
    nl: ['niderlandzki', 'holenderski', 'po holendersku', 'po niderlandzku'],
  },
  languageAsk: [
    '(?:mówić|mowic|mówisz|mowisz|mówicie|mowicie|mówi|mowi|pisać|pisac|piszcie|pisz|odpowiadać|odpowiadac|odpowiedz|odpisz|odpiszcie|rozmawiać|rozmawiac)(?: ze mną| ze mna| do mnie)? {lang}',
    '{lang} (?:proszę|prosze|poproszę|poprosze|pls|please)', '(?:czy )?(?:można|mozna|mogę|moge|możecie|mozecie|możesz|mozesz|da się|da sie) (?:rozmawiać |rozmawiac |pisać |pisac |mówić |mowic )?{lang}',
    '(?:ktoś|ktos) (?:mówi|mowi|zna) {lang}', '(?:w|na) (?:języku|jezyku|język|jezyk) {lang}',
  ],
  languageShort: ['^{lang}\\??$'],
};
