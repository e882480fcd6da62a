// Indonesian: the friendly-polite "Kak" register Indonesian online shops use in chat.
import type { Catalog } from './en';

export const id: Catalog = {
  greeting:
    'Halo Kak! 👋 Aku asisten {brand}. Aku bisa bantu lacak pesanan, retur, ukuran, ganti alamat, dan pembatalan. Ada yang bisa aku bantu?',
  thanks_bye: 'Sama-sama, Kak! Semoga harinya menyenangkan 😊',
  clarify:
    'Maaf Kak, aku kurang paham maksudnya. Aku bisa bantu soal pesanan, pelacakan, retur, ukuran, ganti alamat, dan pembatalan. Kakak butuh bantuan apa?',
  clarify_again:
    'Maaf Kak, aku masih belum paham. Bisa dijelasin pakai kata lain, atau pilih salah satu opsinya? Aku juga bisa sambungin Kakak ke rekan tim kami ya.',
  ask_more: 'Ada yang bisa aku bantu, Kak? Kakak bisa tanya soal pesanan, pengiriman, retur, atau ukuran.',
  menu_track: 'Lacak pesanan',
  menu_return: 'Retur barang',
  menu_size: 'Bantuan ukuran',
  menu_agent: 'Bicara dengan admin',
  button_yes: 'Ya',
  button_no: 'Tidak',

  ask_order_number: 'Siap, Kak! Boleh minta nomor pesanannya? Nomornya 5 digit, contohnya #48213.',
  which_order: 'Pesanan yang mana ya, Kak?',
  order_option: '#{order} · {date} · {items}',
  no_orders:
    'Aku belum menemukan pesanan untuk chat ini, Kak. Kalau Kakak pesan pakai nomor HP atau email lain, kirim nomor pesanannya ya, nanti aku cek.',
  order_not_found: 'Maaf Kak, pesanan {order} tidak ditemukan. Boleh dicek lagi nomornya?',
  not_your_order:
    'Demi privasi, aku hanya bisa memberi info pesanan atas nama Kakak sendiri. Kalau pesanan {order} memang milik Kakak, mohon verifikasi dengan email atau kode pos yang dipakai saat checkout ya.',

  verify_ask:
    'Supaya pesanan Kakak tetap aman, mohon kirim nomor pesanan bersama email atau kode pos yang dipakai saat checkout ya.',
  verify_ask_secret:
    'Terima kasih, Kak! Sekarang kirim email atau kode pos yang dipakai untuk pesanan {order} ya.',
  verify_ok: 'Terima kasih, verifikasi berhasil ✅',
  verify_failed:
    'Maaf Kak, datanya tidak cocok dengan catatan kami. Mohon cek lagi nomor pesanan dan email atau kode posnya, lalu coba lagi ya.',
  verify_failed_left:
    'Maaf Kak, datanya masih belum cocok dengan catatan kami. Kakak masih punya {left} kali percobaan lagi sebelum verifikasi dijeda selama satu jam.',
  verify_third_party:
    'Demi privasi, aku cuma bisa bahas pesanan {order} dengan orang yang memesannya. Minta dia chat kami langsung dari akunnya sendiri ya, nanti langsung kami bantu.',
  verify_private_only:
    'Demi privasi Kakak, aku cuma bisa cek pesanan lewat chat pribadi. Chat aku langsung ya, nanti aku bantu di sana.',
  verify_locked:
    'Terlalu banyak percobaan. Coba lagi dalam {minutes} menit ya, Kak, atau minta bicara dengan admin dan kami bantu.',

  status_pending:
    'Pesanan {order} sudah dikonfirmasi dan sedang menunggu dikemas. Nomor resinya aku kabari begitu paketnya dikirim ya, Kak.',
  status_processing: 'Pesanan {order} sedang dikemas sekarang, Kak. Seharusnya dikirim dalam 1–2 hari kerja.',
  status_shipped:
    'Pesanan {order} sedang dalam perjalanan dengan {carrier} (resi {tracking}). Update terakhir: {event}, {location}, {date}. Estimasi tiba: {eta}.',
  status_delivered: 'Pesanan {order} sudah diterima pada {date}. Semoga Kakak suka ya!',
  status_cancelled:
    'Pesanan {order} sudah dibatalkan. Kalau ada dana yang perlu dikembalikan, sudah kami kirim ke metode pembayaran awal Kakak.',
  status_returned: 'Pesanan {order} sudah diretur dan dananya sudah dikembalikan.',
  tracking_link: 'Lacak paket',

  delay_customs:
    'Mohon maaf sudah menunggu, Kak. Paket {tracking} tertahan di bea cukai {location} sejak {date}. Pemeriksaan bea cukai biasanya 3–7 hari; kurir sekarang memperkirakan paket tiba sekitar {eta}.',
  delay_port:
    'Mohon maaf sudah menunggu, Kak. Paket {tracking} terlambat karena kepadatan di {location} sejak {date}. Kurir sekarang memperkirakan paket tiba sekitar {eta}.',
  delay_silent:
    'Mohon maaf sudah menunggu, Kak. Kurir belum update status paket {tracking} sejak {date} ({location}).',
  delay_failed_attempt:
    'Kurir sudah mencoba mengantar paket {tracking} pada {date} tapi belum berhasil. Biasanya mereka coba lagi di hari kerja berikutnya, atau Kakak bisa atur jadwal pengiriman ulang di situs mereka.',
  delay_on_time:
    'Kabar baik, Kak: pesanan {order} sesuai jadwal. Update terakhir {event} ({location}, {date}) dan paket seharusnya tiba paling lambat {eta}.',
  delay_late:
    'Mohon maaf sudah menunggu, Kak. Paket {tracking} terlambat dari estimasi kurir, yaitu {eta}. Update terakhir: {event} ({location}, {date}).',
  delay_exception:
    'Mohon maaf, kurir melaporkan ada masalah dengan paket {tracking} pada {date} ({location}). Kami sedang cek dengan mereka ya.',
  delay_returned:
    'Kurir sedang mengembalikan paket {tracking} ke kami (sejak {date}). Nanti kami atur pengiriman ulang atau refund dengan Kakak.',
  delay_proactive:
    'Halo Kak! Info singkat soal pesanan {order}: {reason} Kami sedang menanganinya dan akan aku kabari di sini.',

  return_started:
    'Beres, Kak! Retur {rma} untuk pesanan {order} sudah aku buat. Kemas barangnya dalam kondisi belum dipakai dan label masih terpasang, lalu antar paketnya ke gerai {carrier} mana saja paling lambat {date}. Label prabayarnya di sini: {link}',
  return_window_closed:
    'Pesanan {order} diterima pada {date}, jadi sudah lewat batas retur {days} hari kami. Aku sudah minta rekan tim untuk cek apa yang bisa kami bantu.',
  return_not_delivered:
    'Pesanan {order} belum sampai, jadi belum bisa diretur. Kalau belum dikirim, aku bisa bantu batalkan.',
  return_which_item: 'Barang mana yang mau diretur, Kak?',

  damage_sorry_ask_photo:
    'Aduh, mohon maaf banget barangnya sampai dalam kondisi rusak 😔 Boleh kirim foto barang dan kemasannya, Kak? Biar kami bisa bantu lebih cepat.',
  damage_claim_opened:
    'Terima kasih, Kak. Klaim {claim} untuk pesanan {order} sudah aku buat dengan foto dari Kakak. Rekan tim kami akan menghubungi dalam 24 jam untuk penggantian atau pengembalian dana.',
  damage_photo_added: 'Oke Kak, fotonya sudah aku tambahkan ke klaim {claim}.',

  size_ask_measurements:
    'Dengan senang hati aku bantu soal ukuran! Tinggi dan berat badan Kakak berapa? Atau lingkar dada dan pinggang dalam cm.',
  size_ask_product: 'Kakak lagi lihat produk yang mana?',
  size_recommend: 'Untuk {product}, aku sarankan ukuran {size}.{equivalents}',
  size_between:
    'Untuk {product}, ukuran Kakak di antara {size} dan {size_up}. Kalau suka yang longgar, ambil {size_up}; kalau suka yang pas badan, ambil {size}.',
  size_no_chart:
    'Maaf Kak, aku belum punya tabel ukuran untuk {product}. Kalau Kakak mau, rekan tim kami bisa bantu pilihkan: ketuk “{agent}” ya.',
  size_convert: 'Ukuran {size} ({system}) setara dengan EU {eu} / US {us} / UK {uk} / JP {jp} / CN {cn}.',
  size_equivalents: ' Setara dengan EU {eu} / US {us} / UK {uk}.',

  address_ask_new:
    'Siap. Alamat pengiriman baru untuk pesanan {order} di mana, Kak? Mohon sertakan nama jalan dan nomor rumah, kelurahan, kecamatan, kota, dan kode pos ya.',
  address_invalid:
    'Maaf Kak, alamatnya belum lengkap. Mohon kirim nama jalan dan nomor rumah, kelurahan, kecamatan, kota, dan kode pos ya, contohnya: Jl. Melati No. 12, RT 03/RW 05, Kel. Menteng, Kec. Menteng, Jakarta Pusat 10310.',
  address_confirm: 'Mohon konfirmasi alamat baru untuk pesanan {order}: {address}',
  address_changed: 'Beres! Pesanan {order} akan dikirim ke: {address}',
  address_too_late:
    'Pesanan {order} sudah dikirim, jadi alamatnya tidak bisa aku ubah dari sini. Kalau Kakak mau, rekan tim kami bisa minta kurir untuk mengalihkan pengirimannya: ketuk “{agent}” ya.',

  cancel_confirm: 'Kakak mau membatalkan pesanan {order} ({items}, {total})?',
  cancelled:
    'Pesanan {order} sudah dibatalkan. Dana {total} akan kembali ke metode pembayaran awal Kakak dalam 5–10 hari kerja.',
  cancel_kept: 'Oke Kak, pesanan {order} tetap diproses seperti biasa.',
  cancel_too_late:
    'Pesanan {order} sudah dalam perjalanan, jadi tidak bisa dibatalkan. Setelah sampai, Kakak bisa retur gratis.',

  product_info: '{product}: {material}. Perawatan: {care}. Warna: {colours}.',
  product_in_stock: '{product} varian {variant} tersedia, Kak.',
  product_out_of_stock: '{product} varian {variant} sedang habis. Kami perkirakan restock sekitar {date}.',
  product_sold_out: '{product} varian {variant} sedang habis, Kak.',
  product_unknown: 'Produk yang mana ya, Kak? Kakak bisa kirim nama produknya atau link-nya.',

  handoff:
    'Aku sambungkan ke rekan tim kami yang bisa bantu soal ini ya, Kak. Mereka akan membalas di sini secepatnya.',
  button_video_call: 'Panggilan video',
  handoff_video: 'Kalau lebih gampang, Kakak juga bisa ikut video call: {link}',
  handoff_eta_open: 'Biasanya rekan tim kami membalas dalam {minutes} menit, Kak.',
  handoff_eta_closed:
    'Tim kami sedang offline dan kembali {when}, Kak. Kakak tetap bisa tulis pesan di sini ya: semuanya akan mereka baca.',
  handoff_waiting:
    'Terima kasih, Kak, sudah aku tambahkan untuk rekan tim kami. Mereka akan membalas di sini, dan semua pesan Kakak tetap tersimpan.',
  agent_joined: 'Rekan tim kami sudah bergabung di chat dan akan membalas di sini ya, Kak.',
  agent_video: 'Rekan tim kami mengajak Kakak video call. Ketuk untuk bergabung: {link}',
  back_to_bot:
    'Kakak sekarang kembali ngobrol dengan asisten. Aku bisa bantu soal pesanan, pelacakan, retur, dan ukuran. Ada yang bisa aku bantu?',
  back_to_bot_timeout:
    'Maaf Kak, belum ada rekan tim yang bisa membalas. Sementara itu aku siap bantu, dan Kakak bisa ketuk “{agent}” lagi kapan saja ya.',
  rating_ask:
    'Gimana pelayanan kami, Kak? Yuk beri nilai untuk percakapan ini dari 1 (buruk) sampai 5 (sangat baik).',
  rating_thanks: 'Terima kasih atas masukannya, Kak! 🙏',
  proactive_intro: 'Halo kak! Info singkat soal pesanan {order}, sebelum kakak perlu tanya:',
  proactive_choices: 'Kakak mau yang mana? (Balas STOP kalau tidak mau dapat pesan seperti ini.)',
  optout_hint: 'Balas STOP untuk berhenti menerima update ini.',
  button_keep_waiting: 'Tetap tunggu',
  button_get_updates: 'Kirim info terbaru',
  button_cancel_refund: 'Batalkan & refund',
  proactive_waiting_ok:
    'Terima kasih atas kesabarannya! Aku kabari di sini begitu ada kabar soal pesanan {order}.',
  proactive_updates_on: 'Siap: aku kabari di sini setiap ada pergerakan pesanan {order}.',
  voice_not_supported:
    'Maaf Kak, aku belum bisa mendengarkan pesan suara. Boleh diketik pertanyaannya? Atau aku sambungkan ke rekan tim kami.',
  image_ask_context: 'Terima kasih fotonya, Kak! Ini soal apa ya: barang rusak, retur, atau yang lain?',
  media_received: 'Terima kasih, filenya sudah aku terima.',
  declined_injection:
    'Aku hanya bisa bantu soal pesanan Kakak sendiri dan produk kami. Ada yang bisa aku bantu?',
  error_try_again: 'Maaf Kak, ada kendala di sistem kami. Coba lagi sebentar lagi ya.',

  cancel_processing:
    'Pesanan {order} sedang dikemas sekarang, jadi aku tidak bisa membatalkannya dari sini. Aku sudah minta rekan tim untuk mencoba menahannya. Kalau sudah terkirim, Kakak bisa retur gratis setelah paketnya sampai.',
  cancel_delivered:
    'Pesanan {order} sudah diterima, jadi tidak bisa dibatalkan. Kakak masih bisa retur gratis dalam {days} hari setelah diterima: cukup minta aku untuk mulai returnya.',
  address_processing:
    'Pesanan {order} sedang dikemas sekarang, jadi aku tidak bisa mengubah alamatnya dari sini. Aku sudah minta rekan tim untuk memperbaruinya sebelum dikirim.',
  address_delivered: 'Pesanan {order} sudah diterima, jadi alamatnya tidak bisa diubah lagi.',
  size_ask_waist:
    'Terima kasih! Ukuran {product} ditentukan dari lingkar pinggang dan pinggul, jadi tinggi dan berat badan belum cukup. Lingkar pinggang Kakak berapa cm (dan pinggulnya, kalau tahu)?',
  size_ask_chest:
    'Terima kasih! Ukuran {product} ditentukan dari lingkar dada, jadi tinggi dan berat badan belum cukup. Lingkar dada Kakak berapa cm, diukur di bagian terlebar?',
  size_ask_foot:
    'Untuk {product} aku pakai panjang kaki. Panjang kaki Kakak berapa cm, dari tumit ke jari terpanjang? Atau sebutkan ukuran yang biasa Kakak pakai (EU, US, atau UK).',

  // Answers to one narrow question (when, where, which number, which refund), without the full status.
  eta_shipped: 'Pesanan {order} seharusnya tiba paling lambat {eta} (resi {tracking}, kurir {carrier}).',
  eta_delayed:
    'Estimasi terbaru dari kurir untuk paket {tracking} adalah {eta}, tapi pengirimannya sedang terlambat, jadi mungkin butuh beberapa hari lagi ya, Kak.',
  eta_not_shipped:
    'Pesanan {order} belum dikirim, jadi belum ada estimasi tibanya, Kak. Nanti Kakak dapat estimasinya bersama nomor resi begitu paketnya dikirim.',
  location_answer: 'Scan terakhir paket {tracking}: {event}, {location}, pada {date}.',
  tracking_number_answer: 'Pesanan {order} dikirim pakai {carrier}, nomor resinya {tracking}.',
  tracking_number_none: 'Pesanan {order} belum dikirim, jadi nomor resinya belum ada, Kak.',
  refund_timing_return:
    'Dana untuk retur {rma} dikembalikan ke metode pembayaran awal Kakak setelah paketnya sampai di gudang kami, biasanya dalam {days} hari kerja sejak paket diserahkan ke kurir.',
  refund_timing_cancelled:
    'Dana pesanan {order} ({total}) kembali ke metode pembayaran awal Kakak dalam 5–10 hari kerja setelah pembatalan.',
  refund_timing_none:
    'Belum ada pengembalian dana untuk pesanan {order}, Kak. Kalau mau, aku bisa mulai returnya.',
  return_label_again:
    'Ini label prabayar untuk retur {rma} sekali lagi ya, Kak: {link} Antar paketnya ke gerai {carrier} mana saja paling lambat {date}.',
  return_label_none: 'Belum ada retur untuk pesanan {order}, Kak. Bilang saja kalau mau, nanti aku buatkan.',
  no_news:
    'Itu masih info terbaru yang aku punya untuk pesanan {order}, Kak: belum ada perubahan sejak pesanku terakhir. Mau aku sambungkan ke rekan tim kami?',

  // Sent only once a case really exists: no other message may promise that someone chases the carrier.
  delay_case_opened:
    'Aku sudah buka kasus {case} supaya rekan tim kami menindaklanjuti ke kurir untuk Kakak.',

  // Keeping the conversation on track: no answer known, an unclear pick or yes/no, a dropped task, commands.
  faq_unknown:
    'Maaf Kak, untuk yang ini aku belum punya jawaban yang pas. Rekan tim kami bisa bantu: ketuk “{agent}” ya.',
  choice_not_understood: 'Maaf Kak, yang mana ya? Ketuk salah satu pilihan di bawah atau kirim nomornya.',
  confirm_again: 'Maaf Kak, jadi iya atau tidak? Ketuk salah satu tombol di bawah ya.',
  abandoned: 'Oke Kak, tidak masalah, yang tadi tidak aku lanjutkan. Ada lagi yang bisa aku bantu?',
  language_switched: 'Siap, Kak! Aku lanjut pakai Bahasa Indonesia ya.',
  command_help:
    'Aku asisten {brand}. Tanya saja pakai kata-kata Kakak sendiri soal pesanan, pengiriman, retur, ukuran, ganti alamat, atau pembatalan. Kirim STOP untuk berhenti menerima pesan update.',

  // Consent and privacy. STOP and START stay as written in every language: they are the keywords to send.
  optout_confirmed:
    'Beres, Kak: Kakak tidak akan menerima pesan update dari {brand} lagi. Kakak tetap bisa chat aku kapan saja, dan kirim START untuk mengaktifkan update lagi.',
  optin_confirmed: 'Selamat datang kembali, Kak! Update pesanan dari {brand} sudah aktif lagi.',
  data_request_access:
    'Permintaan salinan data pribadi Kakak sudah aku teruskan ke tim privasi kami. Mereka akan membalas di sini dalam {days} hari ya.',
  data_request_deletion:
    'Permintaan penghapusan data pribadi Kakak sudah aku teruskan ke tim privasi kami. Mereka akan mengonfirmasi di sini dalam {days} hari ya.',

  // Carrier events by code (ShipmentEventCode), read inside status sentences: short, no full stop.
  event_label_created: 'label dibuat, menunggu penjemputan',
  event_picked_up: 'sudah diambil kurir',
  event_in_transit: 'dalam perjalanan',
  event_departed_origin: 'berangkat dari hub asal',
  event_arrived_hub: 'tiba di hub sortir',
  event_export_customs: 'lolos bea cukai ekspor',
  event_customs_hold: 'tertahan di bea cukai',
  event_customs_cleared: 'lolos bea cukai impor',
  event_port_congestion: 'tertunda karena kepadatan pelabuhan',
  event_arrived_destination: 'tiba di negara tujuan',
  event_out_for_delivery: 'sedang diantar kurir',
  event_delivery_attempt_failed: 'pengiriman gagal, penerima tidak ada',
  event_delivered: 'terkirim',
  event_returned_to_sender: 'dikembalikan ke pengirim',
  event_exception: 'kendala dari kurir',
};
