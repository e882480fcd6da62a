// Malay (Malaysia): polite "anda" with the light, warm tone of Malaysian shop chats (saiz, poskod, kurier).
import type { Catalog } from './en';

export const ms: Catalog = {
  greeting:
    'Hai! 👋 Saya pembantu {brand}. Saya boleh jejak pesanan anda dan bantu dengan pemulangan, saiz, tukar alamat dan pembatalan. Ada apa yang boleh saya bantu?',
  thanks_bye: 'Sama-sama! Semoga hari anda menyeronokkan 😊',
  clarify:
    'Maaf, saya kurang faham. Saya boleh bantu dengan pesanan, penjejakan, pemulangan, saiz, tukar alamat dan pembatalan. Apa yang anda perlukan?',
  clarify_again:
    'Maaf, saya masih kurang faham. Boleh terangkan dengan cara lain, atau tekan salah satu pilihan? Saya juga boleh sambungkan anda dengan rakan sekerja saya.',
  ask_more:
    'Ada apa yang boleh saya bantu? Anda boleh tanya tentang pesanan, penghantaran, pemulangan atau saiz.',
  menu_track: 'Jejak pesanan saya',
  menu_return: 'Pulangkan barang',
  menu_size: 'Bantuan saiz',
  menu_agent: 'Bercakap dengan staf',
  button_yes: 'Ya',
  button_no: 'Tidak',

  ask_order_number: 'Boleh! Apakah nombor pesanan anda? Ia ada 5 digit, contohnya #48213.',
  which_order: 'Pesanan yang mana satu?',
  order_option: '#{order} · {date} · {items}',
  no_orders:
    'Saya belum jumpa sebarang pesanan untuk chat ini. Jika anda membeli dengan nombor telefon atau e-mel lain, hantarkan nombor pesanan dan saya akan semak.',
  order_not_found: 'Maaf, saya tidak jumpa pesanan {order}. Boleh semak semula nombornya?',
  not_your_order:
    'Demi privasi anda, saya hanya boleh berkongsi maklumat pesanan yang dibuat oleh anda sendiri. Jika pesanan {order} milik anda, sila sahkan dengan e-mel atau poskod yang digunakan semasa checkout.',

  verify_ask:
    'Untuk memastikan pesanan anda selamat, sila hantar nombor pesanan bersama e-mel atau poskod yang anda gunakan semasa checkout.',
  verify_ask_secret:
    'Terima kasih! Sekarang sila hantar e-mel atau poskod yang anda gunakan untuk pesanan {order}.',
  verify_ok: 'Terima kasih, pengesahan berjaya ✅',
  verify_failed:
    'Maaf, maklumat itu tidak sepadan dengan rekod kami. Sila semak nombor pesanan dan e-mel atau poskod, kemudian cuba lagi.',
  verify_failed_left:
    'Maklumat itu masih tidak sepadan dengan rekod kami. Anda ada {left} lagi cubaan sebelum pengesahan dihentikan sementara selama sejam.',
  verify_third_party:
    'Demi privasi, saya hanya boleh berbincang tentang pesanan {order} dengan orang yang membuat pesanan. Minta dia mesej kami dari sembangnya sendiri, kami akan bantu segera.',
  verify_private_only:
    'Demi privasi anda, saya hanya boleh menyemak pesanan dalam sembang peribadi. Sila mesej saya terus dan saya bantu di sana.',
  verify_locked:
    'Terlalu banyak cubaan. Sila cuba lagi dalam {minutes} minit, atau minta untuk bercakap dengan staf dan kami akan bantu.',

  status_pending:
    'Pesanan {order} telah disahkan dan sedang menunggu untuk dibungkus. Saya akan kongsi nombor penjejakan sebaik sahaja ia dihantar.',
  status_processing:
    'Pesanan {order} sedang dibungkus sekarang. Ia sepatutnya dihantar dalam 1–2 hari bekerja.',
  status_shipped:
    'Pesanan {order} sedang dalam perjalanan bersama {carrier} (nombor penjejakan {tracking}). Kemas kini terkini: {event}, {location}, {date}. Anggaran sampai: {eta}.',
  status_delivered: 'Pesanan {order} telah dihantar pada {date}. Harap anda suka!',
  status_cancelled:
    'Pesanan {order} telah dibatalkan. Jika ada bayaran balik, ia telah dihantar ke kaedah pembayaran asal anda.',
  status_returned: 'Pesanan {order} telah dipulangkan dan bayaran balik telah dibuat.',
  tracking_link: 'Jejak bungkusan',

  delay_customs:
    'Maaf kerana membuat anda menunggu. Bungkusan {tracking} anda ditahan oleh kastam di {location} sejak {date}. Pemeriksaan kastam biasanya mengambil masa 3–7 hari; kurier kini menjangka penghantaran sekitar {eta}.',
  delay_port:
    'Maaf kerana membuat anda menunggu. Bungkusan {tracking} anda tertangguh akibat kesesakan di {location} sejak {date}. Kurier kini menjangka penghantaran sekitar {eta}.',
  delay_silent:
    'Maaf kerana membuat anda menunggu. Kurier belum mengemas kini status bungkusan {tracking} sejak {date} ({location}).',
  delay_failed_attempt:
    'Kurier cuba menghantar bungkusan {tracking} pada {date} tetapi tidak berjaya. Biasanya mereka akan cuba lagi pada hari bekerja berikutnya, atau anda boleh atur penghantaran semula di laman web mereka.',
  delay_on_time:
    'Berita baik: pesanan {order} mengikut jadual. Kemas kini terkini ialah {event} ({location}, {date}) dan ia sepatutnya sampai selewat-lewatnya {eta}.',
  delay_late:
    'Maaf kerana membuat anda menunggu. Bungkusan {tracking} lebih lewat daripada anggaran kurier, iaitu {eta}. Kemas kini terkini ialah {event} ({location}, {date}).',
  delay_exception:
    'Maaf, kurier melaporkan masalah dengan bungkusan {tracking} pada {date} ({location}). Kami sedang menyemaknya dengan mereka.',
  delay_returned:
    'Kurier sedang memulangkan bungkusan {tracking} kepada kami (sejak {date}). Kami akan aturkan penghantaran semula atau bayaran balik dengan anda.',
  delay_proactive:
    'Hai! Makluman ringkas tentang pesanan {order}: {reason} Kami sedang uruskan dan saya akan maklumkan di sini.',

  return_started:
    'Siap! Saya telah buka pemulangan {rma} untuk pesanan {order}. Sila bungkus barang yang belum dipakai dengan tag masih dipasang, dan hantar bungkusan ke mana-mana pusat {carrier} sebelum {date}. Label prabayar anda: {link}',
  return_window_closed:
    'Pesanan {order} dihantar pada {date}, iaitu di luar tempoh pemulangan {days} hari kami. Saya sudah minta rakan sekerja untuk lihat apa yang boleh kami lakukan.',
  return_not_delivered:
    'Pesanan {order} belum sampai lagi, jadi ia belum boleh dipulangkan. Jika ia belum dihantar, saya boleh batalkannya.',
  return_which_item: 'Barang mana yang anda mahu pulangkan?',

  damage_sorry_ask_photo:
    'Saya benar-benar minta maaf barang anda sampai dalam keadaan rosak 😔 Boleh hantar gambar barang dan bungkusannya? Ia membantu kami selesaikan dengan cepat.',
  damage_claim_opened:
    'Terima kasih. Saya telah buka tuntutan {claim} untuk pesanan {order} bersama gambar anda. Rakan sekerja kami akan menghubungi anda dalam masa 24 jam untuk gantian atau bayaran balik.',
  damage_photo_added: 'Baik, saya telah tambah gambar itu ke tuntutan {claim}.',

  size_ask_measurements:
    'Dengan senang hati saya bantu pilih saiz! Berapa tinggi dan berat anda, atau ukuran dada dan pinggang dalam cm?',
  size_ask_product: 'Barang mana yang anda sedang lihat?',
  size_recommend: 'Untuk {product}, saya cadangkan saiz {size}.{equivalents}',
  size_between:
    'Untuk {product}, anda di antara saiz {size} dan {size_up}. Untuk potongan longgar pilih {size_up}, untuk yang lebih muat pilih {size}.',
  size_no_chart:
    'Maaf, saya tiada carta saiz untuk {product}. Jika anda mahu, rakan sekerja kami boleh bantu anda memilih: tekan “{agent}”.',
  size_convert: 'Saiz {size} ({system}) bersamaan EU {eu} / US {us} / UK {uk} / JP {jp} / CN {cn}.',
  size_equivalents: ' Ia bersamaan EU {eu} / US {us} / UK {uk}.',

  address_ask_new:
    'Boleh. Apakah alamat penghantaran baharu untuk pesanan {order}? Sila sertakan nombor rumah, jalan, taman atau kawasan, poskod dan bandar.',
  address_invalid:
    'Maaf, saya tidak dapat membaca alamat yang lengkap. Sila hantar nombor rumah, jalan, taman atau kawasan, poskod dan bandar, contohnya: No. 12, Jalan Melati 3, Taman Sri Bunga, 53100 Kuala Lumpur.',
  address_confirm: 'Sila sahkan alamat baharu untuk pesanan {order}: {address}',
  address_changed: 'Siap! Pesanan {order} akan dihantar ke: {address}',
  address_too_late:
    'Pesanan {order} sudah dihantar, jadi saya tidak boleh tukar alamat dari sini. Jika anda mahu, rakan sekerja kami boleh minta kurier untuk mengubah hala penghantaran: tekan “{agent}”.',

  cancel_confirm: 'Adakah anda mahu batalkan pesanan {order} ({items}, {total})?',
  cancelled:
    'Pesanan {order} telah dibatalkan. Bayaran balik {total} akan masuk ke kaedah pembayaran asal anda dalam 5–10 hari bekerja.',
  cancel_kept: 'Tiada masalah, pesanan {order} kekal seperti biasa.',
  cancel_too_late:
    'Pesanan {order} sudah dalam perjalanan, jadi ia tidak boleh dibatalkan. Selepas ia sampai, anda boleh pulangkan secara percuma.',

  product_info: '{product}: {material}. Penjagaan: {care}. Warna: {colours}.',
  product_in_stock: '{product} dalam {variant} ada stok.',
  product_out_of_stock:
    '{product} dalam {variant} habis dijual buat masa ini. Kami jangka stok baharu sekitar {date}.',
  product_sold_out: '{product} dalam {variant} habis dijual buat masa ini.',
  product_unknown: 'Produk yang mana satu? Anda boleh hantar nama atau pautannya.',

  handoff:
    'Saya akan sambungkan anda dengan rakan sekerja yang boleh bantu hal ini. Mereka akan balas di sini secepat mungkin.',
  button_video_call: 'Panggilan video',
  handoff_video: 'Jika lebih mudah, anda juga boleh sertai panggilan video: {link}',
  handoff_eta_open: 'Pasukan kami biasanya membalas dalam masa {minutes} minit.',
  handoff_eta_closed:
    'Pasukan kami sedang offline sekarang dan akan kembali pada {when}. Anda boleh terus menulis di sini: mereka akan nampak semuanya.',
  handoff_waiting:
    'Terima kasih, saya sudah tambahkan maklumat itu untuk rakan sekerja saya. Mereka akan balas di sini, dan apa yang anda tulis tidak akan hilang.',
  agent_joined: 'Rakan sekerja kami sudah menyertai chat dan akan balas di sini.',
  agent_video: 'Rakan sekerja saya menjemput anda ke panggilan video. Tekan untuk sertai: {link}',
  back_to_bot:
    'Anda kembali berbual dengan pembantu. Saya boleh bantu dengan pesanan, penjejakan, pemulangan dan saiz. Ada apa yang boleh saya bantu?',
  back_to_bot_timeout:
    'Maaf, belum ada rakan sekerja yang dapat membalas. Sementara itu saya sedia membantu, dan anda boleh tekan “{agent}” sekali lagi bila-bila masa.',
  rating_ask: 'Bagaimana layanan kami? Sila nilai perbualan ini dari 1 (lemah) hingga 5 (cemerlang).',
  rating_thanks: 'Terima kasih atas maklum balas anda! 🙏',
  proactive_intro: 'Hai! Makluman ringkas tentang pesanan {order}, sebelum anda perlu bertanya:',
  proactive_choices: 'Anda mahu yang mana? (Balas STOP jika tidak mahu terima mesej seperti ini.)',
  optout_hint: 'Balas STOP untuk berhenti menerima kemas kini ini.',
  button_keep_waiting: 'Terus tunggu',
  button_get_updates: 'Hantar saya info',
  button_cancel_refund: 'Batal & bayar balik',
  proactive_waiting_ok:
    'Terima kasih atas kesabaran anda! Saya akan maklumkan di sini sebaik ada berita tentang pesanan {order}.',
  proactive_updates_on: 'Baik: saya akan mesej anda di sini setiap kali pesanan {order} bergerak.',
  voice_not_supported:
    'Saya belum boleh mendengar mesej suara. Boleh taip soalan anda? Atau saya boleh sambungkan anda dengan rakan sekerja.',
  image_ask_context:
    'Terima kasih atas gambar itu! Ia berkenaan apa: barang rosak, pemulangan atau perkara lain?',
  media_received: 'Terima kasih, saya telah terima fail anda.',
  declined_injection:
    'Saya hanya boleh bantu dengan pesanan anda sendiri dan produk kami. Ada apa yang boleh saya bantu?',
  error_try_again: 'Maaf, ada masalah di pihak saya. Sila cuba lagi sebentar lagi.',

  cancel_processing:
    'Pesanan {order} sedang dibungkus sekarang, jadi saya tidak boleh membatalkannya dari sini. Saya sudah minta rakan sekerja cuba menahannya. Jika ia sudah dihantar, anda boleh pulangkan secara percuma selepas ia sampai.',
  cancel_delivered:
    'Pesanan {order} sudah diterima, jadi ia tidak boleh dibatalkan. Anda masih boleh pulangkan secara percuma dalam tempoh {days} hari selepas penghantaran: minta saja saya mulakan pemulangan.',
  address_processing:
    'Pesanan {order} sedang dibungkus sekarang, jadi saya tidak boleh menukar alamat dari sini. Saya sudah minta rakan sekerja mengemas kininya sebelum ia dihantar.',
  address_delivered: 'Pesanan {order} sudah diterima, jadi alamatnya tidak boleh ditukar lagi.',
  size_ask_waist:
    'Terima kasih! Saiz {product} ditentukan oleh ukuran pinggang dan pinggul, jadi tinggi dan berat sahaja tidak cukup. Berapa ukuran pinggang anda dalam cm (dan pinggul, jika tahu)?',
  size_ask_chest:
    'Terima kasih! Saiz {product} ditentukan oleh ukuran dada, jadi tinggi dan berat sahaja tidak cukup. Berapa ukuran dada anda dalam cm, di bahagian paling lebar?',
  size_ask_foot:
    'Untuk {product} saya guna panjang kaki. Berapa panjang kaki anda dalam cm, dari tumit ke jari paling panjang? Atau beritahu saiz yang anda pakai dalam EU, US atau UK.',

  // Answers to one narrow question (when, where, which number, which refund), without the full status.
  eta_shipped:
    'Pesanan {order} dijangka sampai selewat-lewatnya {eta} (nombor penjejakan {tracking} bersama {carrier}).',
  eta_delayed:
    'Anggaran terkini kurier untuk bungkusan {tracking} ialah {eta}, tetapi ia sedang lewat, jadi mungkin ambil masa beberapa hari lagi.',
  eta_not_shipped:
    'Pesanan {order} belum dihantar, jadi belum ada tarikh penghantaran. Anda akan dapat tarikhnya bersama nombor penjejakan sebaik sahaja ia dihantar.',
  location_answer: 'Imbasan terakhir bungkusan {tracking}: {event}, {location}, pada {date}.',
  tracking_number_answer: 'Pesanan {order} dihantar melalui {carrier}, nombor penjejakan {tracking}.',
  tracking_number_none: 'Pesanan {order} belum dihantar, jadi belum ada nombor penjejakan.',
  refund_timing_return:
    'Bayaran balik untuk pemulangan {rma} akan masuk ke kaedah pembayaran asal anda sebaik sahaja bungkusan sampai di gudang kami, biasanya dalam {days} hari bekerja selepas anda menghantarnya.',
  refund_timing_cancelled:
    'Bayaran balik untuk pesanan {order} ({total}) akan masuk semula ke kaedah pembayaran asal anda dalam 5–10 hari bekerja selepas pembatalan.',
  refund_timing_none:
    'Belum ada bayaran balik untuk pesanan {order}. Jika anda mahu, saya boleh mulakan pemulangan.',
  return_label_again:
    'Ini label prabayar untuk pemulangan {rma} sekali lagi: {link} Hantar bungkusan ke mana-mana pusat {carrier} sebelum {date}.',
  return_label_none: 'Belum ada pemulangan dibuka untuk pesanan {order}. Beritahu saja, saya akan mulakan.',
  no_news:
    'Itu masih maklumat terkini yang saya ada untuk pesanan {order}: tiada perubahan sejak mesej saya yang lepas. Mahu saya sambungkan anda dengan rakan sekerja?',

  // Sent only once a case really exists: no other message may promise that someone chases the carrier.
  delay_case_opened: 'Saya telah buka kes {case} supaya rakan sekerja kami susuli dengan kurier untuk anda.',

  // Keeping the conversation on track: no answer known, an unclear pick or yes/no, a dropped task, commands.
  faq_unknown:
    'Maaf, saya tiada jawapan yang baik untuk soalan itu. Rakan sekerja kami boleh bantu: tekan “{agent}”.',
  choice_not_understood: 'Maaf, yang mana satu? Tekan salah satu pilihan di bawah atau hantar nombornya.',
  confirm_again: 'Maaf, itu ya atau tidak? Tekan salah satu butang di bawah.',
  abandoned: 'Tiada masalah, saya tidak teruskan yang tadi. Ada apa-apa lagi yang boleh saya bantu?',
  language_switched: 'Baik, saya akan teruskan dalam Bahasa Melayu.',
  command_help:
    'Saya pembantu {brand}. Tanya saja dengan ayat anda sendiri tentang pesanan, penghantaran, pemulangan, saiz, tukar alamat atau pembatalan. Hantar STOP untuk berhenti terima mesej kemas kini.',

  // Consent and privacy. STOP and START stay as written in every language: they are the keywords to send.
  optout_confirmed:
    'Siap: anda tidak akan terima mesej kemas kini daripada {brand} lagi. Anda masih boleh mesej saya bila-bila masa, dan hantar START untuk hidupkan semula kemas kini.',
  optin_confirmed: 'Selamat kembali! Kemas kini pesanan daripada {brand} sudah dihidupkan semula.',
  data_request_access:
    'Saya telah panjangkan permintaan anda untuk salinan data peribadi anda kepada pasukan privasi kami. Mereka akan balas di sini dalam tempoh {days} hari.',
  data_request_deletion:
    'Saya telah panjangkan permintaan anda untuk memadam data peribadi anda kepada pasukan privasi kami. Mereka akan sahkan di sini dalam tempoh {days} hari.',

  // Carrier events by code (ShipmentEventCode), read inside status sentences: short, no full stop.
  event_label_created: 'label dicipta, menunggu pungutan',
  event_picked_up: 'sudah dipungut oleh kurier',
  event_in_transit: 'dalam transit',
  event_departed_origin: 'bertolak dari hab asal',
  event_arrived_hub: 'tiba di hab penyusunan',
  event_export_customs: 'lepas kastam eksport',
  event_customs_hold: 'ditahan oleh kastam',
  event_customs_cleared: 'lepas kastam import',
  event_port_congestion: 'lewat kerana kesesakan pelabuhan',
  event_arrived_destination: 'tiba di negara destinasi',
  event_out_for_delivery: 'dalam penghantaran',
  event_delivery_attempt_failed: 'cubaan penghantaran gagal, tiada orang di rumah',
  event_delivered: 'sudah dihantar',
  event_returned_to_sender: 'dipulangkan kepada pengirim',
  event_exception: 'masalah daripada kurier',
};
