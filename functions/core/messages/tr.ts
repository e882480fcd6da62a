// Turkish, polite "siz". Placeholders are followed by a separate word ("{order} numaralı", "{date} tarihinde",
// "{carrier} ile") because a suffix glued to an unknown value would break vowel harmony.
import type { Catalog } from './en';

export const tr: Catalog = {
  greeting:
    'Merhaba! 👋 Ben {brand} asistanıyım. Siparişinizi takip edebilir; iade, beden, adres değişikliği ve iptal konularında yardımcı olabilirim. Size nasıl yardımcı olabilirim?',
  thanks_bye: 'Rica ederim! Güzel bir gün geçirmenizi dilerim 😊',
  clarify:
    'Kusura bakmayın, tam anlayamadım. Siparişler, kargo takibi, iadeler, bedenler, adres değişikliği ve iptaller konusunda yardımcı olabilirim. Neye ihtiyacınız var?',
  clarify_again:
    'Kusura bakmayın, hâlâ anlayamadım. Başka bir şekilde yazabilir ya da seçeneklerden birine dokunabilir misiniz? İsterseniz bir çalışma arkadaşımı da bağlayabilirim.',
  ask_more:
    'Size nasıl yardımcı olabilirim? Bir sipariş, teslimat, iade ya da beden hakkında sorabilirsiniz.',
  menu_track: 'Siparişimi takip et',
  menu_return: 'Ürün iade et',
  menu_size: 'Beden yardımı',
  menu_agent: 'Müşteri temsilcisi',
  button_yes: 'Evet',
  button_no: 'Hayır',

  ask_order_number: 'Tabii! Sipariş numaranız nedir? 5 haneli bir numara, örneğin #48213.',
  which_order: 'Hangi siparişi kastediyorsunuz?',
  order_option: '#{order} · {date} · {items}',
  no_orders:
    'Bu sohbete bağlı bir sipariş henüz bulamadım. Başka bir telefon numarası veya e-posta ile sipariş verdiyseniz sipariş numarasını gönderin, hemen kontrol edeyim.',
  order_not_found: '{order} numaralı siparişi bulamadım. Numarayı bir kez daha kontrol edebilir misiniz?',
  not_your_order:
    'Gizliliğiniz için yalnızca sizin verdiğiniz siparişlerin bilgisini paylaşabiliyorum. {order} numaralı sipariş sizinse, lütfen alışverişte kullandığınız e-posta adresi veya posta koduyla doğrulayın.',

  verify_ask:
    'Siparişlerinizin gizliliği için lütfen sipariş numaranızı, alışverişte kullandığınız e-posta adresi veya posta koduyla birlikte gönderin.',
  verify_ask_secret:
    'Teşekkürler! Şimdi lütfen {order} numaralı siparişte kullandığınız e-posta adresini veya posta kodunu gönderin.',
  verify_ok: 'Teşekkürler, doğrulama tamamlandı ✅',
  verify_failed:
    'Kusura bakmayın, bu bilgiler kayıtlarımızla eşleşmiyor. Lütfen sipariş numarasını ve e-posta adresini ya da posta kodunu kontrol edip tekrar deneyin.',
  verify_failed_left:
    'Bu bilgiler hâlâ kayıtlarımızla eşleşmiyor. {left} deneme hakkınız kaldı, sonrasında doğrulama bir saatliğine duraklatılacak.',
  verify_third_party:
    'Gizlilik nedeniyle {order} numaralı siparişi yalnızca siparişi veren kişiyle konuşabilirim. Lütfen bize kendi sohbetinden yazmasını isteyin, hemen yardımcı olalım.',
  verify_private_only:
    'Gizliliğiniz için siparişlere yalnızca özel sohbette bakabiliyorum. Lütfen bana doğrudan yazın, orada yardımcı olayım.',
  verify_locked:
    'Çok fazla deneme yapıldı. Lütfen {minutes} dakika sonra tekrar deneyin ya da müşteri temsilcisi isteyin, size yardımcı olalım.',

  status_pending:
    '{order} numaralı siparişiniz onaylandı ve paketlenmeyi bekliyor. Kargoya verilir verilmez takip bilgisini paylaşacağım.',
  status_processing:
    '{order} numaralı siparişiniz şu anda paketleniyor. 1–2 iş günü içinde kargoya verilmesi bekleniyor.',
  status_shipped:
    '{order} numaralı siparişiniz {carrier} ile yolda (takip numarası {tracking}). Son durum: {event}, {location}, {date}. Tahmini teslimat: {eta}.',
  status_delivered: '{order} numaralı siparişiniz {date} tarihinde teslim edildi. Umarım çok beğenirsiniz!',
  status_cancelled:
    '{order} numaralı sipariş iptal edildi. İade edilecek bir tutar varsa, ilk ödeme yönteminize gönderildi.',
  status_returned: '{order} numaralı sipariş iade alındı ve ücreti geri ödendi.',
  tracking_link: 'Kargoyu takip et',

  delay_customs:
    'Beklettiğimiz için özür dileriz. {tracking} takip numaralı kargonuz {date} tarihinden beri {location} gümrüğünde bekletiliyor. Gümrük kontrolleri genellikle 3–7 gün sürer; kargo firması teslimatı artık {eta} civarında bekliyor.',
  delay_port:
    'Beklettiğimiz için özür dileriz. {tracking} takip numaralı kargonuz {date} tarihinden beri {location} bölgesindeki yoğunluk nedeniyle gecikiyor. Kargo firması teslimatı artık {eta} civarında bekliyor.',
  delay_silent:
    'Beklettiğimiz için özür dileriz. Kargo firması {tracking} takip numaralı gönderiyi {date} tarihinden beri ({location}) güncellemedi.',
  delay_failed_attempt:
    'Kargo firması {tracking} takip numaralı gönderiyi {date} tarihinde teslim etmeye çalıştı ama teslim edemedi. Genellikle bir sonraki iş günü tekrar denerler; dilerseniz firmanın sitesinden yeni bir teslimat da planlayabilirsiniz.',
  delay_on_time:
    'Güzel haber: {order} numaralı siparişiniz planlandığı gibi ilerliyor. Son durum {event} ({location}, {date}) ve en geç {eta} tarihinde ulaşması bekleniyor.',
  delay_late:
    'Beklettiğimiz için özür dileriz. {tracking} takip numaralı kargonuz, kargo firmasının tahmin ettiği {eta} tarihinden daha geç kalıyor. Son durum: {event} ({location}, {date}).',
  delay_exception:
    'Üzgünüm: kargo firması {date} tarihinde {tracking} numaralı pakette bir sorun bildirdi ({location}). Kendileriyle birlikte inceliyoruz.',
  delay_returned:
    'Kargo firması {tracking} numaralı paketi bize geri gönderiyor ({date} tarihinden beri). Sizinle yeni bir gönderim ya da iade ayarlayacağız.',
  delay_proactive:
    'Merhaba! {order} numaralı siparişinizle ilgili kısa bir bilgi: {reason} Konuyla ilgileniyoruz, gelişmeleri buradan size ileteceğim.',

  return_started:
    'Tamamdır! {order} numaralı sipariş için {rma} numaralı iade talebini oluşturdum. Lütfen ürünleri kullanılmamış ve etiketleri takılı şekilde paketleyip {date} tarihine kadar herhangi bir {carrier} noktasına teslim edin. Ücretsiz iade etiketiniz: {link}',
  return_window_closed:
    '{order} numaralı sipariş {date} tarihinde teslim edildi; bu, {days} günlük iade süremizin dışında kalıyor. Neler yapabileceğimize bakması için bir arkadaşımdan destek istedim.',
  return_not_delivered:
    '{order} numaralı sipariş henüz teslim edilmediği için iade edilemiyor. Henüz kargoya verilmediyse, bunun yerine iptal edebilirim.',
  return_which_item: 'Hangi ürünü iade etmek istersiniz?',

  damage_sorry_ask_photo:
    'Ürünün hasarlı ulaşmasına gerçekten çok üzüldüm 😔 Ürünün ve ambalajın bir fotoğrafını gönderebilir misiniz? Sorunu hızlıca çözmemize yardımcı olur.',
  damage_claim_opened:
    'Teşekkürler. {order} numaralı sipariş için fotoğraflarınızla birlikte {claim} numaralı talebi oluşturdum. Bir arkadaşım 24 saat içinde değişim ya da para iadesi için size dönüş yapacak.',
  damage_photo_added: 'Tamam, fotoğrafı {claim} numaralı talebe ekledim.',

  size_ask_measurements:
    'Beden konusunda memnuniyetle yardımcı olurum! Boyunuz ve kilonuz ne kadar? Ya da göğüs ve bel ölçünüzü cm olarak yazabilirsiniz.',
  size_ask_product: 'Hangi ürüne bakıyorsunuz?',
  size_recommend: '{product} için {size} beden öneririm.{equivalents}',
  size_between:
    '{product} için {size} ile {size_up} beden arasındasınız. Rahat bir kalıp için {size_up}, daha oturan bir kalıp için {size} beden seçebilirsiniz.',
  size_no_chart:
    'Maalesef {product} için beden tablom yok. Dilerseniz bir arkadaşım seçim yapmanıza yardımcı olabilir: “{agent}” seçeneğine dokunun.',
  size_convert:
    '{size} beden ({system}), EU {eu} / US {us} / UK {uk} / JP {jp} / CN {cn} bedenine karşılık geliyor.',
  size_equivalents: ' Bu, EU {eu} / US {us} / UK {uk} bedenine karşılık geliyor.',

  address_ask_new:
    'Tabii. {order} numaralı sipariş için yeni teslimat adresi nedir? Lütfen mahalle, cadde/sokak, bina ve daire numarası, posta kodu, ilçe ve ili yazın.',
  address_invalid:
    'Kusura bakmayın, tam bir adres okuyamadım. Lütfen mahalle, cadde/sokak, bina ve daire numarası, posta kodu, ilçe ve ili gönderin, örneğin: Caferağa Mah. Moda Cad. No: 12 D: 4, 34710 Kadıköy/İstanbul.',
  address_confirm: 'Lütfen {order} numaralı siparişin yeni adresini onaylayın: {address}',
  address_changed: 'Tamamdır! {order} numaralı sipariş şu adrese teslim edilecek: {address}',
  address_too_late:
    '{order} numaralı sipariş zaten kargoya verildi, bu yüzden adresi buradan değiştiremiyorum. Dilerseniz bir arkadaşım kargo firmasından yönlendirme isteyebilir: “{agent}” seçeneğine dokunun.',

  cancel_confirm: '{order} numaralı siparişi ({items}, {total}) iptal etmek istiyor musunuz?',
  cancelled:
    '{order} numaralı sipariş iptal edildi. {total} tutarındaki iadeniz 5–10 iş günü içinde ilk ödeme yönteminize yansıyacak.',
  cancel_kept: 'Sorun değil, {order} numaralı sipariş olduğu gibi kalıyor.',
  cancel_too_late:
    '{order} numaralı sipariş zaten yolda olduğu için iptal edilemiyor. Elinize ulaştığında ücretsiz iade edebilirsiniz.',

  product_info: '{product}: {material}. Bakım: {care}. Renkler: {colours}.',
  product_in_stock: '{product}, {variant} seçeneğiyle stokta var.',
  product_out_of_stock:
    '{product}, {variant} seçeneğinde şu anda tükendi. Yeniden stoğa girmesini {date} civarında bekliyoruz.',
  product_sold_out: '{product}, {variant} seçeneğinde şu anda tükendi.',
  product_unknown: 'Hangi ürünü kastediyorsunuz? Ürünün adını ya da bağlantısını gönderebilirsiniz.',

  handoff:
    'Bu konuda size yardımcı olabilecek bir arkadaşımı sohbete dahil ediyorum. En kısa sürede buradan yanıt verecek.',
  button_video_call: 'Görüntülü arama',
  handoff_video: 'Daha kolay olursa görüntülü görüşmeye de katılabilirsiniz: {link}',
  handoff_eta_open: 'Ekibimiz genellikle {minutes} dakika içinde yanıt verir.',
  handoff_eta_closed:
    'Ekibimiz şu anda çevrimdışı ve {when} itibarıyla yeniden burada olacak. Buraya yazmaya devam edebilirsiniz: tüm mesajlarınızı görecekler.',
  handoff_waiting:
    'Teşekkürler, bunu arkadaşım için not ettim. Size buradan yanıt verecek; yazdıklarınızın hiçbiri kaybolmaz.',
  agent_joined: 'Bir arkadaşım sohbete katıldı, size buradan yanıt verecek.',
  agent_video: 'Arkadaşım sizi görüntülü görüşmeye davet ediyor. Katılmak için dokunun: {link}',
  back_to_bot:
    'Yeniden asistanla konuşuyorsunuz. Siparişler, kargo takibi, iadeler ve bedenler konusunda yardımcı olabilirim. Size nasıl yardımcı olabilirim?',
  back_to_bot_timeout:
    'Kusura bakmayın, henüz hiçbir arkadaşım yanıt veremedi. Bu arada size ben yardımcı olayım; dilediğiniz zaman yeniden “{agent}” seçeneğine dokunabilirsiniz.',
  rating_ask: 'Nasıldık? Lütfen bu görüşmeyi 1 (kötü) ile 5 (mükemmel) arasında puanlayın.',
  rating_thanks: 'Geri bildiriminiz için teşekkür ederiz! 🙏',
  proactive_intro: 'Merhaba! {order} numaralı siparişinizle ilgili, siz sormadan kısa bir bilgi:',
  proactive_choices: 'Ne tercih edersiniz? (Böyle mesajlar istemiyorsanız DURDUR yazın.)',
  optout_hint: 'Bu güncellemeleri durdurmak için DURDUR yazın.',
  button_keep_waiting: 'Beklemeye devam',
  button_get_updates: 'Güncelleme gönderin',
  button_cancel_refund: 'İptal ve iade',
  proactive_waiting_ok:
    'Sabrınız için teşekkürler! {order} siparişiyle ilgili bir gelişme olur olmaz burada haber vereceğim.',
  proactive_updates_on: 'Tamam: {order} siparişinde her gelişmede size buradan yazacağım.',
  voice_not_supported:
    'Sesli mesajları henüz dinleyemiyorum. Sorunuzu yazabilir misiniz? Dilerseniz bir arkadaşımı da sohbete dahil edebilirim.',
  image_ask_context:
    'Fotoğraf için teşekkürler! Ne hakkında: hasarlı bir ürün mü, iade mi, yoksa başka bir konu mu?',
  media_received: 'Teşekkürler, dosyanızı aldım.',
  declined_injection:
    'Yalnızca kendi siparişleriniz ve ürünlerimiz konusunda yardımcı olabilirim. Size nasıl yardımcı olabilirim?',
  error_try_again: 'Kusura bakmayın, benim tarafımda bir sorun oluştu. Lütfen birazdan tekrar deneyin.',

  cancel_processing:
    '{order} numaralı sipariş şu anda paketleniyor, bu yüzden buradan iptal edemiyorum. Durdurmayı denemesi için bir arkadaşımdan destek istedim. Kargoya verildiyse, elinize ulaştığında ücretsiz iade edebilirsiniz.',
  cancel_delivered:
    '{order} numaralı sipariş zaten teslim edildi, bu yüzden iptal edilemiyor. Teslimattan sonraki {days} gün içinde ücretsiz iade edebilirsiniz: iadeyi başlatmamı istemeniz yeterli.',
  address_processing:
    '{order} numaralı sipariş şu anda paketleniyor, bu yüzden adresi buradan değiştiremiyorum. Kargoya verilmeden önce güncellemesi için bir arkadaşımdan destek istedim.',
  address_delivered: '{order} numaralı sipariş zaten teslim edildi, bu yüzden adresi artık değiştirilemiyor.',
  size_ask_waist:
    'Teşekkürler! {product} için beden bel ve kalça ölçüsüne göre seçiliyor, boy ve kilo yetmiyor. Bel ölçünüz kaç cm (biliyorsanız kalça ölçünüz de)?',
  size_ask_chest:
    'Teşekkürler! {product} için beden göğüs ölçüsüne göre seçiliyor, boy ve kilo yetmiyor. En geniş yerinden ölçülen göğüs ölçünüz kaç cm?',
  size_ask_foot:
    '{product} için ayak uzunluğuna bakıyorum. Topuktan en uzun parmağa ayağınız kaç cm? Ya da EU, US veya UK olarak giydiğiniz numarayı yazabilirsiniz.',

  // Answers to one narrow question (when, where, which number, which refund), without the full status.
  eta_shipped:
    '{order} numaralı siparişinizin en geç {eta} tarihinde ulaşması bekleniyor ({carrier} ile, takip numarası {tracking}).',
  eta_delayed:
    'Kargo firmasının {tracking} takip numaralı gönderi için son tahmini {eta}, ancak gönderi gecikiyor; birkaç gün daha sürebilir.',
  eta_not_shipped:
    '{order} numaralı sipariş henüz kargoya verilmedi, bu yüzden henüz bir teslimat tarihi yok. Kargoya verildiğinde takip numarasıyla birlikte tarih de size iletilecek.',
  location_answer: '{tracking} takip numaralı gönderinin son hareketi: {event}, {location}, {date}.',
  tracking_number_answer: '{order} numaralı sipariş {carrier} ile gönderildi, takip numarası: {tracking}.',
  tracking_number_none:
    '{order} numaralı sipariş henüz kargoya verilmedi, bu yüzden henüz takip numarası yok.',
  refund_timing_return:
    '{rma} numaralı iadenin ücreti, paket depomuza ulaştığında ilk ödeme yönteminize yapılır; bu genellikle kargoya teslimden sonraki {days} iş günü içinde olur.',
  refund_timing_cancelled:
    '{order} numaralı siparişin ücreti ({total}) iptalden sonraki 5–10 iş günü içinde ilk ödeme yönteminize iade edilir.',
  refund_timing_none:
    '{order} numaralı sipariş için henüz açık bir geri ödeme yok. İsterseniz bir iade başlatabilirim.',
  return_label_again:
    '{rma} numaralı iadenin ücretsiz iade etiketini tekrar gönderiyorum: {link} Paketi {date} tarihine kadar herhangi bir {carrier} noktasına teslim edebilirsiniz.',
  return_label_none:
    '{order} numaralı sipariş için henüz açık bir iade yok. Söylemeniz yeterli, hemen başlatırım.',
  no_news:
    '{order} numaralı sipariş için elimdeki en güncel bilgi hâlâ bu: son mesajımdan beri bir değişiklik olmadı. Bir arkadaşımı sohbete dahil etmemi ister misiniz?',

  // Sent only once a case really exists: no other message may promise that someone chases the carrier.
  delay_case_opened: '{case} numaralı kaydı açtım; bir arkadaşım kargo firmasıyla sizin için ilgilenecek.',

  // Keeping the conversation on track: no answer known, an unclear pick or yes/no, a dropped task, commands.
  faq_unknown:
    'Kusura bakmayın, bu konuda iyi bir cevabım yok. Bir arkadaşım yardımcı olabilir: “{agent}” seçeneğine dokunun.',
  choice_not_understood:
    'Kusura bakmayın, hangisini kastediyorsunuz? Aşağıdaki seçeneklerden birine dokunun ya da numarasını gönderin.',
  confirm_again: 'Kusura bakmayın, cevabınız evet mi, hayır mı? Aşağıdaki butonlardan birine dokunun.',
  abandoned: 'Sorun değil, o işlemi durdurdum. Başka bir konuda yardımcı olabilir miyim?',
  language_switched: 'Tabii, Türkçe devam ediyorum.',
  command_help:
    'Ben {brand} asistanıyım. Sipariş, teslimat, iade, beden, adres değişikliği ya da iptal hakkında bana kendi cümlelerinizle sorabilirsiniz. Bilgilendirme mesajlarını durdurmak için STOP yazın.',

  // Consent and privacy. STOP and START stay as written in every language: they are the keywords to send.
  optout_confirmed:
    'Tamamdır: {brand} tarafından artık bilgilendirme mesajı almayacaksınız. Bana yine istediğiniz zaman yazabilirsiniz; bildirimleri tekrar açmak için START yazmanız yeterli.',
  optin_confirmed: 'Tekrar hoş geldiniz! {brand} sipariş bildirimleri yeniden açıldı.',
  data_request_access:
    'Kişisel verilerinizin bir kopyası için talebinizi gizlilik ekibimize ilettim. {days} gün içinde buradan size dönüş yapacaklar.',
  data_request_deletion:
    'Kişisel verilerinizin silinmesi için talebinizi gizlilik ekibimize ilettim. {days} gün içinde buradan size onay verecekler.',

  // Carrier events by code (ShipmentEventCode), read inside status sentences: short, no full stop.
  event_label_created: 'gönderi etiketi oluşturuldu, teslim alınmayı bekliyor',
  event_picked_up: 'kargo firması teslim aldı',
  event_in_transit: 'yolda',
  event_departed_origin: 'çıkış merkezinden ayrıldı',
  event_arrived_hub: 'aktarma merkezine ulaştı',
  event_export_customs: 'ihracat gümrüğünden geçti',
  event_customs_hold: 'gümrükte bekletiliyor',
  event_customs_cleared: 'ithalat gümrüğünden geçti',
  event_port_congestion: 'liman yoğunluğu nedeniyle gecikmeli',
  event_arrived_destination: 'varış ülkesine ulaştı',
  event_out_for_delivery: 'dağıtıma çıktı',
  event_delivery_attempt_failed: 'teslimat denemesi başarısız, alıcı bulunamadı',
  event_delivered: 'teslim edildi',
  event_returned_to_sender: 'göndericiye iade edildi',
  event_exception: 'kargo firmasında sorun',
};
