// Filipino: polite "po", in the natural Taglish Filipino online shops use (order, tracking, size, refund stay
// English, as shoppers themselves write them); "kayo/ninyo" for the shopper.
import type { Catalog } from './en';

export const fil: Catalog = {
  greeting:
    'Hi po! 👋 Ako ang assistant ng {brand}. Matutulungan ko po kayo sa pag-track ng order, returns, sizes, pagpalit ng address at pag-cancel. Ano po ang maitutulong ko?',
  thanks_bye: 'Walang anuman po! Have a great day po 😊',
  clarify:
    'Pasensya na po, hindi ko po masyadong naintindihan. Matutulungan ko po kayo sa orders, tracking, returns, sizes, pagpalit ng address at pag-cancel. Ano po ang kailangan ninyo?',
  clarify_again:
    'Pasensya na po, hindi ko pa rin po naintindihan. Puwede po bang sabihin sa ibang paraan, o i-tap ang isa sa mga option? Puwede ko rin po kayong ikonekta sa isang kasamahan ko.',
  ask_more:
    'Paano ko po kayo matutulungan? Puwede po kayong magtanong tungkol sa order, delivery, return o size.',
  menu_track: 'I-track ang order ko',
  menu_return: 'Mag-return ng item',
  menu_size: 'Tulong sa size',
  menu_agent: 'Makipag-usap sa tao',
  button_yes: 'Opo',
  button_no: 'Hindi po',

  ask_order_number: 'Sige po! Ano po ang order number ninyo? 5 digits po ito, halimbawa #48213.',
  which_order: 'Aling order po ang tinutukoy ninyo?',
  order_option: '#{order} · {date} · {items}',
  no_orders:
    'Wala pa po akong makitang order para sa chat na ito. Kung ibang phone number o email po ang ginamit ninyo sa pag-order, i-send lang po ang order number at iche-check ko.',
  order_not_found: 'Hindi ko po mahanap ang order {order}. Pakicheck po ulit ang number?',
  not_your_order:
    'Para sa privacy ninyo, ang mga order lang po na kayo mismo ang nag-place ang maibabahagi ko. Kung sa inyo po ang order {order}, paki-verify po gamit ang email o postcode na ginamit sa checkout.',

  verify_ask:
    'Para manatiling private ang mga order ninyo, paki-send po ang order number kasama ang email address o postcode na ginamit ninyo sa checkout.',
  verify_ask_secret:
    'Salamat po! Paki-send naman po ang email address o postcode na ginamit ninyo sa order {order}.',
  verify_ok: 'Salamat po, verified na kayo ✅',
  verify_failed:
    'Pasensya na po, hindi tugma ang mga detalye sa records namin. Pakicheck po ang order number at ang email o postcode, tapos subukan ulit.',
  verify_failed_left:
    'Hindi pa rin po tugma ang mga detalye sa records namin. May {left} attempt pa po kayo bago ma-pause nang isang oras ang verification.',
  verify_third_party:
    'Para sa privacy nila, sa taong nag-order lang po ako puwedeng magbahagi tungkol sa order {order}. Pakisabi po na mag-message sila sa amin mula sa sarili nilang chat, tutulungan namin agad.',
  verify_private_only:
    'Para sa privacy ninyo, sa private chat lang po ako nakakatingin ng orders. Mag-message po kayo sa akin nang direkta at doon ko kayo tutulungan.',
  verify_locked:
    'Masyado na pong maraming attempts. Subukan po ulit pagkalipas ng {minutes} minuto, o humingi po ng tao at tutulungan namin kayo.',

  status_pending:
    'Confirmed na po ang order {order} at naghihintay na lang i-pack. Ibibigay ko po agad ang tracking kapag na-ship na.',
  status_processing:
    'Pinapack na po ngayon ang order {order}. Dapat po itong ma-ship sa loob ng 1–2 business days.',
  status_shipped:
    'Papunta na po sa inyo ang order {order} sa {carrier} (tracking {tracking}). Pinakabagong update: {event}, {location}, {date}. Inaasahang darating: {eta}.',
  status_delivered: 'Na-deliver na po ang order {order} noong {date}. Sana po magustuhan ninyo!',
  status_cancelled:
    'Na-cancel na po ang order {order}. Kung may refund po, naibalik na ito sa original payment method ninyo.',
  status_returned: 'Na-return at na-refund na po ang order {order}.',
  tracking_link: 'I-track ang parcel',

  delay_customs:
    'Pasensya na po sa paghihintay. Naka-hold po sa customs sa {location} ang parcel ninyong {tracking} mula pa noong {date}. Karaniwang 3–7 araw po ang customs check; ang inaasahan na ngayon ng courier ay ma-deliver ito bandang {eta}.',
  delay_port:
    'Pasensya na po sa paghihintay. Delayed po ang parcel ninyong {tracking} dahil sa congestion sa {location} mula pa noong {date}. Ang inaasahan na ngayon ng courier ay ma-deliver ito bandang {eta}.',
  delay_silent:
    'Pasensya na po sa paghihintay. Hindi pa po nag-a-update ang courier sa parcel {tracking} mula noong {date} ({location}).',
  delay_failed_attempt:
    'Sinubukan po ng courier na i-deliver ang parcel {tracking} noong {date} pero hindi po natuloy. Kadalasan po ay susubukan ulit nila sa susunod na business day, o puwede rin po kayong mag-schedule ng bagong delivery sa site nila.',
  delay_on_time:
    'Good news po: on schedule ang order {order}. Ang latest update ay {event} ({location}, {date}) at dapat po itong dumating bago o sa {eta}.',
  delay_late:
    'Pasensya na po sa paghihintay. Mas late na po ang parcel {tracking} kaysa sa estimate ng courier na {eta}. Ang latest update ay {event} ({location}, {date}).',
  delay_exception:
    'Pasensya na po: nag-report ang courier ng problema sa parcel {tracking} noong {date} ({location}). Inaalam na po namin ito sa kanila.',
  delay_returned:
    'Ibinabalik po ng courier sa amin ang parcel {tracking} (mula {date}). Aayusin namin kasama ninyo ang bagong delivery o refund.',
  delay_proactive:
    'Hi po! Quick update lang po tungkol sa order {order}: {reason} Inaasikaso na po namin ito at dito ko po kayo ia-update.',

  return_started:
    'Done na po! Nagbukas na ako ng return {rma} para sa order {order}. Paki-pack po ang item(s) nang hindi pa nasusuot at may tags pa, at i-drop ang parcel sa kahit anong {carrier} branch bago mag-{date}. Ito po ang prepaid label ninyo: {link}',
  return_window_closed:
    'Na-deliver po ang order {order} noong {date}, kaya lampas na po ito sa {days}-day return window namin. Pinakiusapan ko na po ang isang kasamahan na tingnan kung ano ang puwede naming gawin.',
  return_not_delivered:
    'Hindi pa po na-deliver ang order {order}, kaya hindi pa po ito puwedeng i-return. Kung hindi pa po na-ship, puwede ko po itong i-cancel na lang.',
  return_which_item: 'Aling item po ang gusto ninyong i-return?',

  damage_sorry_ask_photo:
    'Pasensya na po talaga at sira ang dumating 😔 Puwede po bang mag-send ng photo ng item at ng packaging? Makakatulong po ito para maayos namin agad.',
  damage_claim_opened:
    'Salamat po. Nagbukas na po ako ng claim {claim} para sa order {order} kasama ang photo(s) ninyo. Babalikan po kayo ng isang kasamahan namin sa loob ng 24 oras para sa replacement o refund.',
  damage_photo_added: 'Noted po, naidagdag ko na ang photo sa claim {claim}.',

  size_ask_measurements:
    'Sige po, tutulungan ko kayo sa size! Ano po ang height at weight ninyo, o ang chest at waist ninyo in cm?',
  size_ask_product: 'Aling item po ang tinitingnan ninyo?',
  size_recommend: 'Para sa {product}, size {size} po ang recommended ko.{equivalents}',
  size_between:
    'Para sa {product}, nasa pagitan po kayo ng {size} at {size_up}. Kung gusto ninyo ng maluwag na fit, {size_up} po; kung fitted, {size} po.',
  size_no_chart:
    'Pasensya na po, wala akong size chart para sa {product}. Kung gusto ninyo, matutulungan po kayo ng isang kasamahan namin na pumili: i-tap lang po ang “{agent}”.',
  size_convert: 'Ang size {size} ({system}) ay katumbas ng EU {eu} / US {us} / UK {uk} / JP {jp} / CN {cn}.',
  size_equivalents: ' Katumbas po iyan ng EU {eu} / US {us} / UK {uk}.',

  address_ask_new:
    'Sige po. Ano po ang bagong delivery address para sa order {order}? Pakisama po ang house/unit no., street, barangay, city at ZIP code.',
  address_invalid:
    'Pasensya na po, hindi ko po mabasa ang buong address. Paki-send po ang house/unit no., street, barangay, city at ZIP code, halimbawa: Unit 12B, 123 Ayala Ave., Brgy. San Lorenzo, Makati City 1223.',
  address_confirm: 'Paki-confirm po ang bagong address para sa order {order}: {address}',
  address_changed: 'Done na po! Ide-deliver ang order {order} sa: {address}',
  address_too_late:
    'Na-ship na po ang order {order}, kaya hindi ko na po mapapalitan ang address mula rito. Kung gusto ninyo, puwedeng hilingin ng isang kasamahan namin sa courier na i-redirect ito: i-tap lang po ang “{agent}”.',

  cancel_confirm: 'Gusto ninyo po bang i-cancel ang order {order} ({items}, {total})?',
  cancelled:
    'Na-cancel na po ang order {order}. Ang refund ninyong {total} ay papasok sa original payment method ninyo sa loob ng 5–10 business days.',
  cancel_kept: 'Walang problema po, mananatili ang order {order} gaya ng dati.',
  cancel_too_late:
    'Papunta na po ang order {order}, kaya hindi na po ito puwedeng i-cancel. Pagdating po nito, puwede ninyo itong i-return nang libre.',

  product_info: '{product}: {material}. Pag-aalaga: {care}. Mga kulay: {colours}.',
  product_in_stock: 'May stock po ang {product} in {variant}.',
  product_out_of_stock:
    'Sold out po ngayon ang {product} in {variant}. Inaasahan po naming magre-restock bandang {date}.',
  product_sold_out: 'Sold out po ngayon ang {product} in {variant}.',
  product_unknown: 'Aling product po ang tinutukoy ninyo? Puwede po ninyong i-send ang pangalan o link nito.',

  handoff:
    'Ipapasa ko po kayo sa isang kasamahan na makakatulong dito. Sasagot po sila rito sa lalong madaling panahon.',
  button_video_call: 'Mag-video call',
  handoff_video: 'Kung mas madali po, puwede rin kayong sumali sa video call: {link}',
  handoff_eta_open: 'Kadalasan po, sumasagot ang team namin sa loob ng {minutes} minuto.',
  handoff_eta_closed:
    'Offline po ang team namin ngayon at babalik sa {when}. Puwede pa rin po kayong mag-message dito: makikita po nila lahat.',
  handoff_waiting:
    'Salamat po, naidagdag ko na ito para sa kasamahan ko. Sasagot po sila rito, at walang mawawala sa mga isinusulat ninyo.',
  agent_joined: 'Nakapasok na po sa chat ang isang kasamahan namin, at dito po siya sasagot.',
  agent_video: 'Iniimbitahan po kayo ng kasamahan ko sa isang video call. I-tap lang po para sumali: {link}',
  back_to_bot:
    'Balik na po kayo sa assistant. Matutulungan ko po kayo sa orders, tracking, returns at sizes. Ano po ang maitutulong ko?',
  back_to_bot_timeout:
    'Pasensya na po, wala pang kasamahang nakasagot. Nandito po muna ako para tumulong, at puwede po ninyong i-tap ulit ang “{agent}” anumang oras.',
  rating_ask:
    'Kumusta po ang serbisyo namin? Paki-rate po ang usapang ito mula 1 (hindi maganda) hanggang 5 (napakahusay).',
  rating_thanks: 'Salamat po sa feedback ninyo! 🙏',
  proactive_intro: 'Hi po! Mabilis na abiso tungkol sa order {order}, bago pa kayo magtanong:',
  proactive_choices: 'Ano po ang gusto ninyo? (Mag-reply ng STOP kung ayaw ninyo ng ganitong messages.)',
  optout_hint: 'Mag-reply ng STOP para itigil ang mga update na ito.',
  button_keep_waiting: 'Maghihintay pa ako',
  button_get_updates: 'Padalhan ng update',
  button_cancel_refund: 'I-cancel at i-refund',
  proactive_waiting_ok:
    'Salamat po sa pasensya! Sasabihan ko kayo dito agad kapag may balita sa order {order}.',
  proactive_updates_on: 'Sige po: magme-message ako dito tuwing may galaw ang order {order}.',
  voice_not_supported:
    'Hindi pa po ako nakakapakinig ng voice messages. Puwede po bang i-type na lang ang tanong ninyo? O ipapasa ko po kayo sa isang kasamahan.',
  image_ask_context: 'Salamat po sa photo! Tungkol po saan ito: sirang item, return, o iba pa?',
  media_received: 'Salamat po, natanggap ko na ang file ninyo.',
  declined_injection:
    'Sa sarili ninyong mga order at sa mga product lang po namin ako makakatulong. Ano po ang maitutulong ko?',
  error_try_again: 'Pasensya na po, nagka-problema sa side ko. Pakisubukan po ulit mamaya.',

  cancel_processing:
    'Pina-pack na po ngayon ang order {order}, kaya hindi ko po ito ma-cancel dito. Pinakiusapan ko na po ang isang kasamahan na subukang pigilan ito. Kung naipadala na po, puwede ninyo itong i-return nang libre pagdating.',
  cancel_delivered:
    'Na-deliver na po ang order {order}, kaya hindi na po ito ma-cancel. Puwede pa rin po ninyo itong i-return nang libre sa loob ng {days} araw mula delivery: sabihan lang po ako para masimulan ang return.',
  address_processing:
    'Pina-pack na po ngayon ang order {order}, kaya hindi ko po mapalitan ang address dito. Pinakiusapan ko na po ang isang kasamahan na i-update ito bago maipadala.',
  address_delivered: 'Na-deliver na po ang order {order}, kaya hindi na po mapapalitan ang address nito.',
  size_ask_waist:
    'Salamat po! Ang size ng {product} ay batay sa baywang at balakang, kaya hindi sapat ang height at weight. Ilang cm po ang baywang ninyo (at balakang, kung alam ninyo)?',
  size_ask_chest:
    'Salamat po! Ang size ng {product} ay batay sa dibdib, kaya hindi sapat ang height at weight. Ilang cm po ang dibdib ninyo, sukat sa pinakamalapad na bahagi?',
  size_ask_foot:
    'Para sa {product}, haba ng paa po ang basehan ko. Ilang cm po ang haba ng paa ninyo, mula sakong hanggang pinakamahabang daliri? O sabihin po ang size na suot ninyo sa EU, US o UK.',

  // Answers to one narrow question (when, where, which number, which refund), without the full status.
  eta_shipped: 'Dapat po dumating ang order {order} bago o sa {eta} (tracking {tracking} sa {carrier}).',
  eta_delayed:
    'Ang pinakabagong estimate ng courier para sa parcel {tracking} ay {eta}, pero late na po ito, kaya baka umabot pa ng ilang araw.',
  eta_not_shipped:
    'Hindi pa po na-ship ang order {order}, kaya wala pa itong delivery date. Makukuha po ninyo ito kasama ng tracking number kapag na-ship na.',
  location_answer: 'Ang pinakahuling scan ng parcel {tracking}: {event}, {location}, noong {date}.',
  tracking_number_answer: 'Nasa {carrier} po ang order {order}, tracking number {tracking}.',
  tracking_number_none: 'Hindi pa po na-ship ang order {order}, kaya wala pa itong tracking number.',
  refund_timing_return:
    'Papasok po ang refund para sa return {rma} sa original payment method ninyo kapag dumating na ang parcel sa warehouse namin, kadalasan sa loob ng {days} business days mula nang i-drop off ninyo.',
  refund_timing_cancelled:
    'Babalik po ang refund para sa order {order} ({total}) sa original payment method ninyo sa loob ng 5–10 business days mula nang ma-cancel.',
  refund_timing_none:
    'Wala pa pong refund na naka-open para sa order {order}. Kung gusto ninyo, puwede akong magsimula ng return.',
  return_label_again:
    'Heto po ulit ang prepaid label para sa return {rma}: {link} I-drop po ang parcel sa kahit anong {carrier} branch bago mag-{date}.',
  return_label_none:
    'Wala pa pong naka-open na return para sa order {order}. Sabihin lang po ninyo at sisimulan ko na.',
  no_news:
    'Iyan pa rin po ang pinakabagong info ko para sa order {order}: wala pang nagbago mula sa huling message ko. Gusto po ba ninyong ipasa ko kayo sa isang kasamahan?',

  // Sent only once a case really exists: no other message may promise that someone chases the carrier.
  delay_case_opened:
    'Nagbukas na po ako ng case {case} para ma-follow up ng isang kasamahan namin ang courier para sa inyo.',

  // Keeping the conversation on track: no answer known, an unclear pick or yes/no, a dropped task, commands.
  faq_unknown:
    'Pasensya na po, wala akong magandang sagot diyan. Matutulungan po kayo ng isang kasamahan namin: i-tap lang po ang “{agent}”.',
  choice_not_understood:
    'Pasensya na po, alin po doon? I-tap po ang isa sa mga option sa ibaba o i-send ang number nito.',
  confirm_again: 'Pasensya na po, oo po ba o hindi? I-tap po ang isa sa mga button sa ibaba.',
  abandoned: 'Walang problema po, hindi ko na itutuloy iyon. May iba pa po ba akong maitutulong?',
  language_switched: 'Sige po, sa Filipino na po tayo mag-usap.',
  command_help:
    'Ako po ang assistant ng {brand}. Magtanong lang po kayo sa sarili ninyong salita tungkol sa order, delivery, return, size, pagpalit ng address o pag-cancel. I-send po ang STOP para itigil ang update messages.',

  // Consent and privacy. STOP and START stay as written in every language: they are the keywords to send.
  optout_confirmed:
    'Done na po: hindi na kayo makakatanggap ng update messages mula sa {brand}. Puwede pa rin po kayong mag-message sa akin anytime, at i-send lang po ang START para i-on ulit ang updates.',
  optin_confirmed: 'Welcome back po! Naka-on na ulit ang order updates mula sa {brand}.',
  data_request_access:
    'Naipasa ko na po sa privacy team namin ang request ninyo para sa kopya ng personal data ninyo. Sasagot po sila rito sa loob ng {days} araw.',
  data_request_deletion:
    'Naipasa ko na po sa privacy team namin ang request ninyo na i-delete ang personal data ninyo. Ico-confirm po nila rito sa loob ng {days} araw.',

  // Carrier events by code (ShipmentEventCode), read inside status sentences: short, no full stop.
  event_label_created: 'nagawa na ang label, hinihintay ang pickup',
  event_picked_up: 'na-pick up na ng courier',
  event_in_transit: 'nasa biyahe',
  event_departed_origin: 'umalis na sa origin hub',
  event_arrived_hub: 'dumating sa sorting hub',
  event_export_customs: 'tapos na ang export customs',
  event_customs_hold: 'naka-hold sa customs',
  event_customs_cleared: 'tapos na ang import customs',
  event_port_congestion: 'naantala dahil sa siksikan sa pantalan',
  event_arrived_destination: 'dumating na sa bansang pupuntahan',
  event_out_for_delivery: 'out for delivery na',
  event_delivery_attempt_failed: 'hindi naihatid, walang tumanggap',
  event_delivered: 'naihatid na',
  event_returned_to_sender: 'ibinalik sa sender',
  event_exception: 'may problema sa courier',
};
