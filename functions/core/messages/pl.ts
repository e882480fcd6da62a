// Polish, informal "Ty" with the courtesy capital (Twój, Ci) Polish shops use in chat. Sentences avoid
// second-person past tense so one text fits every shopper's gender (no "zamówiłeś/zamówiłaś").
import type { Catalog } from './en';

export const pl: Catalog = {
  greeting:
    'Cześć! 👋 Jestem asystentem {brand}. Mogę sprawdzić status Twojego zamówienia i pomóc ze zwrotami, rozmiarami, zmianą adresu i anulowaniem. W czym mogę pomóc?',
  thanks_bye: 'Nie ma za co! Miłego dnia 😊',
  clarify:
    'Przepraszam, nie do końca rozumiem. Mogę pomóc z zamówieniami, śledzeniem przesyłki, zwrotami, rozmiarami, zmianą adresu i anulowaniem. Czego potrzebujesz?',
  clarify_again:
    'Przepraszam, dalej nie rozumiem. Możesz napisać to inaczej albo wybrać jedną z opcji? Mogę też przełączyć cię do kogoś z zespołu.',
  ask_more: 'W czym mogę pomóc? Możesz zapytać o zamówienie, dostawę, zwrot albo rozmiar.',
  menu_track: 'Śledź zamówienie',
  menu_return: 'Zwróć produkt',
  menu_size: 'Pomoc z rozmiarem',
  menu_agent: 'Pomoc konsultanta',
  button_yes: 'Tak',
  button_no: 'Nie',

  ask_order_number: 'Jasne! Jaki jest numer Twojego zamówienia? Ma 5 cyfr, na przykład #48213.',
  which_order: 'O które zamówienie chodzi?',
  order_option: '#{order} · {date} · {items}',
  no_orders:
    'Nie widzę jeszcze żadnych zamówień powiązanych z tym czatem. Jeśli zamówienie było złożone z innego numeru telefonu lub adresu e-mail, wyślij mi jego numer, a sprawdzę.',
  order_not_found: 'Nie udało mi się znaleźć zamówienia {order}. Możesz jeszcze raz sprawdzić numer?',
  not_your_order:
    'Ze względu na prywatność mogę udostępniać tylko Twoje własne zamówienia. Jeśli zamówienie {order} należy do Ciebie, potwierdź to adresem e-mail lub kodem pocztowym podanym przy zakupie.',

  verify_ask:
    'Aby Twoje zamówienia były bezpieczne, wyślij numer zamówienia razem z adresem e-mail lub kodem pocztowym podanym przy zakupie.',
  verify_ask_secret: 'Dziękuję! Teraz wyślij adres e-mail lub kod pocztowy podany przy zamówieniu {order}.',
  verify_ok: 'Dziękuję, weryfikacja zakończona ✅',
  verify_failed:
    'Przepraszam, te dane nie zgadzają się z naszymi. Sprawdź numer zamówienia oraz e-mail lub kod pocztowy i spróbuj ponownie.',
  verify_failed_left:
    'Te dane nadal nie zgadzają się z naszymi. Pozostałe próby: {left}. Potem weryfikacja zostanie wstrzymana na godzinę.',
  verify_third_party:
    'Ze względu na prywatność mogę rozmawiać o zamówieniu {order} tylko z osobą, która je złożyła. Poproś ją, żeby napisała do nas ze swojego czatu, a od razu pomożemy.',
  verify_private_only:
    'Ze względu na prywatność sprawdzam zamówienia tylko w prywatnym czacie. Napisz do mnie bezpośrednio, a tam pomogę.',
  verify_locked: 'Zbyt wiele prób. Spróbuj ponownie za {minutes} min albo poproś o konsultanta, a pomożemy.',

  status_pending:
    'Zamówienie {order} jest potwierdzone i czeka na spakowanie. Numer przesyłki podam, gdy tylko zostanie wysłane.',
  status_processing:
    'Zamówienie {order} jest właśnie pakowane. Powinno zostać wysłane w ciągu 1–2 dni roboczych.',
  status_shipped:
    'Zamówienie {order} jest w drodze (przewoźnik {carrier}, numer przesyłki {tracking}). Ostatnia aktualizacja: {event}, {location}, {date}. Przewidywana dostawa: {eta}.',
  status_delivered: 'Zamówienie {order} zostało dostarczone {date}. Mam nadzieję, że się spodoba!',
  status_cancelled:
    'Zamówienie {order} zostało anulowane. Jeśli należał się zwrot pieniędzy, trafił on na pierwotną metodę płatności.',
  status_returned: 'Zamówienie {order} zostało zwrócone, a pieniądze oddane.',
  tracking_link: 'Śledź paczkę',

  delay_customs:
    'Przepraszam za oczekiwanie. Twoja paczka {tracking} jest zatrzymana w urzędzie celnym w lokalizacji {location} od {date}. Kontrola celna trwa zwykle 3–7 dni; przewoźnik przewiduje teraz dostawę około {eta}.',
  delay_port:
    'Przepraszam za oczekiwanie. Twoja paczka {tracking} jest opóźniona przez zator w lokalizacji {location} od {date}. Przewoźnik przewiduje teraz dostawę około {eta}.',
  delay_silent:
    'Przepraszam za oczekiwanie. Przewoźnik nie aktualizuje statusu paczki {tracking} od {date} ({location}).',
  delay_failed_attempt:
    'Przewoźnik próbował doręczyć paczkę {tracking} {date}, ale się nie udało. Zwykle ponawia próbę następnego dnia roboczego; możesz też umówić nowy termin dostawy na jego stronie.',
  delay_on_time:
    'Dobra wiadomość: zamówienie {order} jest zgodne z planem. Ostatnia aktualizacja to {event} ({location}, {date}), a paczka powinna dotrzeć do {eta}.',
  delay_late:
    'Przepraszam za oczekiwanie. Paczka {tracking} spóźnia się względem terminu szacowanego przez przewoźnika ({eta}). Ostatnia aktualizacja to {event} ({location}, {date}).',
  delay_exception:
    'Przepraszam: przewoźnik zgłosił {date} problem z paczką {tracking} ({location}). Wyjaśniamy to z nim.',
  delay_returned:
    'Przewoźnik odsyła paczkę {tracking} do nas (od {date}). Ustalimy z Tobą ponowną wysyłkę albo zwrot pieniędzy.',
  delay_proactive:
    'Cześć! Krótka informacja o zamówieniu {order}: {reason} Zajmujemy się tym i dam znać tutaj.',

  return_started:
    'Gotowe! Założyłem zwrot {rma} dla zamówienia {order}. Zapakuj nienoszone produkty z przypiętymi metkami i nadaj paczkę w dowolnym punkcie {carrier} do {date}. Twoja opłacona etykieta zwrotna: {link}',
  return_window_closed:
    'Zamówienie {order} zostało dostarczone {date}, czyli poza naszym {days}-dniowym terminem zwrotu. Poprosiłem kogoś z zespołu, żeby sprawdził, co możemy zrobić.',
  return_not_delivered:
    'Zamówienie {order} nie zostało jeszcze dostarczone, więc nie można go zwrócić. Jeśli nie zostało wysłane, mogę je zamiast tego anulować.',
  return_which_item: 'Który produkt chcesz zwrócić?',

  damage_sorry_ask_photo:
    'Bardzo mi przykro, że produkt dotarł uszkodzony 😔 Możesz przesłać zdjęcie produktu i opakowania? To pomoże nam szybko to załatwić.',
  damage_claim_opened:
    'Dziękuję. Założyłem reklamację {claim} dla zamówienia {order} z Twoimi zdjęciami. Ktoś z zespołu odezwie się w ciągu 24 godzin z wymianą lub zwrotem pieniędzy.',
  damage_photo_added: 'Mam, dodałem zdjęcie do reklamacji {claim}.',

  size_ask_measurements:
    'Chętnie pomogę z rozmiarem! Ile masz wzrostu i ile ważysz? Albo podaj obwód klatki piersiowej i talii w cm.',
  size_ask_product: 'Który produkt oglądasz?',
  size_recommend: 'W przypadku modelu {product} wybrałbym rozmiar {size}.{equivalents}',
  size_between:
    'W przypadku modelu {product} jesteś między {size} a {size_up}. Na luźniej wybierz {size_up}, na bardziej dopasowany krój {size}.',
  size_no_chart:
    'Niestety nie mam tabeli rozmiarów dla modelu {product}. Jeśli chcesz, ktoś z zespołu pomoże Ci dobrać rozmiar: kliknij „{agent}”.',
  size_convert: 'Rozmiar {size} ({system}) odpowiada EU {eu} / US {us} / UK {uk} / JP {jp} / CN {cn}.',
  size_equivalents: ' To odpowiada EU {eu} / US {us} / UK {uk}.',

  address_ask_new:
    'Jasne. Jaki jest nowy adres dostawy zamówienia {order}? Podaj ulicę z numerem domu i mieszkania, kod pocztowy i miejscowość.',
  address_invalid:
    'Przepraszam, nie udało mi się odczytać pełnego adresu. Podaj ulicę z numerem domu i mieszkania, kod pocztowy i miejscowość, na przykład: ul. Marszałkowska 12/34, 00-590 Warszawa.',
  address_confirm: 'Potwierdź nowy adres dla zamówienia {order}: {address}',
  address_changed: 'Gotowe! Zamówienie {order} zostanie dostarczone na adres: {address}',
  address_too_late:
    'Zamówienie {order} zostało już wysłane, więc nie mogę stąd zmienić adresu. Jeśli chcesz, ktoś z zespołu może poprosić przewoźnika o przekierowanie: kliknij „{agent}”.',

  cancel_confirm: 'Czy chcesz anulować zamówienie {order} ({items}, {total})?',
  cancelled:
    'Zamówienie {order} zostało anulowane. Zwrot {total} trafi na pierwotną metodę płatności w ciągu 5–10 dni roboczych.',
  cancel_kept: 'Nie ma problemu, zamówienie {order} pozostaje bez zmian.',
  cancel_too_late:
    'Zamówienie {order} jest już w drodze, więc nie można go anulować. Po odebraniu możesz je bezpłatnie zwrócić.',

  product_info: '{product}: {material}. Pielęgnacja: {care}. Kolory: {colours}.',
  product_in_stock: 'Model {product} w wersji {variant} jest dostępny.',
  product_out_of_stock:
    'Model {product} w wersji {variant} jest chwilowo wyprzedany. Spodziewamy się dostawy około {date}.',
  product_sold_out: 'Model {product} w wersji {variant} jest chwilowo wyprzedany.',
  product_unknown: 'O który produkt chodzi? Możesz przesłać jego nazwę albo link.',

  handoff:
    'Przekazuję rozmowę osobie z zespołu, która pomoże w tej sprawie. Odpowie tutaj najszybciej, jak to możliwe.',
  button_video_call: 'Rozmowa wideo',
  handoff_video: 'Jeśli tak będzie wygodniej, możesz też dołączyć do rozmowy wideo: {link}',
  handoff_eta_open: 'Ktoś z zespołu zwykle odpowiada w ciągu {minutes} min.',
  handoff_eta_closed:
    'Nasz zespół jest teraz niedostępny. Wracamy: {when}. Możesz dalej pisać tutaj, zobaczymy wszystkie wiadomości.',
  handoff_waiting:
    'Dziękuję, przekazałem to osobie z zespołu. Odpowie tutaj, a nic z tego, co piszesz, nie zginie.',
  agent_joined: 'Do rozmowy dołączyła osoba z zespołu i odpowie tutaj.',
  agent_video: 'Osoba z zespołu zaprasza Cię na rozmowę wideo. Kliknij, aby dołączyć: {link}',
  back_to_bot:
    'Znowu rozmawiasz z asystentem. Mogę pomóc z zamówieniami, śledzeniem przesyłki, zwrotami i rozmiarami. W czym mogę pomóc?',
  back_to_bot_timeout:
    'Przepraszam, nikt z zespołu nie mógł jeszcze odpowiedzieć. W międzyczasie chętnie pomogę, a w każdej chwili możesz znowu kliknąć „{agent}”.',
  rating_ask: 'Jak nam poszło? Oceń tę rozmowę w skali od 1 (słabo) do 5 (świetnie).',
  rating_thanks: 'Dziękujemy za opinię! 🙏',
  proactive_intro: 'Cześć! Krótka informacja o zamówieniu {order}, zanim zdążysz zapytać:',
  proactive_choices: 'Co wolisz? (Odpisz STOP, jeśli nie chcesz takich wiadomości.)',
  optout_hint: 'Odpisz STOP, aby nie dostawać tych powiadomień.',
  button_keep_waiting: 'Poczekam',
  button_get_updates: 'Wysyłaj mi info',
  button_cancel_refund: 'Anuluj i zwróć',
  proactive_waiting_ok:
    'Dziękuję za cierpliwość! Dam znać tutaj, gdy tylko będą nowe informacje o zamówieniu {order}.',
  proactive_updates_on: 'Gotowe: napiszę tutaj za każdym razem, gdy zamówienie {order} ruszy dalej.',
  voice_not_supported:
    'Nie umiem jeszcze odsłuchiwać wiadomości głosowych. Możesz wpisać pytanie? Albo przekażę rozmowę komuś z zespołu.',
  image_ask_context: 'Dziękuję za zdjęcie! Czego dotyczy: uszkodzonego produktu, zwrotu czy czegoś innego?',
  media_received: 'Dziękuję, plik dotarł.',
  declined_injection:
    'Mogę pomóc tylko z Twoimi własnymi zamówieniami i naszymi produktami. W czym mogę pomóc?',
  error_try_again: 'Przepraszam, coś poszło nie tak po mojej stronie. Spróbuj ponownie za chwilę.',

  cancel_processing:
    'Zamówienie {order} jest właśnie pakowane, więc nie mogę go tu anulować. Poprosiłem kogoś z zespołu, żeby spróbował je zatrzymać. Jeśli już wyszło, po odebraniu możesz je bezpłatnie zwrócić.',
  cancel_delivered:
    'Zamówienie {order} zostało już dostarczone, więc nie można go anulować. Nadal możesz je bezpłatnie zwrócić w ciągu {days} dni od dostawy: wystarczy, że poprosisz mnie o rozpoczęcie zwrotu.',
  address_processing:
    'Zamówienie {order} jest właśnie pakowane, więc nie mogę tu zmienić adresu. Poprosiłem kogoś z zespołu, żeby zaktualizował go przed wysyłką.',
  address_delivered: 'Zamówienie {order} zostało już dostarczone, więc adresu nie można już zmienić.',
  size_ask_waist:
    'Dziękuję! {product} dobiera się według obwodu talii i bioder, więc wzrost i waga nie wystarczą. Ile cm ma Twój obwód talii (i bioder, jeśli znasz)?',
  size_ask_chest:
    'Dziękuję! {product} dobiera się według obwodu klatki piersiowej, więc wzrost i waga nie wystarczą. Ile cm ma Twój obwód klatki w najszerszym miejscu?',
  size_ask_foot:
    'W przypadku {product} patrzę na długość stopy. Ile cm ma Twoja stopa, od pięty do najdłuższego palca? Możesz też podać rozmiar, który nosisz w EU, US lub UK.',

  // Answers to one narrow question (when, where, which number, which refund), without the full status.
  eta_shipped:
    'Zamówienie {order} powinno dotrzeć do {eta} (przewoźnik {carrier}, numer przesyłki {tracking}).',
  eta_delayed:
    'Najnowszy termin podany przez przewoźnika dla paczki {tracking} to {eta}, ale przesyłka się spóźnia, więc może to potrwać jeszcze kilka dni.',
  eta_not_shipped:
    'Zamówienie {order} nie zostało jeszcze wysłane, więc nie ma jeszcze terminu dostawy. Dostaniesz go razem z numerem przesyłki, gdy tylko paczka wyruszy.',
  location_answer: 'Ostatni skan paczki {tracking}: {event}, {location}, {date}.',
  tracking_number_answer: 'Zamówienie {order} dostarcza {carrier}, numer przesyłki {tracking}.',
  tracking_number_none:
    'Zamówienie {order} nie zostało jeszcze wysłane, więc nie ma jeszcze numeru przesyłki.',
  refund_timing_return:
    'Pieniądze za zwrot {rma} wrócą na pierwotną metodę płatności, gdy paczka dotrze do naszego magazynu, zwykle w ciągu {days} dni roboczych od nadania.',
  refund_timing_cancelled:
    'Pieniądze za zamówienie {order} ({total}) wrócą na pierwotną metodę płatności w ciągu 5–10 dni roboczych od anulowania.',
  refund_timing_none:
    'Dla zamówienia {order} nie ma jeszcze otwartego zwrotu pieniędzy. Jeśli chcesz, mogę rozpocząć zwrot.',
  return_label_again:
    'Oto jeszcze raz opłacona etykieta zwrotna dla zwrotu {rma}: {link} Nadaj paczkę w dowolnym punkcie {carrier} do {date}.',
  return_label_none: 'Dla zamówienia {order} nie ma jeszcze otwartego zwrotu. Daj znać, a go założę.',
  no_news:
    'To nadal najnowsze informacje, jakie mam o zamówieniu {order}: od mojej ostatniej wiadomości nic się nie zmieniło. Przekazać rozmowę komuś z zespołu?',

  // Sent only once a case really exists: no other message may promise that someone chases the carrier.
  delay_case_opened:
    'Założyłem zgłoszenie {case}, żeby ktoś z zespołu ponaglił przewoźnika w Twojej sprawie.',

  // Keeping the conversation on track: no answer known, an unclear pick or yes/no, a dropped task, commands.
  faq_unknown:
    'Przepraszam, nie mam dobrej odpowiedzi na to pytanie. Ktoś z zespołu może pomóc: kliknij „{agent}”.',
  choice_not_understood:
    'Przepraszam, o którą opcję chodzi? Kliknij jedną z nich poniżej albo wyślij jej numer.',
  confirm_again: 'Przepraszam, to tak czy nie? Kliknij jeden z przycisków poniżej.',
  abandoned: 'Nie ma problemu, zostawiam to. Mogę pomóc w czymś jeszcze?',
  language_switched: 'Jasne, dalej piszę po polsku.',
  command_help:
    'Jestem asystentem {brand}. Pytaj własnymi słowami o zamówienie, dostawę, zwrot, rozmiar, zmianę adresu albo anulowanie. Wyślij STOP, żeby nie dostawać więcej wiadomości z aktualizacjami.',

  // Consent and privacy. STOP and START stay as written in every language: they are the keywords to send.
  optout_confirmed:
    'Gotowe: nie będziesz już dostawać wiadomości z aktualizacjami od {brand}. Nadal możesz pisać do mnie w każdej chwili, a żeby z powrotem je włączyć, wyślij START.',
  optin_confirmed: 'Miło, że wracasz! Powiadomienia o zamówieniach od {brand} są znowu włączone.',
  data_request_access:
    'Przekazałem Twoją prośbę o kopię danych osobowych naszemu zespołowi ds. prywatności. Odpowie Ci tutaj w ciągu {days} dni.',
  data_request_deletion:
    'Przekazałem Twoją prośbę o usunięcie danych osobowych naszemu zespołowi ds. prywatności. Potwierdzi to tutaj w ciągu {days} dni.',

  // Carrier events by code (ShipmentEventCode), read inside status sentences: short, no full stop.
  event_label_created: 'etykieta utworzona, czeka na odbiór',
  event_picked_up: 'odebrana przez przewoźnika',
  event_in_transit: 'w drodze',
  event_departed_origin: 'opuściła sortownię nadania',
  event_arrived_hub: 'dotarła do sortowni',
  event_export_customs: 'odprawa eksportowa zakończona',
  event_customs_hold: 'zatrzymana przez urząd celny',
  event_customs_cleared: 'odprawa importowa zakończona',
  event_port_congestion: 'opóźniona przez zatłoczenie portu',
  event_arrived_destination: 'dotarła do kraju docelowego',
  event_out_for_delivery: 'wydana do doręczenia',
  event_delivery_attempt_failed: 'nieudana próba doręczenia, nikogo nie zastano',
  event_delivered: 'doręczona',
  event_returned_to_sender: 'zwrócona do nadawcy',
  event_exception: 'problem u przewoźnika',
};
