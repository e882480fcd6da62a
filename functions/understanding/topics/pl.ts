import type { TopicLexicon } from './types';

// Polish as typed on chat, often without diacritics ("kiedy dojdzie paczka", "gdzie teraz jest", "zwrot
// kasy"), with InPost/paczkomat and BLIK. "Zwrot" means both a return and a refund: only money words or
// "get the refund" make it a refund-timing question.
const WHEN = '(?:kiedy|kidy|kedy|na kiedy|kiedyz)';
const NOT_REFUND =
  '(?<!(?:zwrot|pieniadz|pieniedz|kas[aey]\\b|srodk)[^?.!]*)(?![^?.!]*(?:zwrot|pieniadz|pieniedz|kas[aey]\\b|srodk))';
const NOT_HOME =
  '(?! (?:domu|mnie|paczkomat\\w*|punktu|pracy|mojego|mojej|jutra|poniedzialku|piatku|konca|kiedy|ilu|\\d)\\b)';

export const pl: TopicLexicon = {
  script: 'latin',
  wordStart: true,
  facets: {
    eta: [
      `${WHEN}\\b[^?.!]{0,25}\\b(?:dotrze|dotra|przyjdzie|przyjda|dojdzie|dojda|bedzie(?! (?:dostepn|na stanie|w sprzedazy|znow|ponownie|zwrot))|dostane|dostaniemy|dostarcz\\w*|dorecz\\w*|odbiore|przyjedzie|dojedzie)`,
      '(?:termin|data|przewidywana data|przewidywany termin|szacowany termin)\\w* (?:dostawy|dostarczenia|doreczenia)\\b(?![^?.!]*\\b(?:minal|minela|uplynal|przekroczon\\w*)\\b)',
      '(?<!\\b(?:jak|jesli|jezeli|gdy) (?:nie )?)(?:dotrze|przyjdzie|dojdzie)\\b[^?.!]{0,15}\\b(?:jutro|dzisiaj|dzis|w tym tygodniu|przed)\\b',
    ],
    location: [
      'gdzie\\b[^?.!]{0,25}\\b(?:teraz|aktualnie|obecnie|w tej chwili|dokladnie)\\b',
      'gdzie (?:sie )?(?:teraz )?znajduje',
      '(?:aktualna|obecna|dokladna) (?:lokalizacja|pozycja)',
    ],
    refund_timing: [
      `(?:${WHEN}|jak dlugo|ile dni|ile czasu)\\b[^?.!]{0,30}\\b(?:pieniadz\\w*|pieniedz\\w*|kas[eay]\\b|hajs|srodki|oddacie|zwrocicie|zwroca|na konto|refund|zwrot (?:pieniedzy|srodkow|kasy|platnosci)|(?:dostane|otrzymam|bedzie|przyjdzie|wplynie|zaksieguje|dostaniemy)\\w*\\b[^?.!]{0,10}\\bzwrot)`,
      'zwrot (?:pieniedzy|srodkow|kasy|platnosci|naleznosci)\\b[^?.!]{0,15}\\b(?:kiedy|jak dlugo|ile)',
      '(?:nadal|wciaz|ciagle|jeszcze) (?:nie )?(?:mam|dostalem|dostalam|otrzymalem|otrzymalam|widze|ma)\\b[^?.!]{0,15}\\b(?:zwrot|pieniedzy|kasy|srodkow)',
    ],
    return_label: [
      'etykiet\\w* (?:zwrotn\\w*|do zwrotu|nadawcz\\w*|na zwrot|zwrotu)',
      '(?:wysl|przesl|zgubil|zgubi|nie mam|gdzie jest|wydruk|drukowa|potrzebuj)\\w*\\b[^?.!]{0,15}\\betykiet',
      'etykiet\\w*\\b[^?.!]{0,10}\\b(?:jeszcze raz|ponownie|zgubil\\w*|zgin\\w*|nie dotarl\\w*|gdzie)',
      '(?:kod|numer) (?:do )?zwrotu',
      'jak (?:to |go |ja |je )?(?:odeslac|odsylac|zwrocic|nadac zwrot|wyslac z powrotem)',
      'adres (?:do |dla )?zwrotu|adres zwrotny',
    ],
    tracking_number: [
      'numer\\w* (?:przesylki|sledzenia|paczki|listu przewozowego|nadania|tracking\\w*)',
      '(?:link|kod) (?:do )?(?:sledzenia|trackingu)',
      'list przewozowy',
    ],
  },
  faq: {
    shipping_countries: [
      `(?:wysylacie|wysylasz|dostarczacie|wysylaja|wysyla|wysylka|wysylke|dostawa|dostawe|przesylacie)\\b(?: tez| rowniez| takze)? (?:do|na|poza)\\b${NOT_HOME}`,
      'za granice|zagranic\\w*|(?:do|na) (?:jakich|ktore|ktorych) (?:krajow|panstw)|miedzynarodow\\w* (?:wysylk|dostaw)\\w*',
    ],
    shipping_times: [
      `ile (?:trwa|dni|czasu|idzie)${NOT_REFUND}\\b[^?.!]{0,20}\\b(?:wysylk\\w*|dostaw\\w*|przesylk\\w*|paczk\\w*|idzie|trwa|realizacj\\w*|dojdzie|dotrze)`,
      'czas (?:dostawy|wysylki|realizacji|doreczenia)',
      `jak dlugo (?:idzie|trwa|jedzie)${NOT_REFUND}`,
      `w ile dni${NOT_REFUND}`,
    ],
    duties_taxes: [
      // "w urzędzie celnym" is a parcel held at customs: only fees and clearance count.
      'clo\\b|cla\\b|(?:oplat\\w*|naleznosc\\w*|podat\\w*|koszt\\w*) celn\\w*|odpraw\\w* celn\\w*',
      '(?:vat|podatek|podatki)\\b[^?.!]{0,12}\\b(?:wliczon\\w*|w cenie|doliczon\\w*|placic|zaplacic|importow\\w*)',
      'podat\\w* importow\\w*',
    ],
    exchange_policy: [
      'wymian\\w*|wymieni\\w*(?! (?:adres|numer))',
      'zamian\\w* na (?:inny|mniejszy|wiekszy|inna)|zamienic',
    ],
    refund_policy: [
      '(?:polityka|zasady|regulamin|warunki|procedura) (?:zwrot|odstapien)\\w*',
      '(?:moge|mozna|da sie) (?:to |go |je )?(?:zwrocic|oddac|odeslac|zrobic zwrot)\\b[^?.!]{0,20}\\b(?:jesli|jezeli|gdy|po|w ciagu|\\?)',
      'ile (?:mam )?(?:dni|czasu) na (?:zwrot|odeslanie|odstapienie)',
      '(?:darmow|bezplatn)\\w* zwrot',
      'odstapien\\w* od umowy|prawo do zwrotu',
    ],
    payment_methods: [
      'blik\\w*|przelew\\w*|(?:platnosc\\w*|place|placi\\w*|zaplac\\w*|zaplata|oplata) przy odbiorze|przy odbiorze ?\\?|za pobraniem|pobranie|payu\\b|paypo|przelewy24|p24\\b|na raty|w ratach|raty\\b',
      '(?:metod|form|sposob|opcj)\\w* (?:platnosci|zaplaty)',
      '(?:zaplac\\w*|platnosc|placic|place) (?:karta|blikiem|przelewem|przy odbiorze|gotowka|za pobraniem)',
    ],
  },
};
